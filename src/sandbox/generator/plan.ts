/** Plans an account: kind, trajectory, segment, contract timeline and contract facts (see plan-types.ts). */
import type { Trajectory } from '../types';
import { plantEvents } from './events';
import { HealthCurve } from './health';
import type { AccountKind, AccountPlan, PlannedRenewal, Segment } from './plan-types';
import type { Rng } from './prng';
import { DAY, startOfDay } from './time';
import { curveFor } from './trajectory-curves';
import { logUniform, roundArr } from './amounts';

export type { AccountKind, AccountPlan, BlipKind, PlannedEvents, PlannedRenewal, Segment } from './plan-types';

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
    return { customerSince, pastRenewals: [], nextRenewal: { at: customerSince + 365 * DAY, amount: arr, expected: 'won' } };
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
