/**
 * Confidence calibration (seed 002 "Confidence Calibration" and "Scoring When
 * Data Is Missing").
 *
 * 1. Coverage: start at high and drop one level for every two dimensions with
 *    no data (0-1 gaps → high, 2-3 → medium, 4+ → low; the same as "6+ of 7
 *    dimensions → high, 4-5 → medium, ≤ 3 → low").
 * 2. Three more factors, each strong / partial / weak (table below).
 *    A conflicting indicator is a pair of dimensions, one ≥ 70 and one < 40,
 *    a high-severity churn signal on a score ≥ 70, or a strong expansion
 *    signal on a score < 40. Confidence drops one level if any factor is weak
 *    or two or more are partial.
 * 3. The prediction category's own guidance: likely_to_renew is high only when
 *    5+ dimensions score above 75; monitor is at most medium; at_risk is high
 *    only when 3+ dimensions score below 50; likely_to_churn is high only when
 *    usage is trending down and engagement is declining.
 * 4. Edge cases: under 90 days of tenure → at most medium; recently acquired
 *    (flags.acquisition) → low.
 *
 * | factor        | strong                                               | partial                                          | weak                    |
 * |---------------|------------------------------------------------------|--------------------------------------------------|-------------------------|
 * | consistency   | no conflicting indicators                            | 1 conflicting indicator                          | 2+ (mixed signals)      |
 * | trailing data | dated data reaching back ≥ 90 days                   | 30-89 days                                       | < 30 days or none       |
 * | human signal  | survey ≤ 180 d, held meeting or inbound email ≤ 90 d | indirect: ticket sentiment/CSAT, contact activity | none                    |
 */
import type { ChurnSignal, Confidence, DimensionAssessment, ExpansionSignal, Prediction } from './contract';
import type { ScoringContext } from './context';

type Strength = 'strong' | 'partial' | 'weak';
const LEVELS: Confidence[] = ['high', 'medium', 'low'];
const lower = (c: Confidence, by = 1): Confidence => LEVELS[Math.min(2, LEVELS.indexOf(c) + by)]!;
const capAt = (c: Confidence, cap: Confidence): Confidence => (LEVELS.indexOf(c) < LEVELS.indexOf(cap) ? cap : c);

export interface ConfidenceInput {
  ctx: ScoringContext;
  dimensions: ReadonlyArray<DimensionAssessment>;
  computedScore: number;
  prediction: Prediction;
  churn: ReadonlyArray<ChurnSignal>;
  expansion: ReadonlyArray<ExpansionSignal>;
}

function consistency(input: ConfidenceInput): { strength: Strength; conflicts: number } {
  const scored = input.dimensions.filter((d) => d.score !== null && d.weight > 0);
  const highs = scored.filter((d) => (d.score as number) >= 70).length;
  const lows = scored.filter((d) => (d.score as number) < 40).length;
  let conflicts = Math.min(highs, lows);
  if (input.computedScore >= 70 && input.churn.some((s) => s.severity === 'high')) conflicts += 1;
  if (input.computedScore < 40 && input.expansion.some((s) => s.strength === 'strong')) conflicts += 1;
  return { strength: conflicts === 0 ? 'strong' : conflicts === 1 ? 'partial' : 'weak', conflicts };
}

/** How far back the snapshot's dated data reaches, in days (0 when nothing is dated). */
export function trailingDays(ctx: ScoringContext): number {
  const s = ctx.snapshot;
  let span = 0;
  const see = (iso: string | undefined) => {
    const d = ctx.daysAgo(iso);
    if (Number.isFinite(d) && d > span && d <= 730) span = d;
  };
  const u = s.usage;
  if (u?.activeUsers?.d90 !== undefined) span = Math.max(span, 90);
  else if (u?.activeUsers?.d60 !== undefined) span = Math.max(span, 60);
  else if (u?.activeUsers?.d30 !== undefined || u?.logins?.prev30 !== undefined || u?.coreActions?.prev30 !== undefined) span = Math.max(span, 60);
  for (const t of s.support?.tickets ?? []) see(t.createdAt);
  for (const v of s.surveys ?? []) see(v.date);
  for (const m of s.engagement?.meetings ?? []) see(m.date);
  for (const e of s.engagement?.emails ?? []) see(e.date);
  for (const i of s.billing?.invoices ?? []) see(i.dueDate);
  for (const c of s.billing?.contractChanges ?? []) see(c.date);
  for (const h of s.history ?? []) see(h.date);
  return Math.floor(span);
}

function humanSignal(ctx: ScoringContext): { strength: Strength; what: string } {
  const s = ctx.snapshot;
  const within = (iso: string | undefined, days: number) => {
    const d = ctx.daysAgo(iso);
    return d >= 0 && d <= days;
  };
  if ((s.surveys ?? []).some((v) => within(v.date, 180))) return { strength: 'strong', what: 'a survey response in the last 180 days' };
  if ((s.engagement?.meetings ?? []).some((m) => m.outcome === 'completed' && within(m.date, 90))) return { strength: 'strong', what: 'a meeting held in the last 90 days' };
  if ((s.engagement?.emails ?? []).some((e) => e.direction === 'inbound' && within(e.date, 90))) return { strength: 'strong', what: 'an email from the client in the last 90 days' };
  if ((s.support?.tickets ?? []).some((t) => (t.sentiment !== undefined || t.csat !== undefined) && within(t.createdAt, 90))) return { strength: 'partial', what: 'only indirect signals (ticket sentiment or CSAT)' };
  if ((s.stakeholders ?? []).some((p) => within(p.lastActivityAt, 90))) return { strength: 'partial', what: 'only indirect signals (contact activity)' };
  return { strength: 'weak', what: 'no direct human signal (survey, meeting or email)' };
}

function categoryAllowsHigh(input: ConfidenceInput): string | null {
  const scored = input.dimensions.filter((d) => d.score !== null);
  switch (input.prediction) {
    case 'likely_to_renew': {
      const above = scored.filter((d) => (d.score as number) > 75).length;
      return above >= 5 ? null : `likely to renew needs 5+ dimensions above 75 for high confidence (${above})`;
    }
    case 'monitor':
      return 'the monitor band (60-79) carries medium confidence at most';
    case 'at_risk': {
      const below = scored.filter((d) => (d.score as number) < 50).length;
      return below >= 3 ? null : `at risk needs 3+ dimensions below 50 for high confidence (${below})`;
    }
    case 'likely_to_churn': {
      const usageDown = input.dimensions.some((d) => (d.key === 'usage_trend' || d.key === 'product_usage') && d.trend === 'down');
      const engagementDown = input.dimensions.some((d) => d.key === 'engagement' && d.trend === 'down');
      return usageDown && engagementDown ? null : 'likely to churn needs usage and engagement both trending down for high confidence';
    }
  }
}

export function confidenceOf(input: ConfidenceInput): { level: Confidence; reasons: string[] } {
  const reasons: string[] = [];
  const gaps = input.dimensions.filter((d) => d.dataGap).length;
  const covered = input.dimensions.length - gaps;
  let level = lower('high', Math.floor(gaps / 2));
  reasons.push(`data for ${covered} of ${input.dimensions.length} dimensions${gaps >= 2 ? ` (${gaps} gaps: −${Math.floor(gaps / 2)} level${gaps >= 4 ? 's' : ''})` : ''}`);

  const c = consistency(input);
  const days = trailingDays(input.ctx);
  const trailing: Strength = days >= 90 ? 'strong' : days >= 30 ? 'partial' : 'weak';
  const human = humanSignal(input.ctx);
  reasons.push(c.conflicts === 0 ? 'signals consistent' : `${c.conflicts} conflicting indicator${c.conflicts > 1 ? 's' : ''}`);
  reasons.push(days > 0 ? `trailing data covers ${days} days` : 'no dated trailing data');
  reasons.push(human.what);
  const factors = [c.strength, trailing, human.strength];
  if (factors.includes('weak') || factors.filter((f) => f === 'partial').length >= 2) {
    level = lower(level);
    reasons.push('lowered one level for weak or partial evidence');
  }

  if (level === 'high') {
    const why = categoryAllowsHigh(input);
    if (why) {
      level = 'medium';
      reasons.push(why);
    }
  }
  if (input.ctx.newClient) {
    level = capAt(level, 'medium');
    reasons.push(`new client (${input.ctx.tenureDays} days): capped at medium`);
  }
  if (input.ctx.snapshot.flags?.acquisition) {
    level = 'low';
    reasons.push('recently acquired: capped at low until the new organisation stabilises');
  }
  return { level, reasons };
}
