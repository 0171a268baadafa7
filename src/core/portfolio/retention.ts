/**
 * Revenue and logo retention over a period (start, end] (seed 000 phases 5 and 8).
 *
 * The starting cohort: accounts that were customers at the start (customerSince
 * on or before it, or unknown) and had not churned by then. Accounts won during
 * the period are left out of every rate, as NRR/GRR require. Per account i
 * (see arr-timeline.ts): start_i, expansion_i, contraction_i, churn_i (ARR just
 * before a churn inside the period) and end_i = start_i + expansion_i −
 * contraction_i − churn_i.
 *
 *   NRR  = (start ARR + expansion − contraction − churn) / start ARR  = Σ end_i / Σ start_i
 *   GRR  = Σ min(start_i, end_i) / Σ start_i
 *        = (start ARR − contraction − churn) / start ARR, each account's losses
 *          counted only down to its own start ARR (expansion won and lost again in
 *          the period is not a gross loss), so GRR never exceeds 100% or falls below 0
 *   logo retention = starting accounts not churned in the period / starting accounts
 *   expansion rate = expansion / start ARR
 *
 * Rates are fractions (0.93 = 93%), rounded to 4 decimals; null when the
 * denominator is 0. Churn is only known from labeled outcomes: without them
 * every account counts as retained.
 */
import { toMs } from '../dates';
import { churnMs, movementsIn } from './arr-timeline';
import type { PortfolioRecord } from './record';

export interface RetentionMetrics {
  period: { start: string; end: string };
  startingAccounts: number;
  retainedAccounts: number;
  startArr: number;
  expansionArr: number;
  contractionArr: number;
  churnedArr: number;
  endArr: number;
  grossRetentionRate: number | null;
  netRetentionRate: number | null;
  logoRetentionRate: number | null;
  expansionRate: number | null;
}

const rate = (num: number, den: number): number | null => (den > 0 ? Math.round((num / den) * 10_000) / 10_000 : null);

function inStartingCohort(record: PortfolioRecord, startMs: number): boolean {
  const since = record.snapshot.customerSince;
  if (since !== undefined && toMs(since) > startMs) return false;
  const churned = churnMs(record);
  return churned === undefined || churned > startMs;
}

export function retentionOver(records: ReadonlyArray<PortfolioRecord>, start: string, end: string): RetentionMetrics {
  const startMs = toMs(start);
  const endMs = toMs(end);
  let startingAccounts = 0;
  let retainedAccounts = 0;
  let startArr = 0;
  let expansionArr = 0;
  let contractionArr = 0;
  let churnedArr = 0;
  let endArr = 0;
  let grossKept = 0;
  for (const record of records) {
    if (!inStartingCohort(record, startMs)) continue;
    const m = movementsIn(record, startMs, endMs);
    startingAccounts += 1;
    if (!m.didChurn) retainedAccounts += 1;
    startArr += m.startArr;
    expansionArr += m.expansion;
    contractionArr += m.contraction;
    churnedArr += m.churned;
    endArr += m.endArr;
    grossKept += Math.min(m.startArr, m.endArr);
  }
  return {
    period: { start, end },
    startingAccounts,
    retainedAccounts,
    startArr,
    expansionArr,
    contractionArr,
    churnedArr,
    endArr,
    grossRetentionRate: rate(grossKept, startArr),
    netRetentionRate: rate(endArr, startArr),
    logoRetentionRate: rate(retainedAccounts, startingAccounts),
    expansionRate: rate(expansionArr, startArr),
  };
}

/** Expansion, contraction and churned ARR of every account (new logos too) in (from, to]: the seed's `*_mtd` figures. */
export function arrMovementsOver(records: ReadonlyArray<PortfolioRecord>, from: string, to: string): { expanded: number; contracted: number; churned: number } {
  const fromMs = toMs(from);
  const toMs_ = toMs(to);
  const totals = { expanded: 0, contracted: 0, churned: 0 };
  for (const record of records) {
    const m = movementsIn(record, fromMs, toMs_);
    totals.expanded += m.expansion;
    totals.contracted += m.contraction;
    totals.churned += m.churned;
  }
  return totals;
}
