/**
 * Loading a portfolio from a file for `che forecast` / `che dashboard`: a JSON
 * snapshot, a JSON array (of snapshots or labeled records), or JSONL with one
 * snapshot or labeled record (`{snapshot, outcome}`, outcome optional) per
 * line. A bad record is reported on stderr with its line (or index) and field,
 * and skipped: the run goes on with the others. A HubSpot loader returns the
 * same LoadedPortfolio.
 */
import { AccountSnapshot } from '../core/contract';
import { WrappedRecord, type PortfolioRecord, type PortfolioSource } from '../core/portfolio/record';
import { parseWith } from '../core/validation';
import { UsageError, type Io } from './io';

export interface LoadedPortfolio {
  records: PortfolioRecord[];
  source: PortfolioSource;
}

type Item = { where: string; value: unknown } | { where: string; error: string };

function toRecord(value: unknown): { ok: true; record: PortfolioRecord } | { ok: false; errors: string[] } {
  const labeled = typeof value === 'object' && value !== null && !Array.isArray(value) && 'snapshot' in value;
  if (labeled) {
    const parsed = parseWith(WrappedRecord, value);
    return parsed.success ? { ok: true, record: parsed.value } : { ok: false, errors: parsed.errors };
  }
  const parsed = parseWith(AccountSnapshot, value);
  return parsed.success ? { ok: true, record: { snapshot: parsed.value } } : { ok: false, errors: parsed.errors };
}

function splitItems(text: string, path: string): Item[] {
  const asLines = (): Item[] => text.split(/\r?\n/).flatMap((line, i): Item[] => {
    if (line.trim() === '') return [];
    try {
      return [{ where: `line ${i + 1}`, value: JSON.parse(line) }];
    } catch (err) {
      return [{ where: `line ${i + 1}`, error: `not valid JSON (${(err as Error).message})` }];
    }
  });
  if (/\.(jsonl|ndjson)$/i.test(path)) return asLines();
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.map((v, i) => ({ where: `input[${i}]`, value: v })) : [{ where: 'input', value }];
  } catch (err) {
    if (text.split(/\r?\n/).filter((l) => l.trim() !== '').length > 1) return asLines();
    throw new UsageError(`input: not valid JSON (${(err as Error).message})`);
  }
}

export async function loadPortfolioFile(path: string, io: Io): Promise<LoadedPortfolio> {
  let text: string;
  try {
    text = await io.readText(path);
  } catch (err) {
    throw new UsageError(`input: cannot read ${path} (${(err as Error).message})`);
  }
  const records: PortfolioRecord[] = [];
  let skipped = 0;
  for (const item of splitItems(text, path)) {
    const result = 'error' in item ? { ok: false as const, errors: [item.error] } : toRecord(item.value);
    if (result.ok) {
      records.push(result.record);
    } else {
      skipped += 1;
      io.stderr(`che: ${item.where}: ${result.errors.join('; ')} (skipped)\n`);
    }
  }
  if (records.length === 0) throw new UsageError(`input: no valid snapshot in ${path}${skipped > 0 ? ` (${skipped} skipped)` : ''}`);
  return { records, source: { label: `file ${path === '-' ? 'stdin' : path}`, skipped } };
}

/** `--as-of`: a plain ISO date, or a clear error naming the option. */
export function parseAsOf(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value)) || new Date(Date.parse(value)).toISOString().slice(0, 10) !== value) {
    throw new UsageError(`as-of: expected a date YYYY-MM-DD, got "${value}"`);
  }
  return value;
}
