/**
 * Usage Trends (renewal-7, 15%) — the directional momentum of product usage:
 * accelerating, stable or decelerating. Levels of use belong to engagement and
 * adoption; this dimension scores only changes (seed 002, dimension 7).
 *
 * | part (weight)              | input                                    | table (change % → score)                                      |
 * |----------------------------|------------------------------------------|---------------------------------------------------------------|
 * | active users, 30 days (3)  | activeUsers.now vs activeUsers.d30       | -60→5, -50→15, -35→30, -20→45, -5→62, 0→70, 10→80, 25→90, 50→100 |
 * | active users, 90 days (2)  | activeUsers.now vs activeUsers.d90       | -60→5, -50→15, -20→40, 0→70, 20→85, 50→100                    |
 * | core actions (2)           | coreActions last 30 d vs previous 30 d   | -60→10, -30→35, -10→55, 0→70, 15→85, 40→100                   |
 * | logins (1)                 | logins last 30 d vs previous 30 d        | same as core actions                                          |
 * | API calls (1)              | apiCalls last 30 d vs previous 30 d      | same as core actions                                          |
 *
 * Seasonal accounts: a decline is halved before it is scored (a 30% dip reads as
 * 15%), as seed 002 asks to adjust usage trends for seasonality; growth is not changed.
 *
 * "Growing across all metrics" reads as 90+; "flat to positive over 90 days" as
 * 70-89; "flat with some metrics declining" as 50-69; "active users down 20%+,
 * core workflows used less" as 30-49; "collapsed: down 50%+ or to one user" as 0-29.
 *
 * Red flags (caps): active users down 50%+ over 30 or 90 days, or down to at most
 * one user → 29; active users down 20%+ in 30 days (35%+ for a seasonal account) → 49;
 * core actions down more than 20% → 49 (the evidence says when logins held steady,
 * i.e. disengagement from value-driving workflows); 3+ data exports in 30 days → 59
 * (possible migration); API calls down more than 30% → 59.
 * Green flag: usage at or above the contracted entitlement → +5.
 * Trend: the 30-day active-user change (±5%), else the login change.
 */
import { z } from 'zod';
import type { Usage } from '../../contract';
import { describeChange, fmtNum, fmtPct, interpolate, pctChange, round } from '../../scale';
import { Rubric, limit, table, trendOf, type DimensionScorer } from '../rubric';

const Params = z.object({
  activeUsers30d: table([[-60, 5], [-50, 15], [-35, 30], [-20, 45], [-5, 62], [0, 70], [10, 80], [25, 90], [50, 100]]),
  activeUsers90d: table([[-60, 5], [-50, 15], [-20, 40], [0, 70], [20, 85], [50, 100]]),
  windowChange: table([[-60, 10], [-30, 35], [-10, 55], [0, 70], [15, 85], [40, 100]]),
  /** a seasonal account's declines are multiplied by this before scoring. */
  seasonalDeclineFactor: limit(0.5),
  userDropCapPct: limit(20),
  seasonalUserDropCapPct: limit(35),
  collapsePct: limit(50),
  singleUserMax: limit(1),
  coreDropCapPct: limit(20),
  loginsStablePct: limit(10),
  exportsCap: limit(3),
  apiDropCapPct: limit(30),
  entitlementPct: limit(100),
  greenFlagPoints: limit(5),
  trendThresholdPct: limit(5),
});
type Params = z.infer<typeof Params>;

type Window = NonNullable<Usage['logins']>;

export const usageTrend: DimensionScorer<Params> = {
  id: 'renewal7.usage_trend',
  params: Params,
  missing: 'product analytics over time: active users now and 30/90 days ago, logins, core actions and API calls per 30 days',
  score(ctx, p) {
    const usage = ctx.snapshot.usage;
    const r = new Rubric();
    if (!usage) return r.result(ctx, null);

    // Seasonal adjustment (seed 002): a seasonal dip is expected, so declines count for less.
    const adjust = (change: number) => (ctx.seasonal && change < 0 ? change * p.seasonalDeclineFactor : change);
    const seasonalNote = (change: number) => (ctx.seasonal && change < 0 ? `; seasonal account, scored as a ${fmtPct(adjust(change))} decline` : '');

    const users = usage.activeUsers;
    const users30 = users?.now !== undefined && users.d30 !== undefined ? change(users.now, users.d30) : null;
    const users90 = users?.now !== undefined && users.d90 !== undefined ? change(users.now, users.d90) : null;
    if (users30 !== null) {
      r.part(interpolate(adjust(users30), p.activeUsers30d), 3,
        `active users ${fmtNum(users!.now!)}, ${describeChange(users!.now!, users!.d30!)} thirty days ago${seasonalNote(users30)}`);
    }
    if (users90 !== null) {
      r.part(interpolate(adjust(users90), p.activeUsers90d), 2,
        `active users ${fmtNum(users!.now!)}, ${describeChange(users!.now!, users!.d90!)} ninety days ago${seasonalNote(users90)}`);
    }

    const core = windowChange(usage.coreActions);
    const logins = windowChange(usage.logins);
    const api = windowChange(usage.apiCalls);
    if (core !== null) r.part(interpolate(adjust(core), p.windowChange), 2, `${describeWindow('core actions', usage.coreActions!)}${seasonalNote(core)}`);
    if (logins !== null) r.part(interpolate(adjust(logins), p.windowChange), 1, `${describeWindow('logins', usage.logins!)}${seasonalNote(logins)}`);
    if (api !== null) r.part(interpolate(adjust(api), p.windowChange), 1, `${describeWindow('API calls', usage.apiCalls!)}${seasonalNote(api)}`);

    // Red flags read the raw change: a collapse is a collapse in any season.
    const collapse = users30 !== null && users30 <= -p.collapsePct ? { change: users30, before: users!.d30!, since: 'thirty' }
      : users90 !== null && users90 <= -p.collapsePct ? { change: users90, before: users!.d90!, since: 'ninety' } : null;
    if (collapse) r.redFlag(29, `active users collapsed to ${fmtNum(users!.now!)}, down ${fmtPct(collapse.change)} from ${fmtNum(collapse.before)} ${collapse.since} days ago`);
    const earlier = Math.max(users?.d30 ?? 0, users?.d60 ?? 0, users?.d90 ?? 0);
    if (users?.now !== undefined && users.now <= p.singleUserMax && earlier > p.singleUserMax) {
      r.redFlag(29, `usage down to ${users.now === 0 ? 'no active users' : 'a single user'} (from ${fmtNum(earlier)} active users)`);
    }
    const dropCap = ctx.seasonal ? p.seasonalUserDropCapPct : p.userDropCapPct;
    if (users30 !== null && users30 <= -dropCap) {
      r.redFlag(49, `active users down ${fmtPct(users30)} in the last 30 days${ctx.seasonal ? ` (beyond the ${dropCap}% a seasonal dip explains)` : ''}`);
    }
    // Capped whatever logins do: capping only while logins hold steady would let more logins lower the score.
    if (core !== null && core < -p.coreDropCapPct) {
      const steadyLogins = logins !== null && Math.abs(logins) <= p.loginsStablePct;
      const loginsNote = steadyLogins ? ` while logins held steady (${fmtNum(usage.logins!.last30!)}, ${describeChange(usage.logins!.last30!, usage.logins!.prev30!)}): disengaging from value-driving workflows` : '';
      r.redFlag(49, `core actions down ${fmtPct(core)} in 30 days${loginsNote}`);
    }
    if (usage.dataExports30d !== undefined) {
      if (usage.dataExports30d >= p.exportsCap) r.redFlag(59, `${fmtNum(usage.dataExports30d)} data exports in the last 30 days (possible migration)`);
      else r.note(usage.dataExports30d === 0 ? 'no data exports in the last 30 days' : `${fmtNum(usage.dataExports30d)} data export${usage.dataExports30d === 1 ? '' : 's'} in the last 30 days`);
    }
    if (api !== null && api < -p.apiDropCapPct) r.redFlag(59, `API calls down ${fmtPct(api)} in 30 days`);

    if (usage.entitlementUsedPct !== undefined) {
      if (usage.entitlementUsedPct >= p.entitlementPct) r.greenFlag(p.greenFlagPoints, `usage at ${fmtNum(usage.entitlementUsedPct)}% of the contracted entitlement (expansion opportunity)`);
      else r.note(`usage at ${fmtNum(usage.entitlementUsedPct)}% of the contracted entitlement`);
    }

    return r.result(ctx, trendOf(users30 ?? logins, p.trendThresholdPct));
  },
};

/** Percentage change rounded to 6 digits (monotone, and immune to float noise at thresholds). */
function change(now: number, before: number): number | null {
  const c = pctChange(now, before);
  return c === null ? null : round(c, 6);
}

function windowChange(w: Window | undefined): number | null {
  return w?.last30 !== undefined && w.prev30 !== undefined ? change(w.last30, w.prev30) : null;
}

function describeWindow(label: string, w: Window): string {
  return `${label} ${fmtNum(w.last30!)} in the last 30 days, ${describeChange(w.last30!, w.prev30!)} the 30 days before`;
}
