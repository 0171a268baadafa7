/**
 * Sends planned updates to HubSpot: batches of 100 (HubSpot's batch limit),
 * each through the connection's rate-limited, retrying, counted `call`.
 *
 * A batch HubSpot answers 207 (some records failed) or rejects outright (a
 * 400 for one bad value fails the whole batch) is retried record by record,
 * so one bad company costs only itself; a record that still fails is reported
 * with HubSpot's own message.
 */
import type { CompanyUpdate, HubSpotConnection, WriteResult } from '../contracts';

export const BATCH_SIZE = 100;
export const BATCH_UPDATE_ENDPOINT = 'POST /crm/v3/objects/companies/batch/update';
export const SINGLE_UPDATE_ENDPOINT = 'PATCH /crm/v3/objects/companies/{companyId}';

interface BatchAnswer {
  results?: { id?: string }[];
  errors?: { message?: string; context?: Record<string, string[] | undefined> }[];
}

/** HubSpot's message from an ApiException (its JSON body) or any other failure. */
export function hubspotMessage(err: unknown): string {
  const e = err as { code?: unknown; body?: unknown; message?: unknown };
  const body = e?.body as { message?: unknown; category?: unknown } | string | undefined;
  const status = typeof e?.code === 'number' ? `HTTP ${e.code}` : undefined;
  if (body && typeof body === 'object' && typeof body.message === 'string') {
    return [status, typeof body.category === 'string' ? body.category : undefined, body.message].filter(Boolean).join(' ');
  }
  if (status) return status;
  // Not an HTTP answer (network failure after the connection's retries); the first line only, never headers.
  return typeof e?.message === 'string' ? e.message.split('\n')[0]! : String(err);
}

/** Ids a 207 reports as failed, or — when its errors name none — every input it returned no result for. */
function failedIds(chunk: readonly CompanyUpdate[], answer: BatchAnswer): Set<string> {
  const named = new Set((answer.errors ?? []).flatMap((e) => e.context?.ids ?? []).map(String));
  if (named.size > 0) return named;
  const ok = new Set((answer.results ?? []).map((r) => String(r.id)));
  return new Set(chunk.map((u) => u.companyId).filter((id) => !ok.has(id)));
}

async function writeOne(conn: HubSpotConnection, update: CompanyUpdate): Promise<string | null> {
  try {
    await conn.calls.call(SINGLE_UPDATE_ENDPOINT, () =>
      conn.client.crm.companies.basicApi.update(update.companyId, { properties: update.properties }),
    );
    return null;
  } catch (err) {
    return hubspotMessage(err);
  }
}

async function writeChunk(conn: HubSpotConnection, chunk: readonly CompanyUpdate[], result: WriteResult): Promise<void> {
  let retry: CompanyUpdate[];
  try {
    const answer = (await conn.calls.call(BATCH_UPDATE_ENDPOINT, () =>
      conn.client.crm.companies.batchApi.update({
        inputs: chunk.map((u) => ({ id: u.companyId, properties: u.properties })),
      }),
    )) as BatchAnswer;
    const failed = (answer.errors?.length ?? 0) > 0 ? failedIds(chunk, answer) : new Set<string>();
    retry = chunk.filter((u) => failed.has(u.companyId));
    result.written += chunk.length - retry.length;
  } catch {
    // The whole batch was rejected; its records are tried one by one below.
    retry = [...chunk];
  }
  for (const update of retry) {
    const reason = await writeOne(conn, update);
    if (reason === null) result.written += 1;
    else result.failed.push({ companyId: update.companyId, reason });
  }
}

export async function writeUpdates(conn: HubSpotConnection, updates: readonly CompanyUpdate[]): Promise<WriteResult> {
  const result: WriteResult = { written: 0, failed: [] };
  for (let i = 0; i < updates.length; i += BATCH_SIZE) {
    await writeChunk(conn, updates.slice(i, i + BATCH_SIZE), result);
  }
  return result;
}
