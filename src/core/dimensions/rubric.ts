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
import { blend, clamp, type Part, type Table } from '../scale';

export interface DimensionResult {
  score: number | null;
  trend: Trend | null;
  evidence: string[];
  inferred?: boolean;
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
  private readonly parts: Part[] = [];
  private cap = 100;
  private bonus = 0;
  private hasFlag = false;
  readonly evidence: string[] = [];

  /** A scored part of the rubric, with the evidence that produced it. */
  part(score: number, weight: number, evidence: string): this {
    this.parts.push({ score: clamp(score), weight });
    this.evidence.push(evidence);
    return this;
  }

  /** A red flag: the dimension cannot score above `max`. */
  redFlag(max: number, evidence: string): this {
    this.cap = Math.min(this.cap, max);
    this.hasFlag = true;
    this.evidence.push(`red flag: ${evidence}`);
    return this;
  }

  /** A green flag: adds `points` (still subject to red-flag caps). */
  greenFlag(points: number, evidence: string): this {
    this.bonus += points;
    this.hasFlag = true;
    this.evidence.push(`green flag: ${evidence}`);
    return this;
  }

  note(evidence: string): this {
    this.evidence.push(evidence);
    return this;
  }

  get hasData(): boolean {
    return this.parts.length > 0 || this.hasFlag;
  }

  /** The final 0-100 integer, or null when nothing was scored. */
  result(ctx: ScoringContext, trend: Trend | null, opts: { base?: number; inferred?: boolean } = {}): DimensionResult {
    if (!this.hasData) return { score: null, trend: null, evidence: this.evidence };
    const blended = blend(this.parts, ctx.conservatism) ?? opts.base ?? 50;
    const score = Math.round(clamp(Math.min(this.cap, blended + this.bonus)));
    return { score, trend, evidence: this.evidence, ...(opts.inferred ? { inferred: true } : {}) };
  }
}

/** "red flag: x" / "green flag: x" → "x", for sentences that quote the fact. */
export function stripFlag(e: string | undefined): string | undefined {
  if (e === undefined) return undefined;
  if (e.startsWith('red flag: ')) return e.slice(10);
  if (e.startsWith('green flag: ')) return e.slice(12);
  return e;
}

/** up / down when the change passes ±`threshold` percent, flat otherwise. */
export function trendOf(changePct: number | null, threshold = 5): Trend | null {
  if (changePct === null) return null;
  return changePct >= threshold ? 'up' : changePct <= -threshold ? 'down' : 'flat';
}
