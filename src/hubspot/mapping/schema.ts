/**
 * The mapping config: which HubSpot property, association label or object
 * feeds which AccountSnapshot field. Validated with zod (strict objects, so a
 * misspelt key is an error naming it); defaults in defaults.ts work on the
 * sandbox portfolio and on a portal with HubSpot's standard properties plus
 * the app's `che_*` input properties.
 */
import { z } from 'zod';

const name = z.string().min(1, 'expected a property name');
const phrases = z.array(z.string().min(1)).min(1, 'expected at least one phrase');
const days = z.number().int().positive().max(3650);
const snapshotSegment = z.enum(['enterprise', 'mid_market', 'smb', 'self_serve']);

/** A company number property, optionally read "as of" 30 days earlier from its history. */
const usageField = z.strictObject({ property: name });

export const MappingSchema = z.strictObject({
  /** Which companies are customers: `property` has one of `values`. */
  customers: z.strictObject({ property: name, values: z.array(z.string().min(1)).min(1) }),

  company: z.strictObject({
    name,
    owner: name,
    customerSince: name,
    /** Company property read when there is no open renewal deal with an amount (e.g. a billing sync's ARR); null = none. */
    arrProperty: name.nullable(),
    /** HubSpot's roll-up of the last call / email / meeting logged with the company ("Last contacted"). */
    lastContacted: name.nullable(),
    segment: z.strictObject({
      property: name.nullable(),
      /** Property value → snapshot segment; values not listed fall back to the ARR bands. */
      values: z.record(z.string(), snapshotSegment),
      /** Highest band first: ARR ≥ minArr → segment. The last band should have minArr 0. */
      arrBands: z.array(z.strictObject({ minArr: z.number().nonnegative(), segment: snapshotSegment })).min(1),
    }),
    seasonal: name.nullable(),
    multiProduct: name.nullable(),
    communityActive: name.nullable(),
  }),

  /** Snapshot usage field → company property (numbers). Fields absent here are not read. */
  usage: z.strictObject({
    activeUsers: usageField.nullable(),
    dau: usageField.nullable(),
    mau: usageField.nullable(),
    seatsPurchased: usageField.nullable(),
    featuresUsed: usageField.nullable(),
    featuresAvailable: usageField.nullable(),
    featuresAdoptedLast180d: usageField.nullable(),
    integrationsActive: usageField.nullable(),
    /** 30-day counts: `last30` is the value now, `prev30` the value in force 30 days earlier (property history). */
    logins: usageField.nullable(),
    coreActions: usageField.nullable(),
    apiCalls: usageField.nullable(),
    dataExports30d: usageField.nullable(),
    entitlementUsedPct: usageField.nullable(),
    billingPageVisits30d: usageField.nullable(),
    /** A datetime property; daysSinceLastLogin = asOf − it. */
    lastLoginAt: usageField.nullable(),
  }),

  billing: z.strictObject({
    paymentStatus: z.strictObject({ property: name, values: z.record(z.string(), z.enum(['current', 'late', 'delinquent'])) }).nullable(),
    daysPastDue: name.nullable(),
    discountPct: name.nullable(),
    autoRenew: name.nullable(),
    multiYear: name.nullable(),
  }),

  outcomes: z.strictObject({ goalsDefined: name.nullable(), goalsAchieved: name.nullable(), roiDocumented: name.nullable() }),

  /** CSM override properties (read, never written). */
  override: z.strictObject({ score: name, reason: name, expires: name, by: name }).nullable(),

  /** Earlier health scores for the trajectory: the property history of this property. */
  scoreHistory: z.strictObject({ property: name, windowDays: days }).nullable(),

  deals: z.strictObject({
    /** Pipelines holding one renewal deal per contract year; the open one gives ARR and the renewal date. */
    renewalPipelines: z.array(z.string().min(1)).min(1),
    amount: name,
    closeDate: name,
    pipeline: name,
    stage: name,
    dealType: name,
    /** Deals in other pipelines with this dealtype, closed won, count as upsells. */
    expansionDealTypes: z.array(z.string().min(1)),
    /** Closed deals older than this are not read (open deals always are). */
    windowDays: days,
  }),

  tickets: z.strictObject({
    /** "pipeline:stage" ids that are closed; empty = read isClosed from the tickets pipelines API. */
    closedStages: z.array(z.string().regex(/^[^:]+:[^:]+$/, 'expected "pipelineId:stageId"')),
    pipeline: name,
    stage: name,
    closedDate: name,
    priority: z.strictObject({ property: name, values: z.record(z.string(), z.enum(['low', 'medium', 'high', 'urgent'])) }),
    escalated: name.nullable(),
    /** A ticket property holding positive / neutral / negative (values mapped below); null = derive from the text. */
    sentiment: z.strictObject({ property: name, values: z.record(z.string(), z.enum(['positive', 'neutral', 'negative'])) }).nullable(),
    text: z.array(name).min(1),
    /** Tickets created within this many days, plus every open ticket. */
    windowDays: days,
  }),

  /** Ticket sentiment from text (when tickets.sentiment is null): the first list that matches wins, negative first. */
  sentimentPhrases: z.strictObject({ negative: phrases, positive: phrases }),

  surveys: z.strictObject({
    type: name,
    value: name,
    comment: name,
    date: name,
    /** hs_survey_type value → snapshot survey type; other types (e.g. CES) are ignored. */
    types: z.record(z.string(), z.enum(['nps', 'csat'])),
    /** CSAT answers associated with a ticket also become that ticket's csat. */
    ticketCsat: z.boolean(),
    windowDays: days,
  }),

  meetings: z.strictObject({
    title: name,
    date: name,
    outcome: name,
    /** First rule whose keyword appears in the title (case-insensitive) gives the kind; else "other". */
    kinds: z.array(z.strictObject({ kind: z.enum(['qbr', 'check_in', 'training', 'exec']), keywords: phrases })),
    outcomes: z.record(z.string(), z.enum(['completed', 'canceled', 'no_show', 'rescheduled', 'scheduled'])),
    /** Past meetings in the window and scheduled ones up to `aheadDays` ahead. */
    windowDays: days,
    aheadDays: days,
  }),

  emails: z.strictObject({
    direction: name,
    date: name,
    inbound: z.array(z.string().min(1)),
    outbound: z.array(z.string().min(1)),
    /** Text read for flags (inbound emails only: what the client said). */
    text: z.array(name),
    windowDays: days,
  }),

  notes: z.strictObject({ body: name, date: name, windowDays: days }).nullable(),

  stakeholders: z.strictObject({
    /** Association label (contact → company, by label text, case-insensitive) → role. */
    labels: z.record(z.string(), z.enum(['champion', 'executive_sponsor', 'decision_maker', 'admin'])),
    firstName: name,
    lastName: name,
    email: name,
    title: name,
    /** A bool property marking a contact who left the customer, and its date property. */
    leftCompany: name.nullable(),
    leftCompanyAt: name.nullable(),
    lastActivity: name.nullable(),
    /** Roles whose job-title history is read to spot promotions (history reads cost 2× a plain read). */
    promotionRoles: z.array(z.enum(['champion', 'executive_sponsor', 'decision_maker', 'admin'])),
    promotionWindowDays: days,
    /** Unlabeled contacts created this recently are read as new users (new department, growth); null = none. */
    newContactDays: days.nullable(),
  }),

  /** Flags from note, inbound email and ticket text within `windowDays`: flag → phrases (case-insensitive). */
  flags: z.strictObject({
    windowDays: days,
    phrases: z.strictObject({
      competitorMentioned: phrases.optional(),
      budgetReview: phrases.optional(),
      downgradeRequested: phrases.optional(),
      executiveTurnover: phrases.optional(),
      acquisition: phrases.optional(),
      earlyRenewalInquiry: phrases.optional(),
      newDepartmentAdoption: phrases.optional(),
      referralOrCaseStudy: phrases.optional(),
      adjacentFeatureRequest: phrases.optional(),
      competitiveDisplacement: phrases.optional(),
      renewalStalled: phrases.optional(),
    }),
  }),

  search: z.strictObject({
    /** Values per IN filter and filter groups per search request (HubSpot: 100 and 5). */
    inValuesMax: z.number().int().min(1).max(100),
    filterGroupsMax: z.number().int().min(1).max(5),
  }),
});

export type Mapping = z.infer<typeof MappingSchema>;
export type FlagName = keyof Mapping['flags']['phrases'];
