/**
 * What calibration needs of each labeled record, computed once with the base
 * model: the dimension scores (a gap scores 50, the core's own rule), an active
 * CSM override, and the churn signals. None of these depends on the weights or
 * the risk curve, so a candidate model is re-scored with the core's own
 * formula — round(Σ weight × score ÷ Σ weight), the override in force if any,
 * tier from the cut-offs, renewal risk from the curve plus signal uplift — and
 * gives exactly what assess() would with that model (a test holds it to that).
 */
import { assess } from '../assess';
import type { ChurnSignal, Segment, Tier } from '../contract';
import type { CompiledModel } from '../model';
import { renewalRiskOf, tierOf } from '../tiers';
import type { LabeledInput } from './outcomes';

export interface RecordFeatures {
  record: LabeledInput;
  segment: Segment | undefined;
  /** Dimension scores in the model's dimension order; a gap scores 50. */
  scores: number[];
  /** An active override replaces the computed score (and makes the weights irrelevant). */
  overrideScore: number | undefined;
  churn: ReadonlyArray<ChurnSignal>;
  churned: boolean;
}

export function extractFeatures(records: ReadonlyArray<LabeledInput>, model: CompiledModel): RecordFeatures[] {
  return records.map((record) => {
    const a = assess(record.snapshot, model);
    return {
      record,
      segment: record.snapshot.segment,
      scores: a.dimensions.map((d) => d.score ?? 50),
      overrideScore: a.override?.score,
      churn: a.signals.churn,
      churned: !record.outcome.renewed,
    };
  });
}

/** The composite score from dimension scores, in the same order of operations as assess(). */
export function compositeScore(scores: ReadonlyArray<number>, weights: ReadonlyArray<number>): number {
  let total = 0;
  let sum = 0;
  for (let d = 0; d < scores.length; d++) {
    total += weights[d]! * scores[d]!;
    sum += weights[d]!;
  }
  return Math.round(sum > 0 ? total / sum : 50);
}

export interface Rescored {
  score: number;
  tier: Tier;
  risk: number;
}

export type RiskModel = Pick<CompiledModel, 'riskCurve' | 'signalUplift' | 'tiers'>;

export function rescore(f: RecordFeatures, weights: ReadonlyArray<number>, model: RiskModel): Rescored {
  const score = f.overrideScore ?? compositeScore(f.scores, weights);
  return { score, tier: tierOf(score, model.tiers), risk: renewalRiskOf(score, f.churn, model) };
}

/** Points of renewal risk the record's churn signals add on top of the curve (before the cap). */
export function signalUpliftOf(f: RecordFeatures, model: Pick<CompiledModel, 'signalUplift'>): number {
  let uplift = 0;
  for (const s of f.churn) uplift += s.severity === 'high' ? model.signalUplift.high : model.signalUplift.medium;
  return uplift;
}
