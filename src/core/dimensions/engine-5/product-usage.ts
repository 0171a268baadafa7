/**
 * Product Usage (engine-5, 30%) — how much of the product the client uses and
 * how often (seed 000 phase 1: DAU/MAU ratio, feature coverage, frequency of
 * core actions).
 *
 * Seed rubric (0-10, mapped to 0-100 by ×10), driven by DAU/MAU:
 *
 * | seed band            | 0-10 | × 10   | this table gives | stickiness anchors              |
 * |----------------------|------|--------|------------------|---------------------------------|
 * | DAU/MAU < 20%        | 0-3  | 0-30   | 0-40             | 0 → 0, 10% → 20                 |
 * | DAU/MAU 20-40%       | 4-6  | 40-60  | 40-70            | 20% → 40, 30% → 55              |
 * | DAU/MAU > 40%        | 7-10 | 70-100 | 70-100           | 40% → 70, 60% → 85, 80% → 100   |
 *
 * The table runs straight between the seed's edges (20% → 40, 40% → 70)
 * instead of jumping, so one more daily user never moves a whole band.
 *
 * | part (weight)              | input                                        | table (value → score)                                     |
 * |----------------------------|----------------------------------------------|-----------------------------------------------------------|
 * | stickiness (3)             | DAU / MAU (MAU 0 = no usage = ratio 0)        | 0→0, 0.1→20, 0.2→40, 0.3→55, 0.4→70, 0.6→85, 0.8→100      |
 * | feature coverage (1)       | featuresUsed / featuresAvailable             | 0→10, 0.2→30, 0.4→50, 0.6→70, 0.8→85, 1→100               |
 * | core-action frequency (1)  | core actions last 30 d vs previous 30 d, %   | -75→0, -50→15, -25→35, -10→50, 0→60, 20→75, 50→90         |
 *
 * Core-action frequency is read as its 30-day change, not per active user:
 * dividing by active users would make more active users lower the score. No
 * core actions at all in the window scores the table's floor (-100%); actions
 * now after none before score its top; actions with no earlier window to
 * compare are not scored (the floor is 0, so dropping that part never lowers
 * the blend).
 *
 * Red flag (cap): no login for 30+ days → 30 (the < 20% band: nobody uses it).
 */
import { z } from 'zod';
import { fmtNum, fmtPct, interpolate, pctChange } from '../../scale';
import { Rubric, limit, table, trendOf, type DimensionScorer } from '../rubric';

const Params = z.object({
  stickiness: table([[0, 0], [0.1, 20], [0.2, 40], [0.3, 55], [0.4, 70], [0.6, 85], [0.8, 100]]),
  featureCoverage: table([[0, 10], [0.2, 30], [0.4, 50], [0.6, 70], [0.8, 85], [1, 100]]),
  coreActionsChangePct: table([[-75, 0], [-50, 15], [-25, 35], [-10, 50], [0, 60], [20, 75], [50, 90]]),
  stickinessWeight: limit(3),
  featureCoverageWeight: limit(1),
  coreActionsWeight: limit(1),
  inactiveDaysRedFlag: limit(30),
  inactiveCap: limit(30),
  trendThresholdPct: limit(10),
});
type Params = z.infer<typeof Params>;

/**
 * The % change of a 30-day count against the 30 days before, read so that more
 * activity now never scores lower: nothing in either window is -100; activity
 * now after none before is +Infinity (the table's top); with no earlier window
 * only "nothing now" (-100) is a reading, anything else is null (not scored).
 */
export function windowChangePct(w: { last30?: number | undefined; prev30?: number | undefined } | undefined): number | null {
  if (w?.last30 === undefined) return null;
  if (w.prev30 === undefined) return w.last30 === 0 ? -100 : null;
  if (w.prev30 === 0) return w.last30 === 0 ? -100 : Infinity;
  return pctChange(w.last30, w.prev30);
}

/** "1,200 in the last 30 days, down 20% from 1,500 the 30 days before". */
export function describeWindow(w: { last30?: number | undefined; prev30?: number | undefined }, what: string): string {
  const now = `${fmtNum(w.last30 ?? 0)} ${what} in the last 30 days`;
  if (w.prev30 === undefined) return now;
  if (w.prev30 === 0) return `${now}, none the 30 days before`;
  const change = pctChange(w.last30 ?? 0, w.prev30)!;
  const dir = Math.round(change) === 0 ? 'unchanged from' : `${change < 0 ? 'down' : 'up'} ${fmtPct(change)} from`;
  return `${now}, ${dir} ${fmtNum(w.prev30)} the 30 days before`;
}

export const productUsage: DimensionScorer<Params> = {
  id: 'engine5.product_usage',
  params: Params,
  missing: 'product analytics: DAU and MAU, features used of features available, core-action counts',
  score(ctx, p) {
    const usage = ctx.snapshot.usage;
    const r = new Rubric();

    if (usage?.mau !== undefined && (usage.mau === 0 || usage.dau !== undefined)) {
      const ratio = usage.mau === 0 ? 0 : Math.min(1, (usage.dau ?? 0) / usage.mau);
      const text = usage.mau === 0
        ? 'DAU/MAU 0%: no monthly active users'
        : `DAU/MAU ${fmtPct(ratio * 100)} (${fmtNum(usage.dau ?? 0)} daily of ${fmtNum(usage.mau)} monthly active users)`;
      r.part(interpolate(ratio, p.stickiness), p.stickinessWeight, text);
    }

    if (usage?.featuresUsed !== undefined && usage.featuresAvailable !== undefined && usage.featuresAvailable > 0) {
      const coverage = Math.min(1, usage.featuresUsed / usage.featuresAvailable);
      r.part(interpolate(coverage, p.featureCoverage), p.featureCoverageWeight,
        `${fmtNum(usage.featuresUsed)} of ${fmtNum(usage.featuresAvailable)} features used (${fmtPct(coverage * 100)} coverage)`);
    }

    const coreChange = windowChangePct(usage?.coreActions);
    if (coreChange !== null) {
      r.part(interpolate(coreChange, p.coreActionsChangePct), p.coreActionsWeight, describeWindow(usage!.coreActions!, 'core actions'));
    }

    if (usage?.daysSinceLastLogin !== undefined && usage.daysSinceLastLogin >= p.inactiveDaysRedFlag) {
      r.redFlag(p.inactiveCap, `no login for ${fmtNum(usage.daysSinceLastLogin)} days`);
    }

    const active = usage?.activeUsers;
    const activeChange = active?.now !== undefined && active.d30 !== undefined ? pctChange(active.now, active.d30) : null;
    return r.result(ctx, trendOf(activeChange ?? coreChange, p.trendThresholdPct));
  },
};
