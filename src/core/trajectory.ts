/**
 * Trajectory from earlier scores (seed 001: "trajectory, not snapshot"). The
 * 30-day change compares today's computed score with the latest earlier score
 * dated 30-75 days before asOf; the 90-day change with one dated 90-135 days
 * before. Direction: ±5 points over 30 days (else over 90 days).
 */
import type { AccountSnapshot, HealthAssessment } from './contract';
import { DAY_MS, toMs } from './dates';

export const TRAJECTORY_STEP = 5;

function scoreAround(history: ReadonlyArray<{ date: string; score: number }>, asOfMs: number, minDays: number, maxDays: number): number | undefined {
  let best: { ms: number; score: number } | undefined;
  for (const h of history) {
    const ms = toMs(h.date);
    const age = (asOfMs - ms) / DAY_MS;
    if (age >= minDays && age <= maxDays && (!best || ms > best.ms)) best = { ms, score: h.score };
  }
  return best?.score;
}

export function trajectoryOf(snapshot: AccountSnapshot, asOfMs: number, computedScore: number): HealthAssessment['trajectory'] {
  const history = snapshot.history;
  if (!history || history.length === 0) return undefined;
  const s30 = scoreAround(history, asOfMs, 30, 75);
  const s90 = scoreAround(history, asOfMs, 90, 135);
  const change30d = s30 === undefined ? undefined : Math.round(computedScore - s30);
  const change90d = s90 === undefined ? undefined : Math.round(computedScore - s90);
  const basis = change30d ?? change90d;
  const direction = basis === undefined ? 'stable' : basis >= TRAJECTORY_STEP ? 'improving' : basis <= -TRAJECTORY_STEP ? 'declining' : 'stable';
  return {
    ...(change30d !== undefined && { change30d }),
    ...(change90d !== undefined && { change90d }),
    direction,
  };
}
