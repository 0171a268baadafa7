/**
 * One company through the scoring run's steps — load → assess → (plan → write)
 * — keeping the assessment, which the card shows in full. The same loader,
 * core and writer as runSingle; the run's summary is not needed here.
 */
import { assessLoaded } from '../assess-loaded';
import type { HealthAssessment } from '../../core/contract';
import type { LoadedCompany } from '../../hubspot/contracts';
import { loadCompanies } from '../../hubspot/load';
import { planUpdate, writeUpdates } from '../../hubspot/write';
import type { JobDeps } from '../run';
import { CardFailure } from './errors';

export interface AssessedCompany {
  loaded: LoadedCompany;
  assessment: HealthAssessment;
  /** Properties written (empty when nothing changed or `write` was false). */
  written: string[];
}

/**
 * Loads and assesses `companyId` as of deps.now(), whatever its lifecycle
 * stage; with `write`, writes the changed che_* values back. Returns null when
 * HubSpot returned no such company (the caller decides whether that is a 404).
 */
export async function assessOne(deps: JobDeps, companyId: string, opts: { write: boolean }): Promise<AssessedCompany | null> {
  const nowIso = deps.now().toISOString();
  let loaded: LoadedCompany | undefined;
  for await (const chunk of loadCompanies(deps.conn, deps.mapping, { companyIds: [companyId], asOf: nowIso, customersOnly: false })) {
    loaded = chunk.find((c) => c.companyId === companyId) ?? loaded;
  }
  if (!loaded) return null;
  if (!loaded.snapshot) {
    if (/not returned by HubSpot|OBJECT_NOT_FOUND|not found|do(es)? not exist/i.test(loaded.error ?? '')) return null;
    throw new CardFailure('hubspot', `Could not build the company's data from HubSpot: ${loaded.error ?? 'no snapshot'}`);
  }
  const assessment = assessLoaded({ ...loaded, snapshot: loaded.snapshot }, deps.model);
  if (!opts.write) return { loaded, assessment, written: [] };
  const update = planUpdate(loaded, assessment, nowIso);
  if (update) {
    const result = await writeUpdates(deps.conn, [update]);
    const failure = result.failed[0];
    if (failure) throw new CardFailure('hubspot', `HubSpot refused the new health values: ${failure.reason}`);
  }
  return { loaded, assessment, written: update ? Object.keys(update.properties) : [] };
}
