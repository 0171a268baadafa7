/**
 * The loader's HubSpot reads, each through `conn.calls.call` (rate limit,
 * retries, per-endpoint count) and each response checked with zod. Batch
 * answers with `errors` (207) turn into warnings, never a crash.
 */
import type { HubSpotConnection } from '../contracts';
import {
  AssociationBatchResponse, BatchReadResponse, LabelsResponse, parseRecord, parseResponse, PipelinesResponse, SearchResponse,
  type BatchError, type HsRecord,
} from '../mappers/records';

/** HubSpot's batch limits. */
export const BATCH_READ_MAX = 100;
export const HISTORY_BATCH_READ_MAX = 50;
export const ASSOCIATION_READ_MAX = 1000;
export const SEARCH_PAGE = 200;
export const SEARCH_RESULT_CAP = 10_000;

/** A record-level problem: ids HubSpot did not find, or a record that failed validation. */
export interface ReadProblem {
  ids: string[];
  message: string;
}

export interface ReadResult {
  records: HsRecord[];
  problems: ReadProblem[];
}

export type Filter = { propertyName: string; operator: string; value?: string; highValue?: string; values?: string[] };

function chunks<T>(xs: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}

function describeErrors(objectType: string, errors: BatchError[] | undefined): ReadProblem[] {
  return (errors ?? []).map((e) => {
    const ids = e.context?.ids ?? e.context?.fromObjectId ?? [];
    return { ids, message: `${objectType}${ids.length ? ` ${ids.join(', ')}` : ''}: ${e.category ?? 'error'}: ${e.message ?? 'no message'}` };
  });
}

function malformed(objectType: string, raw: unknown, problem: string): ReadProblem {
  const id = raw && typeof raw === 'object' && 'id' in raw ? String((raw as { id: unknown }).id) : '?';
  return { ids: [id], message: `${objectType} ${problem}` };
}

/**
 * Batch read of records by id: 100 per call, 50 when property history is
 * asked. With `dropNotFound`, ids HubSpot does not find are left out silently,
 * as a search leaves them out, instead of becoming problems.
 */
export async function batchRead(
  conn: HubSpotConnection, objectType: string, ids: string[], properties: string[], withHistory: string[] = [], opts: { dropNotFound?: boolean } = {},
): Promise<ReadResult> {
  const size = withHistory.length > 0 ? HISTORY_BATCH_READ_MAX : BATCH_READ_MAX;
  const endpoint = `POST /crm/v3/objects/${objectType}/batch/read`;
  const out: ReadResult = { records: [], problems: [] };
  for (const part of chunks([...new Set(ids)], size)) {
    const input = { inputs: part.map((id) => ({ id })), properties, propertiesWithHistory: withHistory };
    // POST /crm/v3/objects/{objectType}/batch/read
    const raw = await conn.calls.call(endpoint, () => conn.client.crm.objects.batchApi.read(objectType, input));
    const body = parseResponse(BatchReadResponse, raw, endpoint);
    out.problems.push(...describeErrors(objectType, (body.errors ?? []).filter((e) => !(opts.dropNotFound && e.category === 'OBJECT_NOT_FOUND'))));
    for (const r of body.results) {
      const { record, problem } = parseRecord(r);
      if (record) out.records.push(record);
      else out.problems.push(malformed(objectType, r, problem!));
    }
  }
  return out;
}

/**
 * Records among `ids` that match one of `windows` (each a filter list AND-ed
 * with the id filter): CRM search with `hs_object_id IN` blocks, several
 * blocks per request as OR-ed filter groups, 200 per page. Cheaper than a
 * batch read when the window drops records, and never near the 10,000 cap
 * (a request names at most filterGroupsMax × inValuesMax ids).
 */
export async function searchByIds(
  conn: HubSpotConnection, objectType: string, ids: string[], properties: string[], windows: Filter[][],
  limits: { inValuesMax: number; filterGroupsMax: number },
): Promise<ReadResult> {
  const alternatives = windows.length > 0 ? windows : [[]];
  const blocksPerRequest = Math.max(1, Math.floor(limits.filterGroupsMax / alternatives.length));
  const endpoint = `POST /crm/v3/objects/${objectType}/search`;
  const out: ReadResult = { records: [], problems: [] };
  for (const request of chunks(chunks([...new Set(ids)], limits.inValuesMax), blocksPerRequest)) {
    const filterGroups = request.flatMap((block) => alternatives.map((w) => ({ filters: [{ propertyName: 'hs_object_id', operator: 'IN', values: block }, ...w] })));
    let after: string | undefined;
    do {
      const body = { filterGroups, properties, sorts: [{ propertyName: 'hs_object_id', direction: 'ASCENDING' }], limit: SEARCH_PAGE, ...(after ? { after } : {}) };
      // POST /crm/v3/objects/{objectType}/search
      const raw = await conn.calls.call(endpoint, () => conn.client.crm.objects.searchApi.doSearch(objectType, body as never), { search: true });
      const page = parseResponse(SearchResponse, raw, endpoint);
      for (const r of page.results) {
        const { record, problem } = parseRecord(r);
        if (record) out.records.push(record);
        else out.problems.push(malformed(objectType, r, problem!));
      }
      after = page.paging?.next?.after;
    } while (after);
  }
  return out;
}

/**
 * Every id matching `filters`, by search sorted on hs_object_id: 200 per
 * page; at HubSpot's 10,000-result cap the search restarts with
 * `hs_object_id > last id seen`.
 */
export async function searchIds(conn: HubSpotConnection, objectType: string, filters: Filter[]): Promise<string[]> {
  const endpoint = `POST /crm/v3/objects/${objectType}/search`;
  const ids: string[] = [];
  let lastId: string | undefined;
  for (;;) {
    let after: number | undefined;
    let seen = 0;
    let more = false;
    do {
      const group = [...filters, ...(lastId ? [{ propertyName: 'hs_object_id', operator: 'GT', value: lastId }] : [])];
      const body = { filterGroups: [{ filters: group }], properties: ['hs_object_id'], sorts: [{ propertyName: 'hs_object_id', direction: 'ASCENDING' }], limit: SEARCH_PAGE, ...(after ? { after: String(after) } : {}) };
      // POST /crm/v3/objects/{objectType}/search
      const raw = await conn.calls.call(endpoint, () => conn.client.crm.objects.searchApi.doSearch(objectType, body as never), { search: true });
      const page = parseResponse(SearchResponse, raw, endpoint);
      for (const r of page.results) {
        const { record, problem } = parseRecord(r);
        if (!record) throw new Error(`${endpoint}: malformed HubSpot response: ${problem}`);
        ids.push(record.id);
      }
      seen += page.results.length;
      const next = page.paging?.next?.after;
      after = next === undefined ? undefined : Number(next);
      more = next !== undefined;
      if (more && seen + SEARCH_PAGE > SEARCH_RESULT_CAP) break;
    } while (after !== undefined);
    if (!more) return ids;
    lastId = ids[ids.length - 1];
  }
}

export interface AssociationTarget {
  toId: string;
  /** Label texts and USER_DEFINED type ids on this association. */
  labels: string[];
  typeIds: number[];
}

/** Associations v4 batch read (≤ 1,000 ids per call), following per-record paging. Missing ⇒ no entry. */
export async function readAssociations(conn: HubSpotConnection, fromType: string, toType: string, ids: string[], problems: ReadProblem[]): Promise<Map<string, AssociationTarget[]>> {
  const endpoint = `POST /crm/v4/associations/${fromType}/${toType}/batch/read`;
  const out = new Map<string, AssociationTarget[]>();
  let pending: { id: string; after?: string }[] = [...new Set(ids)].map((id) => ({ id }));
  while (pending.length > 0) {
    const next: { id: string; after?: string }[] = [];
    for (const part of chunks(pending, ASSOCIATION_READ_MAX)) {
      // POST /crm/v4/associations/{fromObjectType}/{toObjectType}/batch/read
      const raw = await conn.calls.call(endpoint, () => conn.client.crm.associations.v4.batchApi.getPage(fromType, toType, { inputs: part }));
      const body = parseResponse(AssociationBatchResponse, raw, endpoint);
      for (const e of body.errors ?? []) {
        // "No X is associated with Y" is an empty list, not a problem.
        if (e.subCategory === 'crm.associations.NO_ASSOCIATIONS_FOUND') continue;
        problems.push(...describeErrors(`${fromType}→${toType}`, [e]));
      }
      for (const r of body.results) {
        const from = (r._from ?? r.from)?.id;
        if (!from) throw new Error(`${endpoint}: malformed HubSpot response: results.from: missing`);
        const list = out.get(from) ?? [];
        for (const t of r.to) {
          list.push({
            toId: t.toObjectId,
            labels: t.associationTypes.flatMap((a) => (a.label ? [a.label] : [])),
            typeIds: t.associationTypes.filter((a) => a.category === 'USER_DEFINED').map((a) => a.typeId),
          });
        }
        out.set(from, list);
        const after = r.paging?.next?.after;
        if (after) next.push({ id: from, after });
      }
    }
    pending = next;
  }
  return out;
}

/** Association labels between two object types: typeId → label text. */
export async function readLabels(conn: HubSpotConnection, fromType: string, toType: string): Promise<Map<number, string>> {
  const endpoint = `GET /crm/v4/associations/${fromType}/${toType}/labels`;
  // GET /crm/v4/associations/{fromObjectType}/{toObjectType}/labels
  const raw = await conn.calls.call(endpoint, () => conn.client.crm.associations.v4.schema.definitionsApi.getAll(fromType, toType));
  const body = parseResponse(LabelsResponse, raw, endpoint);
  return new Map(body.results.flatMap((l) => (l.label ? [[l.typeId, l.label] as [number, string]] : [])));
}

/** Stage metadata per pipeline: "pipelineId:stageId" → metadata. */
export async function readPipelineStages(conn: HubSpotConnection, objectType: 'deals' | 'tickets'): Promise<Map<string, Record<string, string | null>>> {
  const endpoint = `GET /crm/v3/pipelines/${objectType}`;
  // GET /crm/v3/pipelines/{objectType}
  const raw = await conn.calls.call(endpoint, () => conn.client.crm.pipelines.pipelinesApi.getAll(objectType));
  const body = parseResponse(PipelinesResponse, raw, endpoint);
  const out = new Map<string, Record<string, string | null>>();
  for (const p of body.results) for (const s of p.stages) out.set(`${p.id}:${s.id}`, s.metadata ?? {});
  return out;
}
