/**
 * Labeled records for `che backtest` / `che calibrate`: the portfolio file
 * loader (bad lines reported with line and field, skipped), keeping only
 * records with an outcome — a snapshot without one is reported by account and
 * skipped. A HubSpot-history loader returns the same LoadedLabeled.
 */
import type { LabeledInput } from '../core/evaluation/outcomes';
import { UsageError, type Io } from './io';
import { loadPortfolioFile } from './load-portfolio';

export interface LoadedLabeled {
  records: LabeledInput[];
  skipped: number;
}

export async function loadLabeledFile(path: string, io: Io): Promise<LoadedLabeled> {
  const { records, source } = await loadPortfolioFile(path, io);
  const labeled: LabeledInput[] = [];
  let skipped = source.skipped;
  for (const r of records) {
    if (r.outcome) {
      labeled.push({ snapshot: r.snapshot, outcome: r.outcome });
    } else {
      skipped += 1;
      io.stderr(`che: account ${r.snapshot.id}: outcome: required — a labeled line is {"snapshot": …, "outcome": {"renewed": …, "date": …}} (skipped)\n`);
    }
  }
  if (labeled.length === 0) throw new UsageError(`input: no labeled record in ${path} (${skipped} skipped)`);
  return { records: labeled, skipped };
}

/** A whole-number option within bounds, or a clear error naming it. */
export function intOption(name: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^-?\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min || n > max) {
    throw new UsageError(`${name}: expected a whole number from ${min} to ${max}, got "${value}"`);
  }
  return n;
}
