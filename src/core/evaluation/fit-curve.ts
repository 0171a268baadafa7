/**
 * Fitting the risk curve to outcomes: isotonic (monotone non-increasing)
 * least-squares regression of observed churn on the score, by pool-adjacent-
 * violators over the 101 whole scores.
 *
 * The core's renewal risk is curve(score) + signal uplift, so each record's
 * target is 100·churned − its uplift points (the cap on uplift is ignored).
 * The base model's curve enters as `priorRecords` pseudo-records spread evenly
 * over the scores (default 10): it fills scores with no data and keeps a small
 * portfolio from producing a staircase. The step function is written as the
 * model file's `[score, risk]` points through the middle of each step, plus
 * the ends at scores 0 and 100, so risk falls smoothly and never rises.
 */
import { interpolate, type Table } from '../scale';

export interface CurveFitInput {
  scores: ReadonlyArray<number>;
  churned: ReadonlyArray<boolean>;
  uplift: ReadonlyArray<number>;
  prior: Table;
  priorRecords: number;
}

type Point = [number, number];

/** PAVA for a non-increasing fit: blocks of [from, to] scores with their pooled value. */
function poolAdjacentViolators(values: ReadonlyArray<number>, weights: ReadonlyArray<number>): Array<{ from: number; to: number; value: number; weight: number }> {
  const blocks: Array<{ from: number; to: number; value: number; weight: number }> = [];
  values.forEach((value, i) => {
    blocks.push({ from: i, to: i, value, weight: weights[i]! });
    while (blocks.length > 1) {
      const last = blocks[blocks.length - 1]!;
      const prev = blocks[blocks.length - 2]!;
      if (prev.value >= last.value) break;
      const weight = prev.weight + last.weight;
      blocks.splice(blocks.length - 2, 2, { from: prev.from, to: last.to, weight, value: (prev.value * prev.weight + last.value * last.weight) / weight });
    }
  });
  return blocks;
}

const oneDecimal = (v: number): number => Math.round(Math.min(100, Math.max(0, v)) * 10) / 10;

export function fitRiskCurve(input: CurveFitInput): Point[] {
  const sum = new Array<number>(101).fill(0);
  const weight = new Array<number>(101).fill(0);
  const pseudo = input.priorRecords / 101;
  for (let s = 0; s <= 100; s++) {
    sum[s] = pseudo * interpolate(s, input.prior);
    weight[s] = pseudo;
  }
  input.scores.forEach((score, i) => {
    const s = Math.min(100, Math.max(0, Math.round(score)));
    sum[s]! += (input.churned[i] ? 100 : 0) - input.uplift[i]!;
    weight[s]! += 1;
  });
  const blocks = poolAdjacentViolators(sum.map((t, s) => (weight[s]! > 0 ? t / weight[s]! : 0)), weight);
  const points: Point[] = [[0, oneDecimal(blocks[0]!.value)]];
  for (const b of blocks) {
    const mid = (b.from + b.to) / 2;
    if (mid > 0 && mid < 100) points.push([mid, oneDecimal(b.value)]);
  }
  points.push([100, oneDecimal(blocks[blocks.length - 1]!.value)]);
  return withoutCollinear(points);
}

/** Drops points that lie on the line through their neighbours: the same curve, a shorter file. */
function withoutCollinear(points: Point[]): Point[] {
  const out: Point[] = [points[0]!];
  for (let i = 1; i < points.length - 1; i++) {
    const [x0, y0] = out[out.length - 1]!;
    const [x1, y1] = points[i]!;
    const [x2, y2] = points[i + 1]!;
    if (Math.abs((y1 - y0) * (x2 - x1) - (y2 - y1) * (x1 - x0)) > 1e-9) out.push(points[i]!);
  }
  out.push(points[points.length - 1]!);
  return out;
}
