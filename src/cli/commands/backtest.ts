/**
 * `che backtest --input LABELED.jsonl [--model NAME|PATH] [--format text|json] [--resamples N] [--seed S]`
 *
 * How well the model's renewal risk predicted the outcomes: AUC, PR-AUC,
 * top-decile lift, churned ARR flagged ≥ 60 days ahead, false-alarm rate, each
 * with a bootstrap interval, and the calibration table. Exit 0, or 2 when any
 * record was skipped.
 */
import { backtest, DEFAULT_BACKTEST } from '../../core/evaluation/backtest';
import { backtestToText } from '../../core/evaluation/text';
import type { Io } from '../io';
import { intOption, type LoadedLabeled } from '../load-labeled';
import { labeledLoader } from '../load-hubspot';
import { loadModel } from '../load-model';

export interface BacktestCliOptions {
  input?: string;
  /** Read from the portal HUBSPOT_ACCESS_TOKEN opens instead of --input. */
  hubspot?: boolean;
  mapping?: string;
  model?: string;
  format: 'text' | 'json';
  resamples?: string;
  seed?: string;
  leadDays?: string;
  /** --hubspot: history up to this day (default now). */
  asOf?: string;
  historyLeadDays?: string;
}

export async function runBacktest(
  opts: BacktestCliOptions,
  io: Io,
  load: (opts: BacktestCliOptions, io: Io) => Promise<LoadedLabeled> = labeledLoader({ env: {} }),
): Promise<number> {
  const resamples = intOption('resamples', opts.resamples, DEFAULT_BACKTEST.resamples, 1, 100_000);
  const seed = intOption('seed', opts.seed, DEFAULT_BACKTEST.seed, 0, 2 ** 31 - 1);
  const leadDays = intOption('lead-days', opts.leadDays, DEFAULT_BACKTEST.leadDays, 0, 3650);
  const model = await loadModel(opts.model, io);
  const { records, skipped } = await load(opts, io);
  const report = backtest(records, model, { resamples, seed, leadDays });
  io.stdout(opts.format === 'json' ? `${JSON.stringify({ ...report, skipped }, null, 2)}\n` : backtestToText(report));
  return skipped > 0 ? 2 : 0;
}
