/**
 * Feature Adoption (renewal-7, 20%) — how much of the product the client uses
 * relative to what it bought: breadth, recent features, integrations and seats
 * (seed 002, dimension 3).
 *
 * | part (weight)          | input                                    | table (value → score)                                   |
 * |------------------------|------------------------------------------|---------------------------------------------------------|
 * | feature breadth (3)    | featuresUsed ÷ featuresAvailable         | 0→0, 0.1→20, 0.2→30, 0.4→50, 0.6→70, 0.8→90, 1→100      |
 * | new features (2)       | features adopted in the last 180 days    | 0→30, 1→65, 2→80, 4→95                                  |
 * | integrations (1)       | integrations active                      | 0→30, 1→65, 2→80, 4→95                                  |
 * | seat utilisation (2)   | seatsActive ÷ seatsPurchased             | 0→5, 0.25→30, 0.5→55, 0.75→80, 0.9→95                   |
 *
 * The breadth table follows the seed's bands: 80%+ of purchased features → 90+,
 * 60-79% → 70-89, 40-59% → 50-69, under 40% → below 50.
 *
 * Red flags (caps): a single feature or module in use (or none) on a plan with
 * more → 29, also when the catalogue size is unknown; no feature adopted
 * in the last 180 days → 69 (the 70-89 band requires trying a recent feature);
 * a single active seat on a multi-seat licence → 29.
 * Green flag (+5): the client asks for higher-tier or add-on capabilities
 * (long-term investment in the platform).
 * New clients (< 90 days): onboarding health stands in for adoption (seed 002
 * edge case): breadth is judged against a ramp (tenure ÷ 90, at least 0.34) and
 * the no-new-feature flag is not applied.
 * Trend: features adopted in 180 days ≥ 1 → up, 0 → down, unknown → null.
 */
import { z } from 'zod';
import { fmtNum, fmtPct, interpolate } from '../../scale';
import { Rubric, limit, table, type DimensionScorer } from '../rubric';

const Params = z.object({
  breadth: table([[0, 0], [0.1, 20], [0.2, 30], [0.4, 50], [0.6, 70], [0.8, 90], [1, 100]]),
  newFeatures: table([[0, 30], [1, 65], [2, 80], [4, 95]]),
  integrations: table([[0, 30], [1, 65], [2, 80], [4, 95]]),
  seatUtilisation: table([[0, 5], [0.25, 30], [0.5, 55], [0.75, 80], [0.9, 95]]),
  noNewFeatureCap: limit(69),
  minRamp: limit(0.34),
  onboardingDays: limit(90),
  greenFlagPoints: limit(5),
});
type Params = z.infer<typeof Params>;

export const adoption: DimensionScorer<Params> = {
  id: 'renewal7.adoption',
  params: Params,
  missing: 'feature usage (features used / available, features adopted in 180 days), active integrations and seats',
  score(ctx, p) {
    const u = ctx.snapshot.usage;
    const r = new Rubric();
    if (!u) return r.result(ctx, null);

    if (u.featuresUsed !== undefined && u.featuresAvailable !== undefined && u.featuresAvailable > 0) {
      const share = Math.min(1, u.featuresUsed / u.featuresAvailable);
      const ramp = ctx.newClient && ctx.tenureDays !== null ? Math.max(p.minRamp, Math.min(1, ctx.tenureDays / p.onboardingDays)) : 1;
      const judged = Math.min(1, share / ramp);
      const onboarding = ramp < 1 ? ` — judged against onboarding after ${ctx.tenureDays} days (${fmtPct(judged * 100)} of the expected ramp)` : '';
      r.part(interpolate(judged, p.breadth), 3, `${fmtNum(u.featuresUsed)} of ${fmtNum(u.featuresAvailable)} purchased features in use (${fmtPct(share * 100)})${onboarding}`);
    }
    // Only where there is more to use: one feature of a one-feature plan is full adoption, not a red flag.
    // A count of features used is evidence on its own, even when the catalogue size is unknown.
    if (u.featuresUsed !== undefined && u.featuresUsed <= 1 && (u.featuresAvailable === undefined || u.featuresAvailable > 1)) {
      r.redFlag(29, `${u.featuresUsed === 0 ? 'no feature' : 'only a single feature'} in use${u.featuresAvailable !== undefined ? ` of ${fmtNum(u.featuresAvailable)} purchased` : ''}`);
    }

    if (u.featuresAdoptedLast180d !== undefined) {
      const n = u.featuresAdoptedLast180d;
      r.part(interpolate(n, p.newFeatures), 2, `${n} new feature${n === 1 ? '' : 's'} adopted in the last 180 days`);
      if (n === 0 && !ctx.newClient) r.redFlag(p.noNewFeatureCap, 'no feature adopted in the last 6 months');
      if (n === 0 && ctx.newClient) r.note(`no new feature yet, not held against a new client (${ctx.tenureDays} days)`);
    }

    if (u.integrationsActive !== undefined) {
      r.part(interpolate(u.integrationsActive, p.integrations), 1, `${u.integrationsActive} active integration${u.integrationsActive === 1 ? '' : 's'}`);
    }

    if (u.seatsActive !== undefined && u.seatsPurchased !== undefined && u.seatsPurchased > 0) {
      const used = u.seatsActive / u.seatsPurchased;
      r.part(interpolate(used, p.seatUtilisation), 2, `${fmtNum(u.seatsActive)} of ${fmtNum(u.seatsPurchased)} seats active (${fmtPct(used * 100)})`);
      if (u.seatsActive <= 1 && u.seatsPurchased > 1) r.redFlag(29, `${u.seatsActive === 0 ? 'no active user' : 'a single active user'} on a ${fmtNum(u.seatsPurchased)}-seat licence`);
    }

    // Only on top of measured adoption: a request alone says nothing about how much is used.
    if (r.hasData && ctx.snapshot.flags?.adjacentFeatureRequest) r.greenFlag(p.greenFlagPoints, 'asked for higher-tier or add-on capabilities (long-term investment)');

    const trend = u.featuresAdoptedLast180d === undefined ? null : u.featuresAdoptedLast180d > 0 ? 'up' : 'down';
    return r.result(ctx, trend);
  },
};
