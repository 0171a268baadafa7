/**
 * The shape every dimension scorer shares, and the accumulator that turns a
 * rubric's parts, red flags (caps) and green flags (bonuses) into a score.
 *
 * Score = min(every red-flag cap, blend(parts) + green-flag bonuses), rounded.
 * A dimension with no parts and no flags has no data: score null, a gap.
 */
import { z } from 'zod';
import type { Trend } from '../contract';
import type { ScoringContext } from '../context';
import { blendTotals, clamp, type Table } from '../scale';
import type { Quotes } from './quotes';

export interface DimensionResult {
  score: number | null;
  trend: Trend | null;
  evidence: string[];
  inferred?: boolean;
  /** The lines drivers and plays quote, noted while scoring (see quotes.ts). */
  quotes?: Quotes;
}

export interface DimensionScorer<P> {
  /** Stable id used in model files, e.g. `renewal7.engagement`. */
  readonly id: string;
  /** Threshold tables and limits, all with defaults (the documented rubric). */
  readonly params: z.ZodType<P>;
  /** For a gap: the data a CSM or admin should connect to score this dimension. */
  readonly missing: string;
  score(ctx: ScoringContext, params: P): DimensionResult;
}

/** A threshold table: `[value, score]` points with ascending values and scores in 0-100. */
export const TableSchema = z
  .array(z.tuple([z.number(), z.number().min(0).max(100)]))
  .min(2)
  .refine((t) => t.every((p, i) => i === 0 || p[0] >= t[i - 1]![0]), { error: 'table values must ascend' });

export const table = (defaults: Table) => TableSchema.default(defaults.map(([x, y]) => [x, y] as [number, number]));
export const limit = (d: number) => z.number().default(d);

export class Rubric {
  // The blend's running totals (see blend): no list of parts to allocate and walk.
  private parts = 0;
  private sum = 0;
  private weights = 0;
  private lowest = Infinity;
  private cap = 100;
  private bonus = 0;
  private hasFlag = false;
  private readonly quotes: Quotes = { red: undefined, green: undefined, first: undefined, firstNotRed: undefined };
  readonly evidence: string[] = [];

  /** A scored part of the rubric, with the evidence that produced it. */
  part(score: number, weight: number, evidence: string): this {
    const clamped = clamp(score);
    this.parts += 1;
    this.sum += clamped * weight;
    this.weights += weight;
    if (clamped < this.lowest) this.lowest = clamped;
    return this.line(evidence);
  }

  /** A red flag: the dimension cannot score above `max`. */
  redFlag(max: number, evidence: string): this {
    this.cap = Math.min(this.cap, max);
    this.hasFlag = true;
    if (this.evidence.length === 0) this.quotes.first = evidence;
    this.quotes.red ??= evidence;
    this.evidence.push(`red flag: ${evidence}`);
    return this;
  }

  /** A green flag: adds `points` (still subject to red-flag caps). */
  greenFlag(points: number, evidence: string): this {
    this.bonus += points;
    this.hasFlag = true;
    if (this.evidence.length === 0) this.quotes.first = evidence;
    this.quotes.green ??= evidence;
    this.quotes.firstNotRed ??= evidence;
    this.evidence.push(`green flag: ${evidence}`);
    return this;
  }

  note(evidence: string): this {
    return this.line(evidence);
  }

  /** A part's or a note's line (never flag-prefixed). */
  private line(evidence: string): this {
    if (this.evidence.length === 0) this.quotes.first = evidence;
    this.quotes.firstNotRed ??= evidence;
    this.evidence.push(evidence);
    return this;
  }

  get hasData(): boolean {
    return this.parts > 0 || this.hasFlag;
  }

  /** The final 0-100 integer, or null when nothing was scored. */
  result(ctx: ScoringContext, trend: Trend | null, opts?: { base?: number; inferred?: boolean }): DimensionResult {
    if (!this.hasData) return new RubricResult(null, null, this.evidence, this.quotes);
    const blended = this.parts > 0 ? blendTotals(this.sum, this.weights, this.lowest, ctx.conservatism) : opts?.base ?? 50;
    const score = Math.round(clamp(Math.min(this.cap, blended + this.bonus)));
    const result = new RubricResult(score, trend, this.evidence, this.quotes);
    if (opts?.inferred) result.inferred = true;
    return result;
  }
}

/** A scorer's result as a Rubric builds it: the quotes it noted ride along, off the result's own keys. */
class RubricResult implements DimensionResult {
  declare inferred?: boolean;
  readonly #quotes: Quotes;

  constructor(public score: number | null, public trend: Trend | null, public evidence: string[], quotes: Quotes) {
    this.#quotes = quotes;
  }

  get quotes(): Quotes {
    return this.#quotes;
  }
}

/** up / down when the change passes ±`threshold` percent, flat otherwise. */
export function trendOf(changePct: number | null, threshold = 5): Trend | null {
  if (changePct === null) return null;
  return changePct >= threshold ? 'up' : changePct <= -threshold ? 'down' : 'flat';
}
