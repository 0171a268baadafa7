/** The batch writer's single calls, recorded with nock against the real @hubspot/api-client. */
import { Client } from '@hubspot/api-client';
import nock from 'nock';
import type { CallStats, CompanyUpdate, HubSpotCalls, HubSpotConnection } from '../../src/hubspot/contracts';
import { writeUpdates } from '../../src/hubspot/write';

const BASE = 'https://hubspot.test';

/** Counts calls by endpoint and passes them straight through (the retrying connection is tested on its own). */
function countingCalls(): HubSpotCalls {
  let byEndpoint: Record<string, number> = {};
  return {
    call: (endpoint, fn) => {
      byEndpoint[endpoint] = (byEndpoint[endpoint] ?? 0) + 1;
      return fn();
    },
    stats: (): CallStats => ({ byEndpoint: { ...byEndpoint }, total: Object.values(byEndpoint).reduce((a, b) => a + b, 0), retries: 0, throttled: 0, waitedMs: 0 }),
    reset: () => { byEndpoint = {}; },
  };
}

function connection(): HubSpotConnection {
  return { client: new Client({ accessToken: 'test-token', basePath: BASE }), calls: countingCalls(), baseUrl: BASE };
}

const updates = (n: number): CompanyUpdate[] =>
  Array.from({ length: n }, (_, i) => ({ companyId: String(i + 1), properties: { che_health_score: String(50 + (i % 50)) } }));

const ok = (inputs: { id: string; properties: Record<string, string> }[]) => ({
  status: 'COMPLETE',
  results: inputs.map((i) => ({ id: i.id, properties: i.properties, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-11-22T00:00:00Z', archived: false })),
  startedAt: '2026-11-22T00:00:00Z',
  completedAt: '2026-11-22T00:00:01Z',
});

const single = (id: string) => ({ id, properties: {}, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-11-22T00:00:00Z', archived: false });

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe('writeUpdates', () => {
  it('sends 250 updates as batches of 100, 100 and 50', async () => {
    const sizes: number[] = [];
    nock(BASE)
      .post('/crm/v3/objects/companies/batch/update')
      .times(3)
      .reply(200, (_uri, body) => {
        const { inputs } = body as { inputs: { id: string; properties: Record<string, string> }[] };
        sizes.push(inputs.length);
        return ok(inputs);
      });
    const conn = connection();
    const result = await writeUpdates(conn, updates(250));
    expect(sizes).toEqual([100, 100, 50]);
    expect(result).toEqual({ written: 250, failed: [] });
    expect(conn.calls.stats().byEndpoint).toEqual({ 'POST /crm/v3/objects/companies/batch/update': 3 });
  });

  it('retries the records a 207 names one by one and reports the one that still fails with HubSpot\'s message', async () => {
    nock(BASE)
      .post('/crm/v3/objects/companies/batch/update')
      .reply(207, {
        status: 'COMPLETE',
        results: [single('1')],
        numErrors: 1,
        errors: [{ status: 'error', category: 'OBJECT_NOT_FOUND', message: 'Could not update some COMPANY objects', context: { ids: ['2', '3'] } }],
        startedAt: '2026-11-22T00:00:00Z',
        completedAt: '2026-11-22T00:00:01Z',
      });
    nock(BASE).patch('/crm/v3/objects/companies/2').reply(200, single('2'));
    nock(BASE).patch('/crm/v3/objects/companies/3').reply(404, {
      status: 'error', category: 'OBJECT_NOT_FOUND', message: 'Object not found.  objectId are usually numeric.', correlationId: 'c-1',
    });
    const conn = connection();
    const result = await writeUpdates(conn, updates(3));
    expect(result.written).toBe(2);
    expect(result.failed).toEqual([{ companyId: '3', reason: 'HTTP 404 OBJECT_NOT_FOUND Object not found.  objectId are usually numeric.' }]);
    expect(conn.calls.stats().byEndpoint['PATCH /crm/v3/objects/companies/{companyId}']).toBe(2);
    expect(nock.isDone()).toBe(true);
  });

  it('a batch rejected with 400 is retried per record, so one bad value costs only its company', async () => {
    nock(BASE).post('/crm/v3/objects/companies/batch/update').reply(400, {
      status: 'error', category: 'VALIDATION_ERROR', message: 'Property values were not valid: che_health_tier "great" is not an allowed option',
    });
    nock(BASE).patch('/crm/v3/objects/companies/1').reply(200, single('1'));
    nock(BASE).patch('/crm/v3/objects/companies/2').reply(400, {
      status: 'error', category: 'VALIDATION_ERROR', message: 'Property values were not valid: che_health_tier "great" is not an allowed option',
    });
    nock(BASE).patch('/crm/v3/objects/companies/3').reply(200, single('3'));
    const result = await writeUpdates(connection(), updates(3));
    expect(result.written).toBe(2);
    expect(result.failed).toHaveLength(1);
    expect(result.failed[0]!.companyId).toBe('2');
    expect(result.failed[0]!.reason).toMatch(/^HTTP 400 VALIDATION_ERROR .*che_health_tier "great"/);
    expect(nock.isDone()).toBe(true);
  });

  it('makes no call at all for no updates', async () => {
    const conn = connection();
    expect(await writeUpdates(conn, [])).toEqual({ written: 0, failed: [] });
    expect(conn.calls.stats().total).toBe(0);
  });
});
