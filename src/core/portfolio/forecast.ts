/**
 * The renewal forecast (seed 002 "Output: renewal-forecast.md") as data: every
 * account assessed, counted per prediction category, ARR at risk, systemic
 * themes, the priority action list and its single most urgent action, the
 * early-warning watchlist, data gaps and methodology. forecast-markdown.ts
 * renders it. Pure: the generated date is a parameter.
 *
 * Total ARR at risk = Σ over accounts of ARR × renewal risk (each assessment's
 * `renewal.arrAtRisk`); ARR in at-risk categories = Σ ARR of At Risk and Likely
 * to Churn accounts.
 */
import type { HealthAssessment, Prediction } from '../contract';
import type { CompiledModel } from '../model';
import { toMs } from '../dates';
import { churnMs } from './arr-timeline';
import { assessPortfolio } from './assessed';
import { coveragePeriod } from './coverage';
import { dataGapRows, type DataGapRow } from './data-gaps';
import { limitationsOf } from './limitations';
import { priorityActions, rankByUrgency, type PriorityAction } from './ranking';
import { latestPerAccount, type PortfolioRecord, type PortfolioSource } from './record';
import { systemicThemes, type Theme } from './themes';
import { earlyWarningWatchlist, type WatchItem } from './watchlist';

export const PREDICTIONS: ReadonlyArray<Prediction> = ['likely_to_renew', 'monitor', 'at_risk', 'likely_to_churn'];

export interface Forecast {
  generatedOn: string;
  dataSources: string[];
  /** Most urgent first (ranking.ts), the order of the overview and the detailed assessments. */
  accounts: HealthAssessment[];
  categories: Record<Prediction, { count: number; arr: number }>;
  totalArr: number;
  arrAtRisk: number;
  arrInRiskCategories: number;
  themes: Theme[];
  actions: PriorityAction[];
  mostUrgent: PriorityAction | null;
  watchlist: WatchItem[];
  dataGaps: DataGapRow[];
  methodology: {
    model: string;
    modelName: string;
    weights: Array<{ label: string; weight: number }>;
    calibratedAt: string | null;
    coverage: { start: string; end: string } | null;
    limitations: string[];
  };
}

export interface ForecastOptions {
  generatedOn: string;
  source: PortfolioSource;
}

/** "file portfolio.jsonl", then each kind of data found and on how many accounts. */
function dataSources(records: ReadonlyArray<PortfolioRecord>, source: PortfolioSource): string[] {
  const count = (has: (r: PortfolioRecord) => boolean): number => records.filter(has).length;
  const kinds: Array<[string, number]> = [
    ['product usage', count((r) => r.snapshot.usage !== undefined)],
    ['support tickets', count((r) => (r.snapshot.support?.tickets.length ?? 0) > 0)],
    ['NPS/CSAT surveys', count((r) => (r.snapshot.surveys?.length ?? 0) > 0)],
    ['billing', count((r) => r.snapshot.billing !== undefined)],
    ['CRM contacts with roles', count((r) => (r.snapshot.stakeholders?.length ?? 0) > 0)],
    ['meetings and emails', count((r) => (r.snapshot.engagement?.meetings?.length ?? 0) + (r.snapshot.engagement?.emails?.length ?? 0) > 0)],
    ['score history', count((r) => (r.snapshot.history?.length ?? 0) > 0)],
    ['renewal outcomes', count((r) => r.outcome !== undefined)],
  ];
  return [source.label, ...kinds.filter(([, n]) => n > 0).map(([kind, n]) => `${kind} (${n} of ${records.length} accounts)`)];
}

export function buildForecast(records: ReadonlyArray<PortfolioRecord>, model: CompiledModel, opts: ForecastOptions): Forecast {
  const generatedMs = toMs(opts.generatedOn.slice(0, 10));
  const latest = latestPerAccount(records);
  const open = latest.filter((r) => { const churned = churnMs(r); return churned === undefined || churned > generatedMs; });
  const assessed = assessPortfolio(open, model);
  const assessments = assessed.map((a) => a.assessment);
  const categories = Object.fromEntries(PREDICTIONS.map((p) => [p, { count: 0, arr: 0 }])) as Forecast['categories'];
  for (const a of assessments) {
    categories[a.prediction].count += 1;
    categories[a.prediction].arr += a.renewal.arr ?? 0;
  }
  const actions = priorityActions(assessments);
  const used = assessed.map((a) => a.record);
  return {
    generatedOn: opts.generatedOn.slice(0, 10),
    dataSources: dataSources(used, opts.source),
    accounts: rankByUrgency(assessments),
    categories,
    totalArr: assessments.reduce((s, a) => s + (a.renewal.arr ?? 0), 0),
    arrAtRisk: assessments.reduce((s, a) => s + (a.renewal.arrAtRisk ?? 0), 0),
    arrInRiskCategories: categories.at_risk.arr + categories.likely_to_churn.arr,
    themes: systemicThemes(assessments),
    actions,
    mostUrgent: actions[0] ?? null,
    watchlist: earlyWarningWatchlist(assessments, model.tiers.healthy),
    dataGaps: assessments.flatMap(dataGapRows),
    methodology: {
      model: model.ref,
      modelName: model.name,
      weights: model.forSegment(undefined).dimensions.map((d) => ({ label: d.label, weight: d.weight })),
      calibratedAt: model.calibratedAt?.slice(0, 10) ?? null,
      coverage: coveragePeriod(used.map((r) => r.snapshot)),
      limitations: [
        ...limitationsOf(assessments, used, model, opts.source),
        ...(open.length < latest.length ? [`${latest.length - open.length} account${latest.length - open.length === 1 ? '' : 's'} already churned by ${opts.generatedOn.slice(0, 10)} (labeled outcome) ${latest.length - open.length === 1 ? 'is' : 'are'} not forecast`] : []),
      ],
    },
  };
}
