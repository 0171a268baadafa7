/**
 * fast-check arbitraries for valid AccountSnapshots: every section optional,
 * dates relative to a fixed asOf, values across and beyond the rubric bands.
 */
import fc from 'fast-check';
import type { AccountSnapshot } from '../../src/core/contract';
import { daysBefore, DEFAULT_AS_OF } from '../builders/account';

const AS_OF = DEFAULT_AS_OF;
const ago = (max: number, min = 0) => fc.integer({ min, max }).map((d) => daysBefore(AS_OF, d));
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const n = (max: number) => fc.integer({ min: 0, max });
const window = (max: number) => fc.record({ last30: n(max), prev30: n(max) }, { requiredKeys: [] });

const usage = fc.record(
  {
    dau: n(200), mau: n(400), seatsPurchased: n(300), seatsActive: n(300),
    featuresUsed: n(30), featuresAvailable: fc.integer({ min: 1, max: 30 }), featuresAdoptedLast180d: n(6),
    integrationsActive: n(8),
    activeUsers: fc.record({ now: n(300), d30: n(300), d60: n(300), d90: n(300) }, { requiredKeys: [] }),
    logins: window(5000), coreActions: window(9000), apiCalls: window(90000),
    dataExports30d: n(10), daysSinceLastLogin: n(90), entitlementUsedPct: n(140), billingPageVisits30d: n(6),
  },
  { requiredKeys: [] },
);

const ticket = fc.record(
  {
    id: fc.uuid(),
    createdAt: ago(120),
    closedAt: opt(ago(5)),
    priority: opt(fc.constantFrom('low', 'medium', 'high', 'urgent' as const)),
    sentiment: opt(fc.constantFrom('positive', 'neutral', 'negative' as const)),
    escalated: opt(fc.boolean()),
    csat: opt(fc.integer({ min: 1, max: 5 })),
    text: opt(fc.constantFrom('Thanks, all good', 'This is unacceptable, we may cancel', 'Feature request: add-on for reports', 'Login fails', 'Evaluating a competitor')),
  },
  { requiredKeys: ['id', 'createdAt'] },
);

const survey = fc.oneof(
  fc.record({ type: fc.constant('nps' as const), score: n(10), date: ago(400) }),
  fc.record({ type: fc.constant('csat' as const), score: fc.integer({ min: 1, max: 5 }), date: ago(400) }),
);

const stakeholder = fc.record(
  {
    name: fc.constantFrom('Jane Roe', 'Sam Lee', 'Ana Diaz', 'Bo Chen', 'Lee Park'),
    role: fc.constantFrom('champion', 'executive_sponsor', 'decision_maker', 'admin', 'user' as const),
    status: fc.constantFrom('active', 'departed', 'promoted', 'changed_role', 'new' as const),
    since: opt(ago(400)),
    lastActivityAt: opt(ago(300)),
  },
  { requiredKeys: ['name', 'role', 'status'] },
);

const billing = fc.record(
  {
    paymentStatus: fc.constantFrom('current', 'late', 'delinquent' as const),
    daysPastDue: n(120),
    invoices: fc.array(fc.record({ dueDate: ago(400, 1), paidDate: opt(ago(400)), disputed: opt(fc.boolean()) }), { maxLength: 6 }),
    discountPct: n(60),
    multiYear: fc.boolean(),
    autoRenew: fc.boolean(),
    contractChanges: fc.array(fc.record({ date: ago(600), kind: fc.constantFrom('upsell', 'downgrade', 'renewal', 'discount' as const), arrDelta: opt(fc.integer({ min: -50_000, max: 50_000 })) }), { maxLength: 4 }),
  },
  { requiredKeys: [] },
);

const engagement = fc.record(
  {
    meetings: fc.array(fc.record({ date: ago(200), kind: opt(fc.constantFrom('qbr', 'check_in', 'training', 'exec', 'other' as const)), outcome: fc.constantFrom('completed', 'canceled', 'no_show', 'rescheduled', 'scheduled' as const) }), { maxLength: 6 }),
    emails: fc.array(fc.record({ date: ago(120), direction: fc.constantFrom('inbound', 'outbound' as const) }), { maxLength: 8 }),
    lastContactAt: ago(200),
    communityActive: fc.boolean(),
  },
  { requiredKeys: [] },
);

const flags = fc.record(
  {
    competitorMentioned: fc.boolean(), budgetReview: fc.boolean(), downgradeRequested: fc.boolean(), executiveTurnover: fc.boolean(),
    acquisition: fc.boolean(), earlyRenewalInquiry: fc.boolean(), newDepartmentAdoption: fc.boolean(), referralOrCaseStudy: fc.boolean(),
    adjacentFeatureRequest: fc.boolean(), competitiveDisplacement: fc.boolean(), renewalStalled: fc.boolean(),
  },
  { requiredKeys: [] },
);

export const snapshotArb: fc.Arbitrary<AccountSnapshot> = fc
  .record(
    {
      segment: fc.constantFrom('enterprise', 'mid_market', 'smb', 'self_serve' as const),
      arr: n(500_000),
      renewalDate: fc.integer({ min: -30, max: 500 }).map((d) => daysBefore(AS_OF, -d)),
      customerSince: ago(2000, 1),
      owner: fc.constant('Dana CSM'),
      seasonal: fc.boolean(),
      usage,
      support: fc.record({ tickets: fc.array(ticket, { maxLength: 8 }), cohortAvgTickets90d: opt(n(10)) }, { requiredKeys: ['tickets'] }),
      surveys: fc.array(survey, { maxLength: 4 }),
      surveyInvites: fc.array(fc.record({ type: fc.constantFrom('nps', 'csat' as const), sentAt: ago(300), responded: fc.boolean() }), { maxLength: 3 }),
      billing,
      stakeholders: fc.array(stakeholder, { maxLength: 6 }),
      engagement,
      outcomes: fc.record({ goalsDefined: n(6), goalsAchieved: n(6), roiDocumented: fc.boolean() }, { requiredKeys: [] }),
      flags,
      history: fc.array(fc.record({ date: ago(200, 1), score: n(100) }), { maxLength: 6 }),
      override: fc.record({ score: n(100), reason: fc.constant('CSM judgement'), expiresAt: opt(fc.integer({ min: -30, max: 60 }).map((d) => daysBefore(AS_OF, -d))) }),
    },
    { requiredKeys: [] },
  )
  .map((parts) => {
    const s = { id: 'acct-p', name: 'Property Co', asOf: AS_OF, ...parts } as AccountSnapshot;
    // featuresUsed never exceeds featuresAvailable, seatsActive may exceed purchased (over-use is real).
    if (s.usage?.featuresUsed !== undefined && s.usage.featuresAvailable !== undefined && s.usage.featuresUsed > s.usage.featuresAvailable) {
      s.usage.featuresUsed = s.usage.featuresAvailable;
    }
    return s;
  });
