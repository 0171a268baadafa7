/**
 * Trajectory from earlier scores (seed 001: "trajectory, not snapshot"). The
 * 30-day change compares today's computed score with the latest earlier score
 * dated 30-75 days before asOf; the 90-day change with one dated 90-135 days
 * before. Direction: ±5 points over 30 days (else over 90 days).
 */
import type { HealthAssessment } from './contract';
import type { ScoringContext } from './context';

export const TRAJECTORY_STEP = 5;

/** The score of the latest history point aged `minDays`-`maxDays` (the first listed of equally dated ones). */
function scoreAround(ctx: ScoringContext, history: ReadonlyArray<{ date: string; score: number }>, minDays: number, maxDays: number): number | undefined {
  let best: { age: number; score: number } | undefined;
  for (const h of history) {
    const age = ctx.daysAgo(h.date); // the context's dates: each parsed once per assessment at most
    if (age >= minDays && age <= maxDays && (!best || age < best.age)) best = { age, score: h.score };
  }
  return best?.score;
}

export function trajectoryOf(ctx: ScoringContext, computedScore: number): HealthAssessment['trajectory'] {
  const history = ctx.snapshot.history;
  if (!history || history.length === 0) return undefined;
  const s30 = scoreAround(ctx, history, 30, 75);
  const s90 = scoreAround(ctx, history, 90, 135);
  const change30d = s30 === undefined ? undefined : Math.round(computedScore - s30);
  const change90d = s90 === undefined ? undefined : Math.round(computedScore - s90);
  const basis = change30d ?? change90d;
  const direction = basis === undefined ? 'stable' : basis >= TRAJECTORY_STEP ? 'improving' : basis <= -TRAJECTORY_STEP ? 'declining' : 'stable';
  // Keys in contract order; a change is present only when there was a score to compare.
  if (change30d !== undefined && change90d !== undefined) return { change30d, change90d, direction };
  if (change30d !== undefined) return { change30d, direction };
  if (change90d !== undefined) return { change90d, direction };
  return { direction };
}
