/**
 * assess(snapshot, model) → HealthAssessment: the one scoring core every part
 * of the product shares (CLI, scoring runs, app functions, backend).
 *
 * score dimensions → composite (gaps at 50) → override → tier, prediction →
 * signals → renewal risk → confidence → drivers → play → trajectory.
 */
import type { AccountSnapshot, DimensionAssessment, HealthAssessment } from './contract';
import { confidenceOf } from './confidence';
import { makeContext } from './context';
import { DAY_MS, toMs } from './dates';
import { scoreDimension, type ScoredDimension } from './dimension-scoring';
import { driversOf } from './drivers';
import type { CompiledModel } from './model';
import { choosePlay } from './plays';
import { fmtMoney } from './scale';
import { detectSignals } from './signals';
import { predictionOf, renewalRiskOf, tierOf } from './tiers';
import { trajectoryOf } from './trajectory';

function activeOverride(snapshot: AccountSnapshot, asOfMs: number, notes: string[]): HealthAssessment['override'] {
  const o = snapshot.override;
  if (!o) return undefined;
  if (o.expiresAt !== undefined && toMs(o.expiresAt) <= asOfMs) {
    notes.push(`CSM override of ${Math.round(o.score)} (${o.reason}) expired on ${o.expiresAt.slice(0, 10)}; the computed score is in force`);
    return undefined;
  }
  return { score: Math.round(o.score), reason: o.reason, ...(o.expiresAt && { expiresAt: o.expiresAt }), ...(o.by && { by: o.by }) };
}

function renewalOf(snapshot: AccountSnapshot, asOfMs: number, renewalRisk: number): HealthAssessment['renewal'] {
  const renewal: HealthAssessment['renewal'] = {};
  if (snapshot.renewalDate) {
    renewal.date = snapshot.renewalDate;
    renewal.daysUntil = Math.ceil((toMs(snapshot.renewalDate) - asOfMs) / DAY_MS);
  }
  if (snapshot.arr !== undefined) {
    renewal.arr = snapshot.arr;
    renewal.arrAtRisk = Math.round((snapshot.arr * renewalRisk) / 100);
  }
  return renewal;
}

function edgeCaseNotes(snapshot: AccountSnapshot, ctx: ReturnType<typeof makeContext>, dims: ReadonlyArray<ScoredDimension>, urgencyWindowDays: number, notes: string[]): void {
  if (ctx.newClient) notes.push(`new client: ${ctx.tenureDays} days since ${snapshot.customerSince?.slice(0, 10)}; adoption judged against onboarding expectations and confidence capped at medium`);
  if (snapshot.flags?.acquisition) notes.push('recently acquired: stakeholder continuity treated as disrupted and confidence capped at low');
  if (ctx.seasonal) notes.push('seasonal business: usage declines were dampened for seasonality before scoring');
  const riskiest = dims.find((d) => d.riskiestProduct)?.riskiestProduct;
  if (snapshot.products && snapshot.products.length > 1) notes.push(`multi-product: ${snapshot.products.length} product lines scored separately and rolled up by ARR${riskiest ? `; ${riskiest} carries the most risk` : ''}`);
  else if (snapshot.multiProduct && !snapshot.products) notes.push('multi-product client scored at account level: per-product usage was not provided');
  if (urgencyWindowDays !== 90) notes.push(`renewal urgency window for the ${snapshot.segment ?? 'default'} segment: ${urgencyWindowDays} days`);
}

export function assess(input: AccountSnapshot, model: CompiledModel): HealthAssessment {
  const ctx = makeContext(input, model.conservatism);
  const snapshot = ctx.snapshot; // the same sections in one fixed layout: faster to read (see makeContext)
  const { dimensions: compiled, urgencyWindowDays } = model.forSegment(snapshot.segment);
  const scored = compiled.map((d) => scoreDimension(d, ctx));
  const dimensions: DimensionAssessment[] = scored.map((s) => s.dimension);
  const quotes = scored.map((s) => s.quotes);

  let total = 0;
  let weights = 0;
  for (const d of dimensions) {
    total += d.weight * (d.score ?? 50);
    weights += d.weight;
  }
  const computedScore = Math.round(weights > 0 ? total / weights : 50);

  const notes: string[] = [];
  const override = activeOverride(snapshot, ctx.asOfMs, notes);
  const score = override ? override.score : computedScore;
  const tier = tierOf(score, model.tiers);
  const prediction = predictionOf(tier);

  const signals = detectSignals(ctx);
  const renewalRisk = renewalRiskOf(score, signals.churn, model);
  const renewal = renewalOf(snapshot, ctx.asOfMs, renewalRisk);
  const confidence = confidenceOf({ ctx, dimensions, computedScore, prediction, churn: signals.churn, expansion: signals.expansion });
  const play = choosePlay({
    snapshot,
    asOfMs: ctx.asOfMs,
    score,
    tier,
    dimensions,
    quotes,
    churn: signals.churn,
    expansion: signals.expansion,
    renewal,
    urgencyWindowDays,
    arrAtRiskEscalation: model.arrAtRiskEscalation,
  });
  edgeCaseNotes(snapshot, ctx, scored, urgencyWindowDays, notes);
  if (override) notes.push(`CSM override in force: ${override.score} instead of the computed ${computedScore} (${override.reason}${override.by ? `, by ${override.by}` : ''})`);
  if (renewal.arrAtRisk !== undefined && renewal.arr !== undefined && renewalRisk > 0) {
    notes.push(`${fmtMoney(renewal.arrAtRisk)} of ${fmtMoney(renewal.arr)} ARR at risk (${renewalRisk}% chance of not renewing)`);
  }

  const trajectory = trajectoryOf(ctx, computedScore);
  return {
    accountId: snapshot.id,
    name: snapshot.name,
    asOf: snapshot.asOf,
    model: model.ref,
    score,
    computedScore,
    ...(override && { override }),
    tier,
    prediction,
    confidence: confidence.level,
    confidenceReasons: confidence.reasons,
    renewalRisk,
    renewal,
    dimensions,
    drivers: driversOf(dimensions, quotes),
    signals,
    play,
    dataGaps: dimensions.filter((d) => d.dataGap).map((d) => `${d.label}: no data — connect ${d.missing}`),
    ...(trajectory && { trajectory }),
    ...(notes.length > 0 && { notes }),
  };
}
