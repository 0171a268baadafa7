/**
 * Percentile bootstrap confidence intervals. A resample draws n records with
 * replacement (as a count per record, so metrics run in one pass over the data
 * already sorted by risk); the interval is the (1−level)/2 and 1−(1−level)/2
 * quantiles of the metric over the resamples (linear interpolation between
 * order statistics). Resamples on which the metric is undefined (e.g. no
 * churned account drawn) are dropped and the count actually used is reported.
 * Seeded: the same seed and data give the same interval.
 */
import { seededRandom } from './prng';
import type { Weights } from './metrics';

export interface BootstrapOptions {
  resamples: number;
  seed: number;
  /** Coverage of the interval, e.g. 0.95. */
  level: number;
}

export interface Interval {
  low: number;
  high: number;
  /** Resamples on which the metric was defined. */
  resamples: number;
}

export type Statistic = (weights: Weights) => number | null;

export function quantile(sortedValues: ReadonlyArray<number>, q: number): number {
  const n = sortedValues.length;
  if (n === 0) return NaN;
  const pos = (n - 1) * Math.min(1, Math.max(0, q));
  const lo = Math.floor(pos);
  const hi = Math.min(n - 1, lo + 1);
  return sortedValues[lo]! + (pos - lo) * (sortedValues[hi]! - sortedValues[lo]!);
}

function intervalOf(values: number[], level: number): Interval | null {
  if (values.length === 0) return null;
  values.sort((a, b) => a - b);
  const tail = (1 - level) / 2;
  return { low: quantile(values, tail), high: quantile(values, 1 - tail), resamples: values.length };
}

/**
 * Intervals for several statistics over the same resamples (one counts buffer,
 * reused: memory stays O(n) whatever the number of resamples).
 */
export function bootstrapIntervals<K extends string>(n: number, statistics: Record<K, Statistic>, opts: BootstrapOptions): Record<K, Interval | null> {
  const keys = Object.keys(statistics) as K[];
  const values = new Map<K, number[]>(keys.map((k) => [k, []]));
  const random = seededRandom(opts.seed);
  const counts = new Uint32Array(n);
  for (let r = 0; r < opts.resamples && n > 0; r++) {
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[Math.floor(random() * n)]! += 1;
    for (const k of keys) {
      const v = statistics[k](counts);
      if (v !== null && Number.isFinite(v)) values.get(k)!.push(v);
    }
  }
  return Object.fromEntries(keys.map((k) => [k, intervalOf(values.get(k)!, opts.level)])) as Record<K, Interval | null>;
}

export function bootstrapInterval(n: number, statistic: Statistic, opts: BootstrapOptions): Interval | null {
  return bootstrapIntervals(n, { value: statistic }, opts).value;
}
