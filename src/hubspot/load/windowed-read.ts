/**
 * Associated records inside the model's time windows, by one of two reads
 * with identical results:
 *  - search: `hs_object_id IN` the ids AND the window (searchByIds). Few calls
 *    for many ids — the window drops most of the history server-side — but
 *    HubSpot allows only 5 searches per second.
 *  - batch: batch read of the ids (100 per call, under the general limit of
 *    ~19 per second), then the same window filters applied here
 *    (window-filter.ts).
 * 'auto' batch-reads when the ids fit in one batch read (≤ 100): that is one
 * call, as the search would be (≤ 100 ids is one IN block and one page), so
 * the call count never grows, and the call leaves the scarce search budget.
 * This is the single-company case (the card, recalculate, the workflow
 * action: ~7 searches ≈ 1.5 s of search budget otherwise). Larger id lists —
 * a full run's 1,000-company chunks — keep searching: a batch read would fetch
 * the whole history 100 at a time.
 */
import type { HubSpotConnection } from '../contracts';
import type { HsRecord } from '../mappers/records';
import { BATCH_READ_MAX, batchRead, searchByIds, type Filter, type ReadResult } from './reads';
import { assertEvaluable, inWindows, windowProperties } from './window-filter';

export const READ_STRATEGIES = ['search', 'batch', 'auto'] as const;
export type ReadStrategy = (typeof READ_STRATEGIES)[number];

/** The read 'auto' (or a forced strategy) uses for this many ids. */
export function readFor(strategy: ReadStrategy, idCount: number): 'search' | 'batch' {
  if (strategy !== 'auto') return strategy;
  return idCount <= BATCH_READ_MAX ? 'batch' : 'search';
}

/** Records among `ids` inside `windows` (alternatives OR-ed, filters AND-ed; none = all), by search or batch read. */
export async function readInWindows(
  conn: HubSpotConnection, objectType: string, ids: string[], properties: string[], windows: Filter[][],
  limits: { inValuesMax: number; filterGroupsMax: number }, strategy: ReadStrategy,
): Promise<ReadResult> {
  // Checked whichever read runs, so a window the batch path cannot honour fails in every test, not only small ones.
  assertEvaluable(windows);
  const unique = [...new Set(ids)];
  if (unique.length === 0) return { records: [], problems: [] };
  if (readFor(strategy, unique.length) === 'search') return searchByIds(conn, objectType, unique, properties, windows, limits);

  // The windows' own properties are read too, then dropped again unless asked: the records stay as the search returns them.
  const extra = windowProperties(windows).filter((p) => !properties.includes(p));
  // A search does not find deleted or unknown ids either; it just leaves them out. Other errors stay problems.
  const read = await batchRead(conn, objectType, unique, [...properties, ...extra], [], { dropNotFound: true });
  const records = read.records
    .filter((r) => inWindows(r, windows))
    .map((r) => (extra.length === 0 ? r : withoutProperties(r, extra)))
    .sort((a, b) => compareIds(a.id, b.id));
  return { records, problems: read.problems };
}

function withoutProperties(r: HsRecord, names: string[]): HsRecord {
  const properties = { ...r.properties };
  for (const n of names) delete properties[n];
  return { ...r, properties };
}

/** hs_object_id order (numeric), as the search sorts. */
function compareIds(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}
