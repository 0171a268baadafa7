/**
 * get-health, recalculate-health and set-override: what the card shows about
 * a company, recomputed or not, and the CSM's override of the score.
 */
import type { JobDeps } from '../run';
import { assessOne } from './assess-one';
import type { CardHealth, GetHealthParams, RecalculateParams, SetOverrideParams } from './contract';
import { badRequest, CardFailure, notFound } from './errors';
import { readStoredCompany, type StoredCompany } from './stored';

export const UPDATE_COMPANY_ENDPOINT = 'PATCH /crm/v3/objects/companies/{companyId}';

function cardHealth(s: StoredCompany, assessment: CardHealth['assessment'], warnings: string[] = []): CardHealth {
  return {
    companyId: s.companyId,
    name: s.name,
    status: s.stored.score === null ? 'not_scored' : 'scored',
    stored: s.stored,
    history: s.history,
    assessment,
    ownerId: s.ownerId,
    warnings: [...new Set([...s.warnings, ...warnings])],
  };
}

/** Stored values and history; with `live`, also the assessment of the CRM's current data (nothing written). */
export async function getHealth(deps: JobDeps, params: GetHealthParams): Promise<CardHealth> {
  const stored = await readStoredCompany(deps.conn, deps.mapping, params.companyId);
  if (!params.live) return cardHealth(stored, null);
  const live = await assessOne(deps, params.companyId, { write: false });
  if (!live) throw notFound(params.companyId);
  return cardHealth(stored, live.assessment, live.loaded.warnings);
}

/** Scores the company now, writes the changed values back, and answers with the fresh record and the assessment. */
export async function recalculateHealth(deps: JobDeps, params: RecalculateParams): Promise<CardHealth> {
  const scored = await assessOne(deps, params.companyId, { write: true });
  // Read after the write: the stored values and the history then include this score.
  const stored = await readStoredCompany(deps.conn, deps.mapping, params.companyId);
  if (!scored) throw notFound(params.companyId);
  return cardHealth(stored, scored.assessment, scored.loaded.warnings);
}

/**
 * Writes (or clears) the CSM's override properties, then rescores so that
 * che_health_score holds the score in force. An override expiring today or
 * earlier would never apply, so it is refused.
 */
export async function setOverride(deps: JobDeps, params: SetOverrideParams): Promise<CardHealth> {
  const o = deps.mapping.override;
  if (!o) throw new CardFailure('bad_request', 'Overrides are switched off in this portal\'s mapping (mapping.override is null).');
  const today = deps.now().toISOString().slice(0, 10);
  let properties: Record<string, string>;
  if (params.action === 'set') {
    if (params.expiresAt !== undefined && params.expiresAt <= today) {
      throw badRequest('expiresAt', `must be after today (${today}): the override stops applying on that day`);
    }
    properties = { [o.score]: String(params.score), [o.reason]: params.reason, [o.expires]: params.expiresAt ?? '', [o.by]: params.by ?? '' };
  } else {
    properties = { [o.score]: '', [o.reason]: '', [o.expires]: '', [o.by]: '' };
  }
  try {
    // PATCH /crm/v3/objects/companies/{companyId}
    await deps.conn.calls.call(UPDATE_COMPANY_ENDPOINT, () => deps.conn.client.crm.companies.basicApi.update(params.companyId, { properties }));
  } catch (err) {
    if ((err as { status?: number }).status === 404) throw notFound(params.companyId);
    throw err;
  }
  return recalculateHealth(deps, { companyId: params.companyId });
}
