/**
 * Cohort retention table (seed 000 phase 9): accounts grouped by the month or
 * quarter of `customerSince`; a cell is the share of the cohort's accounts
 * still customers `m` months after their own start date. An account counts as
 * lost at age m when it has a churn outcome (`renewed: false`) dated on or
 * before customerSince + m months.
 *
 * A cell is shown only when every account of the cohort has reached age m by
 * `asOf` (else null, the seed's "—"), so each row compares like with like.
 * Accounts without customerSince cannot be placed and are counted apart.
 */
import { toMs } from '../dates';
import { addMonths, cohortKey } from './calendar';
import { churnMs } from './arr-timeline';
import type { PortfolioRecord } from './record';

/** The seed's columns: Month 0, 1, 2, 3, 6, 12. */
export const DEFAULT_COHORT_AGES = [0, 1, 2, 3, 6, 12] as const;

export interface CohortRow {
  cohort: string;
  accounts: number;
  /** Retention (fraction, 4 decimals) at each age of `ages`, null where the cohort is too young. */
  retention: Array<number | null>;
}

export interface CohortTable {
  by: 'month' | 'quarter';
  ages: number[];
  rows: CohortRow[];
  /** Accounts left out for want of a customerSince date (or one after asOf). */
  unplaced: number;
}

export function cohortTable(
  records: ReadonlyArray<PortfolioRecord>,
  asOf: string,
  by: 'month' | 'quarter' = 'quarter',
  ages: ReadonlyArray<number> = DEFAULT_COHORT_AGES,
): CohortTable {
  const asOfMs = toMs(asOf);
  const groups = new Map<string, PortfolioRecord[]>();
  let unplaced = 0;
  for (const r of records) {
    const since = r.snapshot.customerSince;
    if (since === undefined || toMs(since) > asOfMs) {
      unplaced += 1;
      continue;
    }
    const key = cohortKey(since, by);
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const rows = [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([cohort, members]) => ({
      cohort,
      accounts: members.length,
      retention: ages.map((age) => retentionAtAge(members, age, asOfMs)),
    }));
  return { by, ages: [...ages], rows, unplaced };
}

function retentionAtAge(members: ReadonlyArray<PortfolioRecord>, age: number, asOfMs: number): number | null {
  let kept = 0;
  for (const m of members) {
    const ageDayMs = toMs(addMonths(m.snapshot.customerSince!.slice(0, 10), age));
    if (ageDayMs > asOfMs) return null;
    const churned = churnMs(m);
    if (churned === undefined || churned > ageDayMs) kept += 1;
  }
  return Math.round((kept / members.length) * 10_000) / 10_000;
}
