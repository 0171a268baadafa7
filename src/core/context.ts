/**
 * What every scorer needs besides the snapshot: the date scored and a few facts
 * derived from it once (tenure, new-client and seasonal edge cases).
 */
import type { AccountSnapshot } from './contract';
import { DAY_MS, plainDateDays, toMs } from './dates';

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

/** Every section of a snapshot, unset: the layout of the context's view. */
const NO_SECTIONS: { readonly [K in keyof Required<AccountSnapshot>]: undefined } = {
  id: undefined, name: undefined, asOf: undefined, segment: undefined, arr: undefined, renewalDate: undefined,
  customerSince: undefined, owner: undefined, seasonal: undefined, multiProduct: undefined, products: undefined,
  usage: undefined, support: undefined, surveys: undefined, surveyInvites: undefined, billing: undefined,
  stakeholders: undefined, engagement: undefined, outcomes: undefined, flags: undefined, history: undefined,
  override: undefined,
};

/**
 * The snapshot's sections in one fixed layout, absent ones undefined. Snapshots
 * read from JSON each have the keys they happen to carry, so every scorer's
 * `ctx.snapshot.usage` would meet a different object layout each time (and
 * slow, generic property lookups); one layout keeps those reads fast. Copied
 * with Object.assign, which walks the source's own layout instead of looking
 * each key up.
 */
function uniformView(snapshot: AccountSnapshot): AccountSnapshot {
  return Object.assign({ ...NO_SECTIONS }, snapshot) as AccountSnapshot;
}

export function makeContext(input: AccountSnapshot, conservatism: number): ScoringContext {
  const snapshot = uniformView(input);
  const asOfMs = toMs(snapshot.asOf);
  // Scorers, signals and plays ask about the same dates many times. A plain date is
  // read digit by digit, cheaper than any cache; other shapes (date-times, which may
  // need Date.parse) are parsed once per assessment.
  let parsed: Map<string, number> | undefined;
  const msOf = (iso: string): number => {
    const days = plainDateDays(iso);
    if (days !== undefined) return days * DAY_MS;
    parsed ??= new Map();
    let ms = parsed.get(iso);
    if (ms === undefined) {
      ms = toMs(iso);
      parsed.set(iso, ms);
    }
    return ms;
  };
  const daysAgo = (iso: string | undefined): number => {
    if (!iso) return Infinity;
    const ms = msOf(iso);
    return Number.isFinite(ms) ? (asOfMs - ms) / DAY_MS : Infinity;
  };
  const tenure = snapshot.customerSince ? daysAgo(snapshot.customerSince) : null;
  const tenureDays = tenure !== null && Number.isFinite(tenure) ? Math.floor(tenure) : null;
  let lowered: Map<string, string> | undefined;
  const lower = (text: string): string => {
    lowered ??= new Map();
    let l = lowered.get(text);
    if (l === undefined) {
      l = text.toLowerCase();
      lowered.set(text, l);
    }
    return l;
  };
  let memos: Map<string, unknown> | undefined;
  const memo = <T>(key: string, compute: () => T): T => {
    memos ??= new Map();
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
