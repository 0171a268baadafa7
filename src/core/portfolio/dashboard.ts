/**
 * The weekly CS dashboard of seed 000 phase 8, computed from snapshots, their
 * contract changes and renewal outcomes, and the scores. Keys follow the seed's
 * `cs_dashboard` YAML template (snake_case) so the JSON/YAML output reads like
 * it; metrics the snapshot cannot feed (QBRs, onboarding, pipeline) are left out.
 *
 * - portfolio: accounts still customers at `asOf` (no churn outcome on or
 *   before it); health distribution by tier: green = thriving, yellow =
 *   healthy, orange = at risk, red = critical.
 * - retention: over the trailing 12 months to `asOf` unless `periodStart` is
 *   given (formulas in retention.ts); `*_mtd` from the first of asOf's month.
 * - renewals: renewals.ts; engagement: score-trend.ts; cohorts: cohorts.ts.
 */
import type { Tier } from '../contract';
import { addDays, addMonths, isoWeek, startOfMonth } from './calendar';
import { churnMs } from './arr-timeline';
import type { AssessedAccount } from './assessed';
import { cohortTable, type CohortTable } from './cohorts';
import { arrMovementsOver, retentionOver, type RetentionMetrics } from './retention';
import { renewalsDue, type CountArr, type RenewalsDue } from './renewals';
import { scoreTrend, type ScoreTrend } from './score-trend';
import { toMs } from '../dates';

export const HEALTH_COLORS = { green: 'thriving', yellow: 'healthy', orange: 'at_risk', red: 'critical' } as const satisfies Record<string, Tier>;
export type HealthColor = keyof typeof HEALTH_COLORS;

export interface CsDashboard {
  week: string;
  as_of: string;
  model: string;
  portfolio: {
    total_accounts: number;
    total_arr: number;
    health_distribution: Record<HealthColor, CountArr & { tier: Tier }>;
  };
  retention: {
    period: { start: string; end: string };
    starting_accounts: number;
    retained_accounts: number;
    starting_arr: number;
    expanded_arr: number;
    contracted_arr: number;
    churned_arr: number;
    ending_arr: number;
    gross_retention_rate: number | null;
    net_retention_rate: number | null;
    logo_retention_rate: number | null;
    arr_churned_mtd: number;
    arr_contracted_mtd: number;
  };
  expansion: { arr_expanded_mtd: number; expansion_rate: number | null };
  engagement: ScoreTrend;
  renewals: RenewalsDue;
  cohorts: CohortTable;
  /** What the numbers cannot show, in words (e.g. no renewal outcomes → no churn). */
  notes: string[];
}

export interface DashboardOptions {
  asOf: string;
  /** Start of the retention period (exclusive); default: 12 months before asOf. */
  periodStart?: string;
  cohortBy?: 'month' | 'quarter';
}

function retentionBlock(m: RetentionMetrics, mtd: { churned: number; contracted: number }): CsDashboard['retention'] {
  return {
    period: m.period,
    starting_accounts: m.startingAccounts,
    retained_accounts: m.retainedAccounts,
    starting_arr: m.startArr,
    expanded_arr: m.expansionArr,
    contracted_arr: m.contractionArr,
    churned_arr: m.churnedArr,
    ending_arr: m.endArr,
    gross_retention_rate: m.grossRetentionRate,
    net_retention_rate: m.netRetentionRate,
    logo_retention_rate: m.logoRetentionRate,
    arr_churned_mtd: mtd.churned,
    arr_contracted_mtd: mtd.contracted,
  };
}

export function buildDashboard(accounts: ReadonlyArray<AssessedAccount>, modelRef: string, opts: DashboardOptions): CsDashboard {
  const asOf = opts.asOf.slice(0, 10);
  const asOfMs = toMs(asOf);
  const records = accounts.map((a) => a.record);
  const active = accounts.filter((a) => { const c = churnMs(a.record); return c === undefined || c > asOfMs; });

  const distribution = Object.fromEntries(
    (Object.entries(HEALTH_COLORS) as Array<[HealthColor, Tier]>).map(([color, tier]) => {
      const inTier = active.filter((a) => a.assessment.tier === tier);
      return [color, { tier, count: inTier.length, arr: inTier.reduce((s, a) => s + (a.record.snapshot.arr ?? 0), 0) }];
    }),
  ) as CsDashboard['portfolio']['health_distribution'];

  const periodStart = opts.periodStart ?? addMonths(asOf, -12);
  const retention = retentionOver(records, periodStart, asOf);
  const mtd = arrMovementsOver(records, addDays(startOfMonth(asOf), -1), asOf);

  const notes: string[] = [];
  if (!records.some((r) => r.outcome)) notes.push('no renewal outcomes in the input: churn cannot be seen, so every account counts as retained (use a labeled file)');
  const noArr = active.filter((a) => a.record.snapshot.arr === undefined).length;
  if (noArr > 0) notes.push(`${noArr} of ${active.length} accounts have no ARR: they count in every count but add nothing to ARR figures`);

  return {
    week: isoWeek(asOf),
    as_of: asOf,
    model: modelRef,
    portfolio: { total_accounts: active.length, total_arr: active.reduce((s, a) => s + (a.record.snapshot.arr ?? 0), 0), health_distribution: distribution },
    retention: retentionBlock(retention, mtd),
    expansion: { arr_expanded_mtd: mtd.expanded, expansion_rate: retention.expansionRate },
    engagement: scoreTrend(active, asOf),
    renewals: renewalsDue(active, asOf),
    cohorts: cohortTable(records, asOf, opts.cohortBy ?? 'quarter'),
    notes,
  };
}
