/**
 * What every portfolio view takes in: already-loaded account snapshots, each
 * optionally labelled with its renewal outcome (DESIGN.md §2: a labeled line is
 * `{ snapshot, outcome: { renewed, date } }`). Loaders (a file today, HubSpot
 * later) produce this list; nothing here knows where it came from.
 */
import { z } from 'zod';
import { AccountSnapshot, IsoDate } from '../contract';

export const RenewalOutcome = z.object({
  /** false = the customer churned (did not renew) on `date`. */
  renewed: z.boolean({ error: 'expected true or false' }),
  date: IsoDate,
});
export type RenewalOutcome = z.infer<typeof RenewalOutcome>;

export const LabeledRecord = z.object({ snapshot: AccountSnapshot, outcome: RenewalOutcome });
/** A wrapped line of a portfolio file: a labeled record, or a snapshot whose outcome is not known yet. */
export const WrappedRecord = z.object({ snapshot: AccountSnapshot, outcome: RenewalOutcome.optional() });

export interface PortfolioRecord {
  snapshot: AccountSnapshot;
  outcome?: RenewalOutcome;
}

/** Where the data came from, as the report's "Data Sources" line names it (e.g. "file portfolio.jsonl"). */
export interface PortfolioSource {
  label: string;
  /** Input records that were invalid and skipped (reported as a limitation). */
  skipped: number;
}

/**
 * One record per account: the latest snapshot of each id (by asOf; on a tie the
 * later in the list). Labeled files may carry several snapshots of an account.
 */
export function latestPerAccount(records: ReadonlyArray<PortfolioRecord>): PortfolioRecord[] {
  const byId = new Map<string, PortfolioRecord>();
  for (const r of records) {
    const seen = byId.get(r.snapshot.id);
    if (!seen || Date.parse(r.snapshot.asOf) >= Date.parse(seen.snapshot.asOf)) byId.set(r.snapshot.id, r);
  }
  return [...byId.values()];
}

/** The latest asOf in the data: the default "as of" of portfolio views, so the same input always gives the same report. */
export function latestAsOf(records: ReadonlyArray<PortfolioRecord>): string | undefined {
  let best: string | undefined;
  for (const r of records) if (best === undefined || Date.parse(r.snapshot.asOf) > Date.parse(best)) best = r.snapshot.asOf;
  return best?.slice(0, 10);
}
