/**
 * `che forecast --input FILE [--model NAME|PATH] [--out renewal-forecast.md] [--as-of DATE]`
 *
 * Snapshots (JSON / JSONL) or labeled records → renewal-forecast.md in seed
 * 002's structure. Bad records are reported and skipped; the report is still
 * written. Exit 0, or 2 when any record was skipped. The generated date is
 * --as-of, else the latest snapshot date in the input (same input, same report).
 */
import { buildForecast } from '../../core/portfolio/forecast';
import { forecastToMarkdown } from '../../core/portfolio/forecast-markdown';
import { latestAsOf } from '../../core/portfolio/record';
import { fmtMoney } from '../../core/scale';
import type { Io } from '../io';
import { loadModel } from '../load-model';
import { portfolioLoader } from '../load-hubspot';
import { parseAsOf, type LoadedPortfolio } from '../load-portfolio';

export interface ForecastOptions {
  input?: string;
  /** Read from the portal HUBSPOT_ACCESS_TOKEN opens instead of --input. */
  hubspot?: boolean;
  mapping?: string;
  model?: string;
  out: string;
  asOf?: string;
}

export async function runForecast(
  opts: ForecastOptions,
  io: Io,
  load: (opts: ForecastOptions, io: Io) => Promise<LoadedPortfolio> = portfolioLoader({ env: {} }, false),
): Promise<number> {
  const asOf = parseAsOf(opts.asOf);
  const model = await loadModel(opts.model, io);
  const { records, source } = await load(opts, io);
  const forecast = buildForecast(records, model, { generatedOn: asOf ?? latestAsOf(records)!, source });
  await io.writeText(opts.out, forecastToMarkdown(forecast));
  io.stdout(`${opts.out}: ${forecast.accounts.length} accounts, ${fmtMoney(forecast.arrAtRisk)} ARR at risk, ${forecast.actions.length} actions\n`);
  return source.skipped > 0 ? 2 : 0;
}
