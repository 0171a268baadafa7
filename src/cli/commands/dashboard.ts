/**
 * `che dashboard --input FILE [--model ...] [--format json|yaml|html] [--out FILE] [--as-of DATE] [--cohort-by quarter|month]`
 *
 * The weekly CS metrics of seed 000 phase 8 (+ the cohort table of phase 9) as
 * JSON or YAML under the seed's `cs_dashboard` key, or one self-contained HTML
 * page. Format: --format, else from --out's extension (.html/.htm, .yaml/.yml),
 * else json. Written to --out or stdout. As of: --as-of, else the latest
 * snapshot date in the input. Exit 0, or 2 when any record was skipped.
 */
import { stringify } from 'yaml';
import { assessPortfolio } from '../../core/portfolio/assessed';
import { buildDashboard } from '../../core/portfolio/dashboard';
import { dashboardToHtml } from '../../core/portfolio/dashboard-html';
import { latestAsOf } from '../../core/portfolio/record';
import type { Io } from '../io';
import { loadModel } from '../load-model';
import { portfolioLoader } from '../load-hubspot';
import { parseAsOf, type LoadedPortfolio } from '../load-portfolio';

export type DashboardFormat = 'json' | 'yaml' | 'html';

export interface DashboardOptions {
  input?: string;
  /** Read from the portal HUBSPOT_ACCESS_TOKEN opens instead of --input. */
  hubspot?: boolean;
  mapping?: string;
  model?: string;
  format?: DashboardFormat;
  out?: string;
  asOf?: string;
  cohortBy?: 'quarter' | 'month';
}

export function formatFor(opts: Pick<DashboardOptions, 'format' | 'out'>): DashboardFormat {
  if (opts.format) return opts.format;
  if (/\.html?$/i.test(opts.out ?? '')) return 'html';
  if (/\.ya?ml$/i.test(opts.out ?? '')) return 'yaml';
  return 'json';
}

export async function runDashboard(
  opts: DashboardOptions,
  io: Io,
  load: (opts: DashboardOptions, io: Io) => Promise<LoadedPortfolio> = portfolioLoader({ env: {} }, false),
): Promise<number> {
  const asOf = parseAsOf(opts.asOf);
  const model = await loadModel(opts.model, io);
  const { records, source } = await load(opts, io);
  const dashboard = buildDashboard(assessPortfolio(records, model), model.ref, { asOf: asOf ?? latestAsOf(records)!, cohortBy: opts.cohortBy ?? 'quarter' });
  const format = formatFor(opts);
  const text = format === 'html' ? dashboardToHtml(dashboard)
    : format === 'yaml' ? stringify({ cs_dashboard: dashboard })
      : `${JSON.stringify({ cs_dashboard: dashboard }, null, 2)}\n`;
  if (opts.out) await io.writeText(opts.out, text);
  else io.stdout(text);
  return source.skipped > 0 ? 2 : 0;
}
