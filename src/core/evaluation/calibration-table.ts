/**
 * Calibration table: predicted renewal risk against observed churn by decile of
 * predicted risk. Records are ordered by risk (lowest first; ties keep input
 * order) and cut into ten groups of (nearly) equal count, so decile 10 holds the
 * riskiest tenth. A calibrated model's mean predicted risk matches each
 * decile's observed churn rate. With fewer than ten records some deciles are
 * empty and left out.
 */
import type { Observation } from './metrics';

export interface CalibrationRow {
  decile: number;
  count: number;
  churned: number;
  minRisk: number;
  maxRisk: number;
  /** Mean predicted renewal risk, % (0-100). */
  meanPredicted: number;
  /** Observed churn rate, % (0-100). */
  observed: number;
}

export function calibrationTable(obs: ReadonlyArray<Observation>, bins = 10): CalibrationRow[] {
  const sorted = obs.map((o, i) => ({ o, i })).sort((a, b) => a.o.risk - b.o.risk || a.i - b.i).map((x) => x.o);
  const n = sorted.length;
  const rows: CalibrationRow[] = [];
  for (let b = 0; b < bins; b++) {
    const part = sorted.slice(Math.floor((b * n) / bins), Math.floor(((b + 1) * n) / bins));
    if (part.length === 0) continue;
    const churned = part.filter((o) => o.churned).length;
    rows.push({
      decile: b + 1,
      count: part.length,
      churned,
      minRisk: part[0]!.risk,
      maxRisk: part[part.length - 1]!.risk,
      meanPredicted: part.reduce((s, o) => s + o.risk, 0) / part.length,
      observed: (100 * churned) / part.length,
    });
  }
  return rows;
}

/** Brier score of the predicted risk as a probability (0 = perfect; lower is better). */
export function brierScore(obs: ReadonlyArray<Observation>): number | null {
  if (obs.length === 0) return null;
  return obs.reduce((s, o) => s + (o.risk / 100 - (o.churned ? 1 : 0)) ** 2, 0) / obs.length;
}
