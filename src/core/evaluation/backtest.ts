/**
 * Backtest: how well a model's renewal risk, computed from snapshots taken
 * before each renewal, predicted the churn that followed. Pure: records and
 * model in, report out (the caller loads files or HubSpot history).
 *
 * | metric                   | definition                                                                                      |
 * |--------------------------|-------------------------------------------------------------------------------------------------|
 * | auc                      | ROC AUC of renewal risk for churned vs renewed (0.5 = random, 1 = perfect ranking)              |
 * | prAuc                    | average precision of renewal risk for churned (baseline = the churn rate)                       |
 * | topDecileLift            | churn rate of the riskiest 10% ÷ overall churn rate                                              |
 * | earlyWarningArrShare     | churned ARR whose snapshot was at_risk/critical ≥ leadDays (60) before renewal ÷ all churned ARR |
 * | falseAlarmRate           | renewed accounts among those flagged at_risk/critical ÷ all flagged (1 − precision of the flag) |
 *
 * Each comes with a percentile bootstrap interval over the same seeded resamples.
 */
import type { CompiledModel } from '../model';
import { bootstrapIntervals, type Interval } from './bootstrap';
import { brierScore, calibrationTable, type CalibrationRow } from './calibration-table';
import { aucSorted, averagePrecisionSorted, byRiskDescending, topDecileLiftSorted, type Weights } from './metrics';
import { scoreOutcomes, type LabeledInput, type ScoredOutcome } from './outcomes';

export interface BacktestOptions {
  resamples: number;
  seed: number;
  level: number;
  /** Minimum warning time for earlyWarningArrShare, days. */
  leadDays: number;
}

export const DEFAULT_BACKTEST: BacktestOptions = { resamples: 1000, seed: 1, level: 0.95, leadDays: 60 };

export interface Estimate {
  value: number | null;
  interval: Interval | null;
}

export const METRIC_KEYS = ['auc', 'prAuc', 'topDecileLift', 'earlyWarningArrShare', 'falseAlarmRate'] as const;
export type MetricKey = (typeof METRIC_KEYS)[number];

export interface BacktestReport {
  model: string;
  records: number;
  churned: number;
  renewed: number;
  churnRate: number;
  options: BacktestOptions;
  metrics: Record<MetricKey, Estimate>;
  brier: number | null;
  calibration: CalibrationRow[];
}

export function earlyWarningArrShare(sorted: ReadonlyArray<ScoredOutcome>, w: Weights, leadDays: number): number | null {
  let early = 0;
  let all = 0;
  sorted.forEach((o, i) => {
    if (!o.churned) return;
    all += w[i]! * o.arr;
    if (o.flagged && o.leadDays >= leadDays) early += w[i]! * o.arr;
  });
  return all > 0 ? early / all : null;
}

export function falseAlarmRate(sorted: ReadonlyArray<ScoredOutcome>, w: Weights): number | null {
  let flagged = 0;
  let renewed = 0;
  sorted.forEach((o, i) => {
    if (!o.flagged) return;
    flagged += w[i]!;
    if (!o.churned) renewed += w[i]!;
  });
  return flagged > 0 ? renewed / flagged : null;
}

export function backtestOutcomes(outcomes: ReadonlyArray<ScoredOutcome>, model: string, options: Partial<BacktestOptions> = {}): BacktestReport {
  const opts = { ...DEFAULT_BACKTEST, ...options };
  const sorted = byRiskDescending(outcomes);
  const statistics: Record<MetricKey, (w: Weights) => number | null> = {
    auc: (w) => aucSorted(sorted, w),
    prAuc: (w) => averagePrecisionSorted(sorted, w),
    topDecileLift: (w) => topDecileLiftSorted(sorted, w),
    earlyWarningArrShare: (w) => earlyWarningArrShare(sorted, w, opts.leadDays),
    falseAlarmRate: (w) => falseAlarmRate(sorted, w),
  };
  const ones = new Float64Array(sorted.length).fill(1);
  const intervals = bootstrapIntervals(sorted.length, statistics, opts);
  const metrics = Object.fromEntries(METRIC_KEYS.map((k) => [k, { value: statistics[k](ones), interval: intervals[k] }])) as Record<MetricKey, Estimate>;
  const churned = outcomes.filter((o) => o.churned).length;
  return {
    model,
    records: outcomes.length,
    churned,
    renewed: outcomes.length - churned,
    churnRate: outcomes.length > 0 ? churned / outcomes.length : 0,
    options: opts,
    metrics,
    brier: brierScore(outcomes),
    calibration: calibrationTable(outcomes),
  };
}

export function backtest(records: ReadonlyArray<LabeledInput>, model: CompiledModel, options: Partial<BacktestOptions> = {}): BacktestReport {
  return backtestOutcomes(scoreOutcomes(records, model), model.ref, options);
}
