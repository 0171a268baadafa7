/**
 * The public JSON contract of the core (DESIGN.md §2): AccountSnapshot in,
 * HealthAssessment out. Both are zod schemas so every boundary (CLI, HubSpot
 * mappers, functions) validates the same way; the TypeScript types are inferred.
 * Fields marked "extension" are optional additions to the design contract.
 */
import { z } from 'zod';

const isoDatePattern = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** An ISO-8601 date or date-time string that parses to a real instant. */
export const IsoDate = z
  .string({ error: 'expected an ISO-8601 date string' })
  .refine((s) => isoDatePattern.test(s) && Number.isFinite(Date.parse(s)) && (s.length > 10 || new Date(Date.parse(s)).toISOString().startsWith(s)), {
    error: 'expected an ISO-8601 date (YYYY-MM-DD or a date-time)',
  });

const count = z.number().int().nonnegative();
const amount = z.number().nonnegative();
const window30 = z.object({ last30: amount.optional(), prev30: amount.optional() });

export const Segment = z.enum(['enterprise', 'mid_market', 'smb', 'self_serve']);

export const Usage = z.object({
  dau: amount.optional(),
  mau: amount.optional(),
  seatsPurchased: count.optional(),
  seatsActive: count.optional(),
  featuresUsed: count.optional(),
  featuresAvailable: count.optional(),
  featuresAdoptedLast180d: count.optional(),
  integrationsActive: count.optional(),
  activeUsers: z
    .object({ now: amount.optional(), d30: amount.optional(), d60: amount.optional(), d90: amount.optional() })
    .optional(),
  logins: window30.optional(),
  coreActions: window30.optional(),
  apiCalls: window30.optional(),
  dataExports30d: count.optional(),
  daysSinceLastLogin: amount.optional(),
  entitlementUsedPct: amount.optional(),
  /** extension: visits to the billing / plans page in the last 30 days (seed 000 early warning). */
  billingPageVisits30d: count.optional(),
});

export const Ticket = z.object({
  id: z.string().min(1),
  createdAt: IsoDate,
  closedAt: IsoDate.optional(),
  priority: z.enum(['low', 'medium', 'high', 'urgent']).optional(),
  sentiment: z.enum(['positive', 'neutral', 'negative']).optional(),
  escalated: z.boolean().optional(),
  csat: z.number().min(1).max(5).optional(),
  text: z.string().optional(),
});

export const Survey = z
  .object({
    type: z.enum(['nps', 'csat']),
    score: z.number(),
    date: IsoDate,
    comment: z.string().optional(),
  })
  .superRefine((s, ctx) => {
    const [lo, hi] = s.type === 'nps' ? [0, 10] : [1, 5];
    if (s.score < lo || s.score > hi) {
      ctx.addIssue({ code: 'custom', path: ['score'], message: `${s.type} score must be between ${lo} and ${hi}` });
    }
  });

export const ContractChange = z.object({
  date: IsoDate,
  kind: z.enum(['upsell', 'downgrade', 'renewal', 'discount']),
  arrDelta: z.number().optional(),
});

export const Billing = z.object({
  paymentStatus: z.enum(['current', 'late', 'delinquent']).optional(),
  daysPastDue: amount.optional(),
  invoices: z
    .array(z.object({ dueDate: IsoDate, paidDate: IsoDate.optional(), amount: amount.optional(), disputed: z.boolean().optional() }))
    .optional(),
  discountPct: z.number().min(0).max(100).optional(),
  multiYear: z.boolean().optional(),
  autoRenew: z.boolean().optional(),
  contractChanges: z.array(ContractChange).optional(),
});

export const StakeholderRole = z.enum(['champion', 'executive_sponsor', 'decision_maker', 'admin', 'user']);
export const StakeholderStatus = z.enum(['active', 'departed', 'promoted', 'changed_role', 'new']);
export const Stakeholder = z.object({
  name: z.string().min(1),
  title: z.string().optional(),
  role: StakeholderRole,
  status: StakeholderStatus,
  /** when the current status began (for `departed`: the departure date). */
  since: IsoDate.optional(),
  lastActivityAt: IsoDate.optional(),
});

export const Meeting = z.object({
  date: IsoDate,
  kind: z.enum(['qbr', 'check_in', 'training', 'exec', 'other']).optional(),
  outcome: z.enum(['completed', 'canceled', 'no_show', 'rescheduled', 'scheduled']),
});

export const Engagement = z.object({
  meetings: z.array(Meeting).optional(),
  emails: z.array(z.object({ date: IsoDate, direction: z.enum(['inbound', 'outbound']) })).optional(),
  lastContactAt: IsoDate.optional(),
  communityActive: z.boolean().optional(),
});

export const Flags = z.object({
  competitorMentioned: z.boolean().optional(),
  budgetReview: z.boolean().optional(),
  downgradeRequested: z.boolean().optional(),
  executiveTurnover: z.boolean().optional(),
  acquisition: z.boolean().optional(),
  earlyRenewalInquiry: z.boolean().optional(),
  newDepartmentAdoption: z.boolean().optional(),
  referralOrCaseStudy: z.boolean().optional(),
  /** extension: the client asked for capabilities of a higher tier or add-on. */
  adjacentFeatureRequest: z.boolean().optional(),
  /** extension: the client replaced a competitor's tool with ours for a new workflow. */
  competitiveDisplacement: z.boolean().optional(),
  /** extension: procurement delays or legal questions around the renewal. */
  renewalStalled: z.boolean().optional(),
});

/** extension: per-product usage for multi-product clients (seed 002 edge case). */
export const ProductLine = z.object({ name: z.string().min(1), arr: amount.optional(), usage: Usage });

export const AccountSnapshot = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  asOf: IsoDate,
  segment: Segment.optional(),
  arr: amount.optional(),
  renewalDate: IsoDate.optional(),
  customerSince: IsoDate.optional(),
  owner: z.string().optional(),
  seasonal: z.boolean().optional(),
  multiProduct: z.boolean().optional(),
  products: z.array(ProductLine).optional(),
  usage: Usage.optional(),
  support: z.object({ tickets: z.array(Ticket), cohortAvgTickets90d: amount.optional() }).optional(),
  surveys: z.array(Survey).optional(),
  /** extension: survey invitations, so that non-response is visible. */
  surveyInvites: z.array(z.object({ type: z.enum(['nps', 'csat']), sentAt: IsoDate, responded: z.boolean() })).optional(),
  billing: Billing.optional(),
  stakeholders: z.array(Stakeholder).optional(),
  engagement: Engagement.optional(),
  outcomes: z
    .object({ goalsDefined: count.optional(), goalsAchieved: count.optional(), roiDocumented: z.boolean().optional() })
    .optional(),
  flags: Flags.optional(),
  history: z.array(z.object({ date: IsoDate, score: z.number().min(0).max(100) })).optional(),
  override: z
    .object({ score: z.number().min(0).max(100), reason: z.string().min(1), expiresAt: IsoDate.optional(), by: z.string().optional() })
    .optional(),
});

export type AccountSnapshot = z.infer<typeof AccountSnapshot>;
export type Usage = z.infer<typeof Usage>;
export type Ticket = z.infer<typeof Ticket>;
export type Stakeholder = z.infer<typeof Stakeholder>;
export type Segment = z.infer<typeof Segment>;

export const Tier = z.enum(['thriving', 'healthy', 'at_risk', 'critical']);
export const Prediction = z.enum(['likely_to_renew', 'monitor', 'at_risk', 'likely_to_churn']);
export const Confidence = z.enum(['high', 'medium', 'low']);
export const Trend = z.enum(['up', 'flat', 'down']);
export const Priority = z.enum(['critical', 'high', 'medium', 'low']);

export const DimensionAssessment = z.object({
  key: z.string(),
  label: z.string(),
  weight: z.number(),
  score: z.number().int().min(0).max(100).nullable(),
  weighted: z.number(),
  trend: Trend.nullable(),
  dataGap: z.boolean(),
  evidence: z.array(z.string()),
  /** extension: scored from indirect signals, capped (seed 002 missing-data rule 2). */
  inferred: z.boolean().optional(),
  /** extension: for a gap, the data to connect to close it. */
  missing: z.string().optional(),
});

export const ChurnSignal = z.object({
  key: z.string(),
  severity: z.enum(['high', 'medium']),
  evidence: z.array(z.string()),
  /** extension: human label and, for seed 000 early warnings, the typical lead time before churn. */
  label: z.string().optional(),
  leadTimeDays: z.number().optional(),
});
export const ExpansionSignal = z.object({
  key: z.string(),
  strength: z.enum(['strong', 'moderate']),
  evidence: z.array(z.string()),
  label: z.string().optional(),
});

export const Play = z.object({
  key: z.string(),
  name: z.string(),
  priority: Priority,
  owner: z.string(),
  dueDate: z.string(),
  action: z.string(),
  successMetric: z.string(),
  /** extension: why this play was chosen (root cause) and what happens if it slips. */
  reason: z.string().optional(),
  riskIfDelayed: z.string().optional(),
});

export const HealthAssessment = z.object({
  accountId: z.string(),
  name: z.string(),
  asOf: z.string(),
  model: z.string(),
  score: z.number().int().min(0).max(100),
  computedScore: z.number().int().min(0).max(100),
  override: z.object({ score: z.number(), reason: z.string(), expiresAt: z.string().optional(), by: z.string().optional() }).optional(),
  tier: Tier,
  prediction: Prediction,
  confidence: Confidence,
  /** extension: how the confidence level was reached. */
  confidenceReasons: z.array(z.string()).optional(),
  renewalRisk: z.number().int().min(0).max(100),
  renewal: z.object({
    date: z.string().optional(),
    daysUntil: z.number().int().optional(),
    arr: z.number().optional(),
    arrAtRisk: z.number().optional(),
  }),
  dimensions: z.array(DimensionAssessment),
  drivers: z.array(z.object({ dimension: z.string(), impact: z.number(), text: z.string() })),
  signals: z.object({ churn: z.array(ChurnSignal), expansion: z.array(ExpansionSignal) }),
  play: Play.nullable(),
  dataGaps: z.array(z.string()),
  trajectory: z
    .object({ change30d: z.number().optional(), change90d: z.number().optional(), direction: z.enum(['improving', 'stable', 'declining']) })
    .optional(),
  /** extension: notes on edge cases applied (new client, acquisition, seasonality, multi-product). */
  notes: z.array(z.string()).optional(),
});

export type Tier = z.infer<typeof Tier>;
export type Prediction = z.infer<typeof Prediction>;
export type Confidence = z.infer<typeof Confidence>;
export type Trend = z.infer<typeof Trend>;
export type Priority = z.infer<typeof Priority>;
export type DimensionAssessment = z.infer<typeof DimensionAssessment>;
export type ChurnSignal = z.infer<typeof ChurnSignal>;
export type ExpansionSignal = z.infer<typeof ExpansionSignal>;
export type Play = z.infer<typeof Play>;
export type HealthAssessment = z.infer<typeof HealthAssessment>;
