/**
 * The transports: what they send, and how every kind of answer — envelope,
 * wrapped, thrown, HTTP error, foreign shape — becomes the contract's envelope.
 */
import { fetchTransport, fromStandardFetch, readAnswer, serverlessTransport, type CardFetch, type JsonValue } from './transport';
import { aCardHealth } from './test-support/cardHealthBuilder';

const health = aCardHealth().build();
const envelope = { ok: true, data: health };

describe('serverlessTransport', () => {
  it('calls the app function named like the operation with { parameters } and returns its envelope', async () => {
    const calls: Array<[string, { parameters: JsonValue }]> = [];
    const transport = serverlessTransport(async (name, options) => { calls.push([name, options]); return envelope; });
    const answer = await transport('get-health', { companyId: '101', live: true });
    expect(calls).toEqual([['get-health', { parameters: { companyId: '101', live: true } }]]);
    expect(answer).toEqual(envelope);
  });

  it('uses the configured function uid when one is given', async () => {
    const names: string[] = [];
    const transport = serverlessTransport(async (name) => { names.push(name); return envelope; }, { 'get-health': 'che-get-health' });
    await transport('get-health', { companyId: '101' });
    await transport('recalculate-health', { companyId: '101' });
    expect(names).toEqual(['che-get-health', 'recalculate-health']);
  });

  it('unwraps { statusCode, body } answers, with the body as object or JSON text', async () => {
    const asObject = serverlessTransport(async () => ({ statusCode: 200, body: envelope }));
    const asText = serverlessTransport(async () => ({ statusCode: 200, body: JSON.stringify(envelope) }));
    expect(await asObject('get-health', { companyId: '101' })).toEqual(envelope);
    expect(await asText('get-health', { companyId: '101' })).toEqual(envelope);
  });

  it('passes the function\'s own error through unchanged', async () => {
    const error = { code: 'bad_request', message: 'Invalid parameters', fields: [{ field: 'companyId', message: 'companyId must be a HubSpot record id (digits)' }] };
    const transport = serverlessTransport(async () => ({ ok: false, error }));
    expect(await transport('get-health', { companyId: 'abc' })).toEqual({ ok: false, error });
  });

  it('turns a thrown call into an error naming the function', async () => {
    const transport = serverlessTransport(async () => { throw new Error('Function timed out after 15s'); });
    expect(await transport('recalculate-health', { companyId: '101' }))
      .toEqual({ ok: false, error: { code: 'internal', message: 'The recalculate-health function failed: Function timed out after 15s' } });
  });

  it('reports the runner\'s ERROR status with its message', async () => {
    const transport = serverlessTransport(async () => ({ status: 'ERROR', message: 'PRIVATE_APP_ACCESS_TOKEN is not set' }));
    expect(await transport('get-health', { companyId: '101' }))
      .toEqual({ ok: false, error: { code: 'internal', message: 'get-health failed: PRIVATE_APP_ACCESS_TOKEN is not set' } });
  });
});

describe('readAnswer', () => {
  it('rejects an answer that is not an envelope', () => {
    expect(readAnswer('get-health', 'hello')).toEqual({ ok: false, error: { code: 'internal', message: 'get-health answered in an unexpected shape' } });
    expect(readAnswer('get-health', undefined)).toMatchObject({ ok: false });
  });

  it('rejects data of the wrong shape, naming where', () => {
    const answer = readAnswer('get-health', { ok: true, data: { ...health, history: 'none' } });
    expect(answer).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(!answer.ok && answer.error.message).toContain('history');
  });

  it('checks a task answer against the task outline', () => {
    const task = { taskId: '7001', subject: 'Play: Acme', dueDate: '2026-12-11', ownerId: null, created: true };
    expect(readAnswer('create-play-task', { ok: true, data: task })).toEqual({ ok: true, data: task });
    expect(readAnswer('create-play-task', { ok: true, data: health })).toMatchObject({ ok: false });
  });

  it('maps an unknown error code to internal but keeps the message', () => {
    expect(readAnswer('get-health', { ok: false, error: { code: 'teapot', message: 'I am a teapot' } }))
      .toEqual({ ok: false, error: { code: 'internal', message: 'I am a teapot' } });
  });
});

function fakeFetch(status: number, body: unknown | (() => Promise<unknown>)) {
  const calls: Array<Parameters<CardFetch>> = [];
  const fetch: CardFetch = async (url, options) => {
    calls.push([url, options]);
    return { ok: status < 400, status, json: typeof body === 'function' ? (body as () => Promise<unknown>) : async () => body };
  };
  return { fetch, calls };
}

describe('fetchTransport', () => {
  it('POSTs the parameters to {baseUrl}/api/card/{op}', async () => {
    const { fetch, calls } = fakeFetch(200, envelope);
    const answer = await fetchTransport(fetch, 'https://che.example.com/')('get-health', { companyId: '101', live: true });
    expect(calls).toEqual([['https://che.example.com/api/card/get-health', { method: 'POST', body: { companyId: '101', live: true } }]]);
    expect(answer).toEqual(envelope);
  });

  it('keeps the API\'s own error envelope on an error status', async () => {
    const error = { code: 'not_found', message: 'No company 999' };
    const { fetch } = fakeFetch(404, { ok: false, error });
    expect(await fetchTransport(fetch, 'https://che.example.com')('get-health', { companyId: '999' })).toEqual({ ok: false, error });
  });

  it('reports an error status without an envelope by its status', async () => {
    const { fetch } = fakeFetch(502, { message: 'Bad gateway' });
    expect(await fetchTransport(fetch, 'https://che.example.com')('get-health', { companyId: '101' }))
      .toEqual({ ok: false, error: { code: 'internal', message: 'The card API answered HTTP 502 (get-health)' } });
  });

  it('reports a body that is not JSON', async () => {
    const { fetch } = fakeFetch(403, async () => { throw new SyntaxError('Unexpected token <'); });
    expect(await fetchTransport(fetch, 'https://che.example.com')('set-override', { action: 'clear', companyId: '101' }))
      .toEqual({ ok: false, error: { code: 'forbidden', message: 'The card API answered HTTP 403 without JSON (set-override)' } });
  });

  it('reports an unreachable API', async () => {
    const fetch: CardFetch = async () => { throw new TypeError('fetch failed'); };
    expect(await fetchTransport(fetch, 'https://che.example.com')('get-health', { companyId: '101' }))
      .toEqual({ ok: false, error: { code: 'internal', message: 'Could not reach the card API (get-health): fetch failed' } });
  });
});

describe('fromStandardFetch', () => {
  it('sends the body as JSON text with a JSON content type', async () => {
    const seen: unknown[] = [];
    const fetch = fromStandardFetch(async (url, init) => { seen.push([url, init]); return { ok: true, status: 200, json: async () => envelope }; });
    await fetchTransport(fetch, 'http://127.0.0.1:3000')('recalculate-health', { companyId: '101' });
    expect(seen).toEqual([['http://127.0.0.1:3000/api/card/recalculate-health', {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"companyId":"101"}',
    }]]);
  });
});
