/**
 * Scoring one dimension of a model for a snapshot, including the multi-product
 * edge case (seed 002: "score each product relationship separately, then roll
 * up to an account-level composite; note which product line carries the most
 * risk"): a per-product dimension is scored on each product line's usage and
 * rolled up weighted by the line's ARR (equal weights when ARR is unknown).
 */
import type { DimensionAssessment } from './contract';
import { makeContext, type ScoringContext } from './context';
import { quotesOf, type Quotes } from './dimensions/quotes';
import type { DimensionResult } from './dimensions/rubric';
import type { CompiledDimension } from './model';
import { round } from './scale';

function perProduct(dim: CompiledDimension, ctx: ScoringContext): (DimensionResult & { riskiest?: string }) | null {
  const products = ctx.snapshot.products;
  if (!dim.perProduct || !products || products.length === 0) return null;
  const scored = products
    .map((p) => ({ p, r: dim.scorer.score(makeContext({ ...ctx.snapshot, usage: p.usage }, ctx.conservatism), dim.params) }))
    .filter((x) => x.r.score !== null);
  if (scored.length === 0) return { score: null, trend: null, evidence: [] };
  const weightOf = (arr: number | undefined) => (arr !== undefined && arr > 0 ? arr : 1);
  const useArr = scored.every((x) => x.p.arr !== undefined && x.p.arr > 0);
  let sum = 0;
  let weights = 0;
  for (const { p, r } of scored) {
    const w = useArr ? weightOf(p.arr) : 1;
    sum += (r.score as number) * w;
    weights += w;
  }
  const riskiest = [...scored].sort((a, b) => (a.r.score as number) - (b.r.score as number))[0]!;
  const evidence = scored.flatMap(({ p, r }) => [`${p.name}: ${r.score}/100`, ...r.evidence.map((e) => `${p.name}: ${e}`)]);
  if (scored.length > 1) evidence.unshift(`rolled up from ${scored.length} product lines${useArr ? ' by ARR' : ''}; ${riskiest.p.name} carries the most risk (${riskiest.r.score}/100)`);
  const trends = scored.map((x) => x.r.trend);
  const trend = trends.includes('down') ? 'down' : trends.includes('up') && !trends.includes('flat') ? 'up' : trends.find((t) => t !== null) ?? null;
  return { score: Math.round(sum / weights), trend, evidence, riskiest: scored.length > 1 ? riskiest.p.name : undefined };
}

export interface ScoredDimension {
  dimension: DimensionAssessment;
  /** Multi-product: the product line carrying the most risk (for the notes). */
  riskiestProduct: string | undefined;
  /** The lines drivers and plays quote from the evidence. */
  quotes: Quotes;
}

export function scoreDimension(dim: CompiledDimension, ctx: ScoringContext): ScoredDimension {
  const multi = perProduct(dim, ctx);
  const r = multi ?? dim.scorer.score(ctx, dim.params);
  const gap = r.score === null;
  // Optional fields are added in place, in contract order (spreads were a measurable cost).
  const dimension: DimensionAssessment = {
    key: dim.key,
    label: dim.label,
    weight: dim.weight,
    score: r.score,
    weighted: round((dim.weight * (r.score ?? 50)) / 100, 1),
    trend: gap ? null : r.trend,
    dataGap: gap,
    evidence: gap ? [`no data: scored neutral (50) and flagged as a gap — connect ${dim.scorer.missing}`] : r.evidence,
  };
  if (r.inferred) dimension.inferred = true;
  if (gap) dimension.missing = dim.scorer.missing;
  // A scorer's Rubric noted its quotes; gap and per-product lines are read.
  const quotes = !gap && !multi && r.quotes ? r.quotes : quotesOf(dimension.evidence);
  return { dimension, riskiestProduct: multi?.riskiest, quotes };
}
