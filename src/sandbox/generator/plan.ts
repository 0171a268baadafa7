/**
 * What an account is, before any record exists: its hidden trajectory,
 * segment, contract dates, renewal outcomes, health curve and the warning (or
 * expansion) events planted on it. Builders turn a plan into records.
 */
import type { Trajectory } from '../types';
import { HealthCurve } from './health';
import type { Rng } from './prng';
import { DAY, startOfDay } from './time';

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

const SEGMENTS: [Segment, number][] = [['enterprise', 12], ['mid_market', 30], ['smb', 38], ['self_serve', 20]];
const ARR_RANGE: Record<Segment, [number, number]> = {
  enterprise: [120_000, 900_000],
  mid_market: [25_000, 120_000],
  smb: [5_000, 25_000],
  self_serve: [600, 5_000],
};
const SEAT_PRICE: Record<Segment, number> = { enterprise: 600, mid_market: 450, smb: 380, self_serve: 300 };
const FEATURES: Record<Segment, number> = { enterprise: 40, mid_market: 30, smb: 22, self_serve: 12 };

const TRAJECTORIES: [Trajectory, number][] = [
  ['steady', 45], ['declining', 12], ['recovering', 10], ['silent_churner', 8], ['expansion_ready', 13], ['new', 12],
];

/** Usage history reaches this far back (covers scoring "as of" ~120 days before last year's renewal). */
export const HISTORY_DAYS = 546;
/** Tickets, surveys and engagements reach this far back (and at least 150 days before a churn). */
export const ACTIVITY_DAYS = 400;

export function planAccount(rng: Rng, index: number, asOf: number): AccountPlan {
  const kind: AccountKind = rng.weighted([['customer', 89], ['former_customer', 7], ['prospect', 4]]);
  const segment = rng.weighted(SEGMENTS);
  const arr = roundArr(logUniform(rng, ...ARR_RANGE[segment]));
  const today = startOfDay(asOf);
  if (kind === 'prospect') return prospect(rng, index, segment, arr, today, asOf);
  const trajectory: Trajectory = kind === 'former_customer'
    ? rng.weighted([['declining', 60], ['silent_churner', 40]])
    : rng.weighted(TRAJECTORIES);
  const t = timeline(rng, kind, trajectory, arr, today);
  const base = baseFor(rng, trajectory, segment, arr);
  const windowStart = Math.max(t.customerSince, today - HISTORY_DAYS * DAY);
  const activityStart = Math.max(t.customerSince, Math.min(today - ACTIVITY_DAYS * DAY, (t.churnedAt ?? Infinity) - 150 * DAY));
  const windowEnd = t.churnedAt !== undefined ? Math.min(asOf, t.churnedAt + 21 * DAY) : asOf;
  const plan: AccountPlan = {
    index, kind, trajectory, segment, arr,
    createdAt: t.customerSince - rng.int(20, 120) * DAY,
    customerSince: t.customerSince,
    pastRenewals: t.pastRenewals,
    nextRenewal: t.nextRenewal,
    churnedAt: t.churnedAt,
    firstWarningAt: t.firstWarningAt,
    windowStart, activityStart, windowEnd,
    health: new HealthCurve([{ at: windowStart, h: 0.7 }], index),
    ...base,
    events: { escalations: [], featureRequests: [] },
  };
  plan.health = curveFor(rng, plan, today);
  plantEvents(rng, plan, today);
  return plan;
}

function prospect(rng: Rng, index: number, segment: Segment, arr: number, today: number, asOf: number): AccountPlan {
  const createdAt = today - rng.int(5, 200) * DAY;
  return {
    index, kind: 'prospect', trajectory: 'new', segment, arr, createdAt,
    pastRenewals: [], windowStart: createdAt, activityStart: createdAt, windowEnd: asOf,
    health: new HealthCurve([{ at: createdAt, h: 0.5 }], index),
    seats: 0, featuresAvailable: 0, integrations: 0, discountPct: 0, autoRenew: false, multiYear: false, seasonal: false,
    events: { escalations: [], featureRequests: [] },
  };
}

interface Timeline {
  customerSince: number;
  pastRenewals: PlannedRenewal[];
  nextRenewal?: AccountPlan['nextRenewal'];
  churnedAt?: number;
  firstWarningAt?: number;
}

/** Contract dates: annual renewals on the customer-since anniversary. */
function timeline(rng: Rng, kind: AccountKind, trajectory: Trajectory, arr: number, today: number): Timeline {
  const growth = trajectory === 'expansion_ready' ? rng.float(0.08, 0.2) : rng.float(0, 0.1);
  const amountYearsAgo = (years: number) => roundArr(arr / Math.pow(1 + growth, years));
  if (kind === 'former_customer') {
    const lostAt = today - rng.int(30, 300) * DAY;
    const years = rng.int(1, 4);
    const customerSince = lostAt - years * 365 * DAY;
    const pastRenewals: PlannedRenewal[] = [];
    for (let k = 1; k <= years; k++) {
      pastRenewals.push({ at: customerSince + k * 365 * DAY, amount: amountYearsAgo(years - k), outcome: k === years ? 'lost' : 'won' });
    }
    return { customerSince, pastRenewals, churnedAt: lostAt, firstWarningAt: lostAt - rng.int(30, 120) * DAY };
  }
  if (trajectory === 'new') {
    const customerSince = today - rng.int(7, 85) * DAY;
    return { customerSince, pastRenewals: [], nextRenewal: { at: customerSince + 365 * DAY, amount: arr, expected: rng.chance(0.93) ? 'won' : 'lost' } };
  }
  const troubled = trajectory === 'declining' || trajectory === 'silent_churner';
  const daysToRenewal = troubled ? rng.int(10, 200) : rng.int(1, 365);
  let years = rng.int(1, 5);
  if (years === 1 && daysToRenewal > 250) years = 2;
  const renewalAt = today + daysToRenewal * DAY;
  const customerSince = renewalAt - years * 365 * DAY;
  const pastRenewals: PlannedRenewal[] = [];
  for (let k = 1; k < years; k++) pastRenewals.push({ at: customerSince + k * 365 * DAY, amount: amountYearsAgo(years - k), outcome: 'won' });
  const lostChance = trajectory === 'declining' ? 0.75 : trajectory === 'silent_churner' ? 0.85 : 0;
  const expected = rng.chance(lostChance) ? 'lost' : 'won';
  let firstWarningAt: number | undefined;
  if (troubled) {
    // Warnings start 30–120 days before the renewal, and are visible by now.
    const lead = rng.int(30, 120) * DAY;
    firstWarningAt = Math.min(renewalAt - lead, today - rng.int(30, 75) * DAY);
    firstWarningAt = Math.max(firstWarningAt, customerSince + 60 * DAY);
  }
  return { customerSince, pastRenewals, nextRenewal: { at: renewalAt, amount: arr, expected }, firstWarningAt };
}

function baseFor(rng: Rng, trajectory: Trajectory, segment: Segment, arr: number) {
  const troubled = trajectory === 'declining' || trajectory === 'silent_churner';
  return {
    seats: Math.max(2, Math.round((arr / SEAT_PRICE[segment]) * rng.float(0.85, 1.15))),
    featuresAvailable: FEATURES[segment],
    integrations: segment === 'self_serve' ? rng.int(0, 1) : segment === 'smb' ? rng.int(0, 3) : rng.int(1, segment === 'enterprise' ? 9 : 5),
    discountPct: 5 * (troubled ? rng.int(2, 6) : trajectory === 'expansion_ready' ? rng.int(0, 2) : rng.int(0, 3)),
    autoRenew: rng.chance(segment === 'self_serve' || segment === 'smb' ? 0.9 : 0.6),
    multiYear: rng.chance(trajectory === 'steady' || trajectory === 'expansion_ready' ? 0.22 : 0.08),
    seasonal: rng.chance(0.08),
  };
}

function curveFor(rng: Rng, plan: AccountPlan, today: number): HealthCurve {
  const start = plan.windowStart;
  const salt = plan.index * 7919 + rng.int(0, 1_000_000);
  switch (plan.trajectory) {
    case 'steady': {
      const b = rng.float(0.62, 0.9);
      return new HealthCurve([{ at: start, h: b }, { at: today, h: b + rng.float(-0.05, 0.05) }], salt);
    }
    case 'declining':
    case 'silent_churner': {
      // A break after the trigger (most of the drop within ~2 months), then a slow slide to the renewal.
      const b = rng.float(0.62, 0.88);
      const fw = plan.firstWarningAt!;
      const end = plan.churnedAt ?? plan.nextRenewal!.at;
      const drop = plan.trajectory === 'declining' ? rng.float(0.4, 0.6) : rng.float(0.32, 0.5);
      const knee = fw + Math.min(60 * DAY, (end - fw) * 0.6);
      const points = [{ at: start, h: b }, { at: fw, h: b }, { at: knee, h: b - 0.75 * drop }, { at: end, h: Math.max(0.06, b - drop) }];
      if (plan.nextRenewal?.expected === 'won') {
        // A saved account: the slide stops and turns around shortly before now.
        const turn = Math.max(fw + 14 * DAY, today - 20 * DAY);
        return new HealthCurve([points[0]!, points[1]!, { at: turn, h: b - 0.6 * drop }, { at: today + 45 * DAY, h: b - 0.3 * drop }], salt);
      }
      return new HealthCurve(points, salt);
    }
    case 'recovering': {
      const b = rng.float(0.62, 0.82);
      const dipStart = today - rng.int(200, 260) * DAY;
      const trough = today - rng.int(80, 120) * DAY;
      return new HealthCurve([
        { at: start, h: b }, { at: dipStart, h: b }, { at: trough, h: rng.float(0.25, 0.4) }, { at: today, h: rng.float(0.62, 0.8) },
      ], salt);
    }
    case 'expansion_ready': {
      const b = rng.float(0.75, 0.88);
      const rise = today - rng.int(90, 160) * DAY;
      return new HealthCurve([{ at: start, h: b }, { at: rise, h: b }, { at: today, h: rng.float(0.98, 1.08) }], salt);
    }
    case 'new': {
      const since = plan.customerSince!;
      return new HealthCurve([{ at: since, h: rng.float(0.3, 0.5) }, { at: since + 60 * DAY, h: rng.float(0.68, 0.86) }], salt);
    }
  }
}

function plantEvents(rng: Rng, plan: AccountPlan, today: number): void {
  const e = plan.events;
  const end = plan.churnedAt ?? today;
  const between = (a: number, b: number) => startOfDay(a + rng.float(0, 1) * Math.max(0, b - a)) + rng.int(14, 22) * 3_600_000;
  const last = Math.min(end, today - DAY);
  switch (plan.trajectory) {
    case 'declining':
    case 'silent_churner': {
      const fw = plan.firstWarningAt!;
      const declining = plan.trajectory === 'declining';
      // The first warning itself: a usage drop always; the louder signs follow.
      if (rng.chance(declining ? 0.55 : 0.4)) e.championDepartedAt = between(fw, Math.min(last, fw + 25 * DAY));
      if (e.championDepartedAt && plan.nextRenewal?.expected === 'won') e.championReplacedAt = between(e.championDepartedAt + 10 * DAY, last);
      if (rng.chance(declining ? 0.2 : 0.1)) e.execDepartedAt = between(fw, last);
      if (declining) for (let i = rng.int(1, 3); i > 0; i--) e.escalations.push(between(fw, last));
      if (rng.chance(declining ? 0.45 : 0.25)) e.competitorNoteAt = between(fw, last);
      if (rng.chance(0.35)) e.budgetReviewAt = between(fw, last);
      if (rng.chance(declining ? 0.35 : 0.15)) e.downgradeAt = between(fw, last);
      if (rng.chance(0.06)) e.acquisitionAt = between(fw - 20 * DAY, last);
      if (!declining || rng.chance(0.5)) e.silenceFrom = between(fw, Math.min(last, fw + 14 * DAY));
      if (rng.chance(declining ? 0.3 : 0.1)) {
        e.latePaymentAt = between(fw, last);
        e.delinquent = rng.chance(0.3);
      }
      if (rng.chance(declining ? 0.35 : 0.45)) e.autoRenewOffAt = between(fw, last);
      if (rng.chance(declining ? 0.4 : 0.6)) e.billingVisitsFrom = between(fw, last);
      if (rng.chance(declining ? 0.3 : 0.5)) e.exportSpikeFrom = between(fw + 14 * DAY, last);
      if (plan.integrations > 0 && rng.chance(0.4)) e.integrationLostAt = between(fw, last);
      break;
    }
    case 'recovering': {
      const dipFrom = today - 240 * DAY;
      const trough = today - 100 * DAY;
      for (let i = rng.int(1, 3); i > 0; i--) e.escalations.push(between(dipFrom, trough));
      if (rng.chance(0.4)) {
        e.championDepartedAt = between(dipFrom, trough);
        e.championReplacedAt = between(e.championDepartedAt + 15 * DAY, trough + 30 * DAY);
      }
      if (rng.chance(0.25)) e.competitorNoteAt = between(dipFrom, trough);
      e.recoveryNoteAt = between(today - 60 * DAY, today - 5 * DAY);
      if (rng.chance(0.1)) e.championPromotedAt = between(today - 60 * DAY, last);
      break;
    }
    case 'expansion_ready': {
      const from = today - 150 * DAY;
      if (rng.chance(0.5)) e.championPromotedAt = between(from, last);
      if (rng.chance(0.6)) e.newDepartmentAt = between(from, last);
      if (rng.chance(0.4)) e.referralAt = between(from, last);
      if (rng.chance(0.3)) e.earlyRenewalAt = between(today - 60 * DAY, last);
      if (rng.chance(0.5)) for (let i = rng.int(1, 2); i > 0; i--) e.featureRequests.push(between(from, last));
      if (rng.chance(0.5)) e.integrationAddedAt = between(from, last);
      if (rng.chance(0.7)) {
        const at = between(today - 45 * DAY, last);
        e.expansionDeal = { at, closeAt: startOfDay(today + rng.int(20, 120) * DAY), amount: roundArr(plan.arr * rng.float(0.1, 0.4)), won: false };
      }
      break;
    }
    case 'steady': {
      if (rng.chance(0.3)) {
        const kind = rng.pick<BlipKind>(['usage_dip', 'angry_ticket', 'detractor', 'canceled_qbr', 'competitor_note', 'late_payment']);
        e.blip = { kind, at: between(Math.max(plan.windowStart, today - 200 * DAY), today - 10 * DAY) };
      }
      if (rng.chance(0.03)) {
        e.championDepartedAt = between(today - 200 * DAY, today - 60 * DAY);
        e.championReplacedAt = e.championDepartedAt + rng.int(7, 30) * DAY;
      }
      if (rng.chance(0.08)) e.championPromotedAt = between(today - 200 * DAY, last);
      if (rng.chance(0.05)) e.newDepartmentAt = between(today - 200 * DAY, last);
      if (rng.chance(0.05)) e.referralAt = between(today - 200 * DAY, last);
      if (rng.chance(0.05)) e.featureRequests.push(between(today - 200 * DAY, last));
      break;
    }
    case 'new':
      break;
  }
  // Some earlier expansions closed won on healthy accounts: they show as upsells.
  if (!e.expansionDeal && (plan.trajectory === 'steady' || plan.trajectory === 'expansion_ready') && rng.chance(plan.trajectory === 'steady' ? 0.1 : 0.3)) {
    const closeAt = between(Math.max(plan.windowStart, today - 300 * DAY), today - 20 * DAY);
    e.expansionDeal = { at: closeAt - 40 * DAY, closeAt, amount: roundArr(plan.arr * rng.float(0.05, 0.2)), won: true };
  }
  // Steady accounts with a usage dip blip: a few quiet weeks then back.
  if (e.blip?.kind === 'usage_dip') {
    const b = plan.health.trend(e.blip.at);
    plan.health = new HealthCurve([
      { at: plan.windowStart, h: plan.health.trend(plan.windowStart) },
      { at: e.blip.at - 7 * DAY, h: b }, { at: e.blip.at + 7 * DAY, h: b - 0.28 }, { at: e.blip.at + 30 * DAY, h: b },
      { at: today, h: plan.health.trend(today) },
    ], plan.index * 7919 + 17);
  }
}

function logUniform(rng: Rng, lo: number, hi: number): number {
  return Math.exp(rng.float(Math.log(lo), Math.log(hi)));
}

function roundArr(v: number): number {
  return v >= 10_000 ? Math.round(v / 500) * 500 : Math.round(v / 50) * 50;
}
