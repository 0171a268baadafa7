/**
 * Average health score and its trend (seed 000 phase 8 `avg_health_score`,
 * `health_score_trend`). The series has one point every 30 days back from
 * `asOf` (5 earlier points and today): today's point averages the scores in
 * force; an earlier point averages, per account, the `snapshot.history` score
 * dated closest to that day within ±15 days (accounts without one are left out
 * of that point; a point with none is dropped).
 *
 * The trend compares like with like: the mean change, over the accounts that
 * have both a score today and one ~30 days ago, of today's score minus that
 * one. up ≥ +2 points, down ≤ −2, else flat; flat with a null change when no
 * account has an earlier score.
 */
import { DAY_MS, isoDay, toMs } from '../dates';
import type { AssessedAccount } from './assessed';

export const SCORE_TREND_STEP_DAYS = 30;
export const SCORE_TREND_POINTS = 6;
export const SCORE_TREND_TOLERANCE_DAYS = 15;
export const SCORE_TREND_MIN_CHANGE = 2;

export interface ScorePoint { date: string; avg_score: number; accounts: number }
export interface ScoreTrend {
  avg_health_score: number | null;
  health_score_trend: 'up' | 'flat' | 'down';
  avg_score_change_30d: number | null;
  score_series: ScorePoint[];
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

function scoreNear(account: AssessedAccount, targetMs: number): number | undefined {
  let best: { gap: number; score: number } | undefined;
  for (const h of account.record.snapshot.history ?? []) {
    const gap = Math.abs(toMs(h.date) - targetMs);
    if (gap <= SCORE_TREND_TOLERANCE_DAYS * DAY_MS && (!best || gap < best.gap)) best = { gap, score: h.score };
  }
  return best?.score;
}

export function scoreTrend(accounts: ReadonlyArray<AssessedAccount>, asOf: string): ScoreTrend {
  const asOfMs = toMs(asOf);
  const series: ScorePoint[] = [];
  for (let k = SCORE_TREND_POINTS - 1; k >= 1; k--) {
    const target = asOfMs - k * SCORE_TREND_STEP_DAYS * DAY_MS;
    const scores = accounts.map((a) => scoreNear(a, target)).filter((s): s is number => s !== undefined);
    if (scores.length > 0) series.push({ date: isoDay(target), avg_score: round1(scores.reduce((s, x) => s + x, 0) / scores.length), accounts: scores.length });
  }
  const current = accounts.map((a) => a.assessment.score);
  const avg = current.length > 0 ? round1(current.reduce((s, x) => s + x, 0) / current.length) : null;
  if (avg !== null) series.push({ date: isoDay(asOfMs), avg_score: avg, accounts: current.length });

  const monthAgo = asOfMs - SCORE_TREND_STEP_DAYS * DAY_MS;
  const changes = accounts
    .map((a) => { const before = scoreNear(a, monthAgo); return before === undefined ? undefined : a.assessment.score - before; })
    .filter((c): c is number => c !== undefined);
  const change = changes.length > 0 ? round1(changes.reduce((s, x) => s + x, 0) / changes.length) : null;
  const trend = change === null ? 'flat' : change >= SCORE_TREND_MIN_CHANGE ? 'up' : change <= -SCORE_TREND_MIN_CHANGE ? 'down' : 'flat';
  return { avg_health_score: avg, health_score_trend: trend, avg_score_change_30d: change, score_series: series };
}
