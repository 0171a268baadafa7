/**
 * The default mapping: HubSpot's standard properties (lifecyclestage,
 * hubspot_owner_id, hs_lifecyclestage_customer_date, notes_last_contacted,
 * deals' amount/closedate/pipeline, tickets' hs_pipeline_stage, feedback
 * submissions, meetings, emails, notes), the app's `che_*` input properties
 * (group customer_health_inputs, filled by a product-analytics / billing
 * sync) and the association labels Champion / Executive Sponsor / Decision
 * Maker that `che provision` creates. Works unchanged on the sandbox portfolio.
 *
 * Time windows (what the renewal-7 and engine-5 models read, with margin):
 * tickets 180 days + open ones (support reads 90 d, sentiment infers from
 * 180 d); surveys 365 d; meetings 180 d back and 30 d ahead (attendance 90 d,
 * last QBR); emails 90 d; notes (flags) 180 d (stakeholder turnover window);
 * closed deals 365 d (contract changes) + open ones; score history 180 d.
 */
import { CHURN_PHRASES, HOSTILE_PHRASES } from '../../core/text';
import type { Mapping } from './schema';

const u = (property: string) => ({ property });

export const DEFAULT_MAPPING: Mapping = {
  customers: { property: 'lifecyclestage', values: ['customer'] },
  company: {
    name: 'name',
    owner: 'hubspot_owner_id',
    customerSince: 'hs_lifecyclestage_customer_date',
    arrProperty: null,
    lastContacted: 'notes_last_contacted',
    segment: {
      property: 'che_segment',
      values: { enterprise: 'enterprise', mid_market: 'mid_market', smb: 'smb', self_serve: 'self_serve' },
      arrBands: [
        { minArr: 120_000, segment: 'enterprise' },
        { minArr: 25_000, segment: 'mid_market' },
        { minArr: 5_000, segment: 'smb' },
        { minArr: 0, segment: 'self_serve' },
      ],
    },
    seasonal: 'che_seasonal',
    multiProduct: null,
    communityActive: 'che_community_active',
  },
  usage: {
    activeUsers: u('che_active_users'),
    dau: u('che_dau'),
    mau: u('che_mau'),
    seatsPurchased: u('che_seats_purchased'),
    featuresUsed: u('che_features_used'),
    featuresAvailable: u('che_features_available'),
    featuresAdoptedLast180d: u('che_features_adopted_180d'),
    integrationsActive: u('che_integrations_active'),
    logins: u('che_logins_30d'),
    coreActions: u('che_core_actions_30d'),
    apiCalls: u('che_api_calls_30d'),
    dataExports30d: u('che_data_exports_30d'),
    entitlementUsedPct: u('che_entitlement_used_pct'),
    billingPageVisits30d: u('che_billing_page_visits_30d'),
    lastLoginAt: u('che_last_login_at'),
  },
  billing: {
    paymentStatus: { property: 'che_payment_status', values: { current: 'current', late: 'late', delinquent: 'delinquent' } },
    daysPastDue: 'che_days_past_due',
    discountPct: 'che_discount_pct',
    autoRenew: 'che_auto_renew',
    multiYear: 'che_multi_year',
  },
  outcomes: { goalsDefined: 'che_goals_defined', goalsAchieved: 'che_goals_achieved', roiDocumented: 'che_roi_documented' },
  override: { score: 'che_override_score', reason: 'che_override_reason', expires: 'che_override_expires', by: 'che_override_by' },
  scoreHistory: { property: 'che_health_score', windowDays: 180 },
  deals: {
    renewalPipelines: ['renewals'],
    amount: 'amount',
    closeDate: 'closedate',
    pipeline: 'pipeline',
    stage: 'dealstage',
    dealType: 'dealtype',
    expansionDealTypes: ['existingbusiness'],
    windowDays: 365,
  },
  tickets: {
    closedStages: [],
    pipeline: 'hs_pipeline',
    stage: 'hs_pipeline_stage',
    closedDate: 'closed_date',
    priority: { property: 'hs_ticket_priority', values: { LOW: 'low', MEDIUM: 'medium', HIGH: 'high', URGENT: 'urgent' } },
    escalated: 'che_escalated',
    sentiment: null,
    text: ['subject', 'content'],
    windowDays: 180,
  },
  sentimentPhrases: {
    negative: [...new Set([...CHURN_PHRASES, ...HOSTILE_PHRASES, 'broken', 'stops working', 'not working', 'fails', 'unusable',
      'outage', 'still waiting', 'still open', 'not the support', 'overcharge', 'data loss'])],
    // Politeness ("thanks!") is neutral; positive means praise or a wish to grow.
    positive: ['love', 'excellent', 'awesome', 'great job', 'works perfectly', 'would like a quote', 'additional seats', 'rolling the product out'],
  },
  surveys: {
    type: 'hs_survey_type',
    value: 'hs_value',
    comment: 'hs_content',
    date: 'hs_submission_timestamp',
    types: { NPS: 'nps', CSAT: 'csat' },
    ticketCsat: true,
    windowDays: 365,
  },
  meetings: {
    title: 'hs_meeting_title',
    date: 'hs_timestamp',
    outcome: 'hs_meeting_outcome',
    kinds: [
      { kind: 'qbr', keywords: ['quarterly business review', 'qbr', 'business review'] },
      { kind: 'exec', keywords: ['executive', 'exec sync', 'exec review', 'steering'] },
      { kind: 'training', keywords: ['training', 'onboarding', 'workshop', 'enablement'] },
      { kind: 'check_in', keywords: ['check-in', 'check in', 'checkin', 'sync', 'catch-up', 'catch up'] },
    ],
    outcomes: { COMPLETED: 'completed', CANCELED: 'canceled', NO_SHOW: 'no_show', RESCHEDULED: 'rescheduled', SCHEDULED: 'scheduled' },
    windowDays: 180,
    aheadDays: 30,
  },
  emails: {
    direction: 'hs_email_direction',
    date: 'hs_timestamp',
    inbound: ['INCOMING_EMAIL'],
    outbound: ['EMAIL', 'FORWARDED_EMAIL'],
    text: ['hs_email_subject', 'hs_email_text'],
    windowDays: 90,
  },
  notes: { body: 'hs_note_body', date: 'hs_timestamp', windowDays: 180 },
  stakeholders: {
    labels: { Champion: 'champion', 'Executive Sponsor': 'executive_sponsor', 'Decision Maker': 'decision_maker' },
    firstName: 'firstname',
    lastName: 'lastname',
    email: 'email',
    title: 'jobtitle',
    leftCompany: 'che_left_company',
    leftCompanyAt: 'che_left_company_at',
    lastActivity: 'notes_last_contacted',
    promotionRoles: ['champion'],
    promotionWindowDays: 180,
    newContactDays: 90,
  },
  flags: {
    windowDays: 180,
    phrases: {
      competitorMentioned: ['competitor', 'evaluating options', 'looking for alternatives', 'considering alternatives', 'alternative vendor', 'rfp'],
      budgetReview: ['budget review', 'spending freeze', 'budget cut', 'cost cutting', 'reviewing all vendors', 'justify its cost'],
      downgradeRequested: ['downgrade', 'reduced seat count', 'fewer seats', 'reduce seats', 'revisit the number of seats'],
      executiveTurnover: ['executive turnover', 'sponsor has left', 'sponsor left', 'new ceo', 'new coo', 'new cfo', 'new cto', 'leadership change'],
      acquisition: ['being acquired', 'acquisition', 'was acquired', 'merger'],
      earlyRenewalInquiry: ['renew early', 'early renewal'],
      newDepartmentAdoption: ['new department', 'department is piloting', 'wants to start using the product'],
      referralOrCaseStudy: ['case study', 'referral', 'referred a peer', 'be a reference', 'advisory board'],
      adjacentFeatureRequest: ['higher tier', 'add-on', 'enterprise plan', 'additional seats', 'more seats'],
      competitiveDisplacement: ['competitive displacement'],
      renewalStalled: ['procurement delay', 'legal review', 'stuck in procurement'],
    },
  },
  search: { inValuesMax: 100, filterGroupsMax: 5 },
};
