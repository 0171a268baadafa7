/**
 * Tier hysteresis: a score wobbling around a cut-off must not flap a company
 * between tiers (and fire tier-change workflows) on every run.
 *
 * The rule: a company leaves the tier it holds now only when its score moves
 * at least `band` points past that tier's edge. Inside the band it keeps its
 * tier (and the prediction that goes with it); the score itself is never
 * touched. With the default cut-offs 80/60/40 and a band of 3:
 *
 * | tier held now | stays while the score is | moves down when  | moves up when |
 * |---------------|--------------------------|------------------|---------------|
 * | thriving      | 77-100                   | ≤ 76             | —             |
 * | healthy       | 57-82                    | ≤ 56             | ≥ 83          |
 * | at_risk       | 37-62                    | ≤ 36             | ≥ 63          |
 * | critical      | 0-42                     | —                | ≥ 43          |
 *
 * No hysteresis when:
 * - there is no tier held now (first scoring, or an unknown value): the plain cut-offs decide;
 * - a CSM override is in force: the CSM's score is a decision, shown as it is;
 * - the score jumps past the band: the plain cut-offs decide (e.g. thriving → 30 is critical).
 */
import type { HealthAssessment, Tier } from './contract';
import type { CompiledModel } from './model';
import { predictionOf } from './tiers';

/** Points past a tier's edge a score must move before the tier changes. */
export const TIER_HYSTERESIS_POINTS = 3;

const TIERS: readonly Tier[] = ['critical', 'at_risk', 'healthy', 'thriving'];

const isTier = (v: string | null | undefined): v is Tier => typeof v === 'string' && (TIERS as readonly string[]).includes(v.trim());

/** The score range [lo, hi] a tier covers under the plain cut-offs. */
function rangeOf(tier: Tier, cutoffs: CompiledModel['tiers']): { lo: number; hi: number } {
  switch (tier) {
    case 'thriving': return { lo: cutoffs.thriving, hi: 100 };
    case 'healthy': return { lo: cutoffs.healthy, hi: cutoffs.thriving - 1 };
    case 'at_risk': return { lo: cutoffs.atRisk, hi: cutoffs.healthy - 1 };
    case 'critical': return { lo: 0, hi: cutoffs.atRisk - 1 };
  }
}

/** The tier a company should show: its current one while the score stays within `band` of it, else the plain tier. */
export function heldTier(score: number, plainTier: Tier, currentTier: string | null | undefined, cutoffs: CompiledModel['tiers'], band = TIER_HYSTERESIS_POINTS): Tier {
  if (!isTier(currentTier) || band <= 0) return plainTier;
  const held = currentTier.trim() as Tier;
  if (held === plainTier) return plainTier;
  const { lo, hi } = rangeOf(held, cutoffs);
  return score >= lo - band && score <= hi + band ? held : plainTier;
}

/** The assessment with hysteresis applied to its tier and prediction (the same object when nothing changes). */
export function applyTierHysteresis(
  assessment: HealthAssessment, currentTier: string | null | undefined, cutoffs: CompiledModel['tiers'], band = TIER_HYSTERESIS_POINTS,
): HealthAssessment {
  if (assessment.override) return assessment;
  const tier = heldTier(assessment.score, assessment.tier, currentTier, cutoffs, band);
  if (tier === assessment.tier) return assessment;
  return { ...assessment, tier, prediction: predictionOf(tier) };
}
