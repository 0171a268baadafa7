/**
 * A run over a given set of companies: what the backend's webhook queue
 * starts once its debounce window closes. Like an incremental run (customers
 * only, summary mode "incremental"), but the ids come from the CRM's own
 * change events instead of a search for modified records.
 */
import type { HubSpotConnection } from '../hubspot/contracts';
import { byNumericId, companiesLinkedTo } from '../hubspot/load/companies';
import type { ReadProblem } from '../hubspot/load/reads';
import { runSelected, type JobDeps, type RunOptions } from './run';
import type { RunSummary } from './summary';

export function runCompanies(deps: JobDeps, companyIds: readonly string[], opts: RunOptions = {}): Promise<RunSummary> {
  return runSelected(deps, 'incremental', opts, async () => [...companyIds]);
}

/** A CRM record a change event named: a company, or an object whose companies must be rescored. */
export interface RecordRef {
  objectType: string;
  id: string;
}

/**
 * The companies behind `refs`: companies as they are, every other record
 * through its company associations (associations v4 batch read). Read
 * problems are returned, not thrown: a record that vanished since has no company.
 */
export async function companiesOf(conn: HubSpotConnection, refs: readonly RecordRef[]): Promise<{ companyIds: string[]; problems: string[] }> {
  const companies = new Set<string>();
  const byType = new Map<string, Set<string>>();
  for (const r of refs) {
    if (r.objectType === 'companies') companies.add(r.id);
    else byType.set(r.objectType, (byType.get(r.objectType) ?? new Set()).add(r.id));
  }
  const problems: ReadProblem[] = [];
  for (const [type, ids] of byType) {
    for (const companyId of await companiesLinkedTo(conn, type, [...ids], problems)) companies.add(companyId);
  }
  return { companyIds: [...companies].sort(byNumericId), problems: problems.map((p) => p.message) };
}
