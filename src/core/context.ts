/**
 * What every scorer needs besides the snapshot: the date scored and a few facts
 * derived from it once (tenure, new-client and seasonal edge cases).
 */
import type { AccountSnapshot } from './contract';
import { DAY_MS, toMs } from './dates';

export const NEW_CLIENT_DAYS = 90;

export interface ScoringContext {
  readonly snapshot: AccountSnapshot;
  readonly asOfMs: number;
  /** Days from `iso` to asOf (positive in the past); Infinity when unparseable. */
  daysAgo(iso: string | undefined): number;
  /** Days since customerSince, or null when unknown. */
  readonly tenureDays: number | null;
  /** Under 90 days of tenure (seed 002 edge case). */
  readonly newClient: boolean;
  readonly seasonal: boolean;
  /** How far a dimension blend is pulled toward its weakest part (model data). */
  readonly conservatism: number;
  /** `text.toLowerCase()`, computed once per text per assessment (phrase search is hot). */
  lower(text: string): string;
  /** A fact several scorers or detectors share, computed once per assessment. */
  memo<T>(key: string, compute: () => T): T;
}

export function makeContext(snapshot: AccountSnapshot, conservatism: number): ScoringContext {
  const asOfMs = toMs(snapshot.asOf);
  // Scorers, signals and plays ask about the same dates many times: parse each once.
  const cache = new Map<string, number>();
  const daysAgo = (iso: string | undefined): number => {
    if (!iso) return Infinity;
    let days = cache.get(iso);
    if (days === undefined) {
      const ms = toMs(iso);
      days = Number.isFinite(ms) ? (asOfMs - ms) / DAY_MS : Infinity;
      cache.set(iso, days);
    }
    return days;
  };
  const tenure = snapshot.customerSince ? daysAgo(snapshot.customerSince) : null;
  const tenureDays = tenure !== null && Number.isFinite(tenure) ? Math.floor(tenure) : null;
  const lowered = new Map<string, string>();
  const lower = (text: string): string => {
    let l = lowered.get(text);
    if (l === undefined) {
      l = text.toLowerCase();
      lowered.set(text, l);
    }
    return l;
  };
  const memos = new Map<string, unknown>();
  const memo = <T>(key: string, compute: () => T): T => {
    if (memos.has(key)) return memos.get(key) as T;
    const value = compute();
    memos.set(key, value);
    return value;
  };
  return {
    snapshot,
    asOfMs,
    daysAgo,
    lower,
    memo,
    tenureDays,
    newClient: tenureDays !== null && tenureDays < NEW_CLIENT_DAYS,
    seasonal: snapshot.seasonal === true,
    conservatism,
  };
}
