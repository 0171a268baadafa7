/**
 * `che calibrate --input LABELED.jsonl --out model.json [--model BASE] [--folds 5] [--seed S] [--as-of DATE] [--format text|json]`
 *
 * Fits the base model's weights and risk curve to the outcomes, writes the
 * calibrated model file (usable with --model everywhere) and prints held-out
 * before/after. calibratedAt is --as-of, else the latest date in the data
 * (same input, same file). Too few outcomes: exit 2 and how many are needed.
 */
import { calibrate } from '../../core/evaluation/calibrate';
import { calibrationToText } from '../../core/evaluation/text';
import { UsageError, type Io } from '../io';
import { intOption, type LoadedLabeled } from '../load-labeled';
import { labeledLoader } from '../load-hubspot';
import { loadModel } from '../load-model';
import { parseAsOf } from '../load-portfolio';

export interface CalibrateCliOptions {
  input?: string;
  /** Read from the portal HUBSPOT_ACCESS_TOKEN opens instead of --input. */
  hubspot?: boolean;
  mapping?: string;
  out: string;
  model?: string;
  folds?: string;
  seed?: string;
  asOf?: string;
  historyLeadDays?: string;
  format: 'text' | 'json';
}

function latestDate(records: LoadedLabeled['records']): string {
  let best = '';
  for (const r of records) for (const d of [r.snapshot.asOf, r.outcome.date]) if (d.slice(0, 10) > best) best = d.slice(0, 10);
  return best;
}

export async function runCalibrate(
  opts: CalibrateCliOptions,
  io: Io,
  load: (opts: CalibrateCliOptions, io: Io) => Promise<LoadedLabeled> = labeledLoader({ env: {} }),
): Promise<number> {
  const asOf = parseAsOf(opts.asOf);
  const folds = intOption('folds', opts.folds, 5, 2, 10);
  const seed = intOption('seed', opts.seed, 1, 0, 2 ** 31 - 1);
  const model = await loadModel(opts.model, io);
  const { records, skipped } = await load(opts, io);
  const result = calibrate(records, model, { calibratedAt: asOf ?? latestDate(records), folds, seed });
  if (!result.ok) throw new UsageError(`calibrate: ${result.error}`);
  await io.writeText(opts.out, `${JSON.stringify(result.file, null, 2)}\n`);
  io.stdout(opts.format === 'json' ? `${JSON.stringify({ ...result.report, out: opts.out, skipped }, null, 2)}\n` : calibrationToText(result.report, opts.out));
  return skipped > 0 ? 2 : 0;
}
