/**
 * Tier and prediction category from the score in force (seed 002 thresholds;
 * seed 000 tier names), and the renewal risk curve.
 *
 * | score  | tier (seed 000) | prediction (seed 002) |
 * |--------|-----------------|-----------------------|
 * | 80-100 | thriving        | likely_to_renew       |
 * | 60-79  | healthy         | monitor               |
 * | 40-59  | at_risk         | at_risk               |
 * | 0-39   | critical        | likely_to_churn       |
 */
import type { ChurnSignal, Prediction, Tier } from './contract';
import type { CompiledModel } from './model';
import { interpolate } from './scale';

export function tierOf(score: number, cutoffs: CompiledModel['tiers']): Tier {
  if (score >= cutoffs.thriving) return 'thriving';
  if (score >= cutoffs.healthy) return 'healthy';
  if (score >= cutoffs.atRisk) return 'at_risk';
  return 'critical';
}

const PREDICTION: Record<Tier, Prediction> = {
  thriving: 'likely_to_renew',
  healthy: 'monitor',
  at_risk: 'at_risk',
  critical: 'likely_to_churn',
};

export function predictionOf(tier: Tier): Prediction {
  return PREDICTION[tier];
}

/**
 * % chance of not renewing: the model's monotone curve of the score, raised by
 * each active churn signal (high-severity compound signals most), capped.
 * For fixed signals it never rises as the score rises.
 */
export function renewalRiskOf(score: number, churn: ReadonlyArray<ChurnSignal>, model: Pick<CompiledModel, 'riskCurve' | 'signalUplift'>): number {
  const base = interpolate(score, model.riskCurve);
  let uplift = 0;
  for (const s of churn) uplift += s.severity === 'high' ? model.signalUplift.high : model.signalUplift.medium;
  const raised = uplift > 0 ? Math.max(base, Math.min(model.signalUplift.max, base + uplift)) : base;
  return Math.round(Math.min(100, Math.max(0, raised)));
}
