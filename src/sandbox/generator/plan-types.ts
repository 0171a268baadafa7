/**
 * What an account is, before any record exists: its hidden trajectory,
 * segment, contract dates, renewal outcomes, health curve and the warning (or
 * expansion) events planted on it. Builders turn a plan into records.
 */
import type { Trajectory } from '../types';
import type { HealthCurve } from './health';

export type Segment = 'enterprise' | 'mid_market' | 'smb' | 'self_serve';
export type AccountKind = 'customer' | 'former_customer' | 'prospect';

export interface PlannedRenewal {
  at: number;
  amount: number;
  outcome: 'won' | 'lost';
}

/** A false alarm on a healthy account: one signal that looks bad and is not. */
export type BlipKind = 'usage_dip' | 'angry_ticket' | 'detractor' | 'canceled_qbr' | 'competitor_note' | 'late_payment';

/** Dated events planted on an account (absent = not planted). */
export interface PlannedEvents {
  championDepartedAt?: number;
  championReplacedAt?: number;
  execDepartedAt?: number;
  championPromotedAt?: number;
  newDepartmentAt?: number;
  referralAt?: number;
  earlyRenewalAt?: number;
  displacementAt?: number;
  competitorNoteAt?: number;
  budgetReviewAt?: number;
  downgradeAt?: number;
  acquisitionAt?: number;
  escalations: number[];
  featureRequests: number[];
  /** From then on the account mostly stops answering surveys and emails. */
  silenceFrom?: number;
  latePaymentAt?: number;
  delinquent?: boolean;
  autoRenewOffAt?: number;
  billingVisitsFrom?: number;
  exportSpikeFrom?: number;
  integrationLostAt?: number;
  integrationAddedAt?: number;
  recoveryNoteAt?: number;
  blip?: { kind: BlipKind; at: number };
  expansionDeal?: { at: number; closeAt: number; amount: number; won: boolean };
}

export interface AccountPlan {
  index: number;
  kind: AccountKind;
  trajectory: Trajectory;
  segment: Segment;
  /** Current ARR (for a former customer: the ARR it churned with). */
  arr: number;
  createdAt: number;
  customerSince?: number;
  pastRenewals: PlannedRenewal[];
  nextRenewal?: { at: number; amount: number; expected: 'won' | 'lost' };
  /** The lost renewal of a former customer. */
  churnedAt?: number;
  firstWarningAt?: number;
  /** Usage history starts here (tenure start, at most HISTORY_DAYS back). */
  windowStart: number;
  /** Tickets, surveys and engagements start here (tenure start, at most ACTIVITY_DAYS back). */
  activityStart: number;
  /** Activities and usage end here: asOf, or shortly after churn. */
  windowEnd: number;
  health: HealthCurve;
  seats: number;
  featuresAvailable: number;
  integrations: number;
  discountPct: number;
  autoRenew: boolean;
  multiYear: boolean;
  seasonal: boolean;
  events: PlannedEvents;
}
