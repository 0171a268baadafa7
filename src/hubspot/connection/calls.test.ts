import nock from 'nock';
import { hubSpotConfigFromEnv } from '../env';
import { callsSince, createHubSpotConnection, HubSpotApiError } from './index';

const BASE = 'https://api.hubapi.com';
const TOKEN = 'pat-na1-11111111-2222-3333-4444-555555555555';
const COMPANY = '/crm/v3/objects/companies/42';
const ENDPOINT = 'GET /crm/v3/objects/companies/{id}';
const company = { id: '42', properties: { name: 'Acme' }, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', archived: false };

/** A clock that moves only when someone sleeps; records every sleep. */
function fakeClock(start = 1_000_000) {
  let t = start;
  const slept: number[] = [];
  return {
    now: () => t,
    sleep: async (ms: number) => {
      slept.push(ms);
      t += ms;
    },
    slept,
  };
}

function connect(clock = fakeClock(), extra: Record<string, string> = {}, random = () => 0.5) {
  const config = hubSpotConfigFromEnv({ HUBSPOT_ACCESS_TOKEN: TOKEN, HUBSPOT_MAX_RETRIES: '3', ...extra });
  const conn = createHubSpotConnection(config, { now: clock.now, sleep: clock.sleep, random });
  const getCompany = () => conn.calls.call(ENDPOINT, () => conn.client.crm.companies.basicApi.getById('42'));
  return { conn, getCompany, clock };
}

const rateLimitHeaders = (remaining: number, max = 100) => ({
  'X-HubSpot-RateLimit-Interval-Milliseconds': '10000',
  'X-HubSpot-RateLimit-Max': String(max),
  'X-HubSpot-RateLimit-Remaining': String(remaining),
});

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe('HubSpotCalls over the real client (nock)', () => {
  it('waits 1 s after a search 429 (SECONDLY), then succeeds', async () => {
    const { conn, clock } = connect();
    nock(BASE)
      .post('/crm/v3/objects/companies/search').reply(429, { status: 'error', message: 'You have reached your secondly limit.', errorType: 'RATE_LIMIT', correlationId: 'c-1', policyName: 'SECONDLY' })
      .post('/crm/v3/objects/companies/search').reply(200, { total: 0, results: [] });
    const search = () => conn.client.crm.companies.searchApi.doSearch({ filterGroups: [], limit: 1 });
    const res = await conn.calls.call('POST /crm/v3/objects/companies/search', search, { search: true });
    expect(res.total).toBe(0);
    expect(clock.slept).toEqual([1000]);
    expect(conn.calls.stats()).toMatchObject({ total: 2, retries: 1, throttled: 1, waitedMs: 1000 });
  });

  it('after a 429 on a window we filled, waits until our oldest call leaves it and lowers the budget to HubSpot\'s Max', async () => {
    const { conn, getCompany, clock } = connect(fakeClock(), { HUBSPOT_RATE_LIMIT: '150' });
    nock(BASE)
      .get(COMPANY).times(2).reply(200, company, rateLimitHeaders(1, 2))
      .get(COMPANY).reply(429, { status: 'error', message: 'You have reached your ten_secondly_rolling limit.', errorType: 'RATE_LIMIT', policyName: 'TEN_SECONDLY_ROLLING' }, rateLimitHeaders(0, 2))
      .get(COMPANY).reply(200, company);
    await getCompany();
    await clock.sleep(3000); // the second call 3 s after the first
    await getCompany();
    clock.slept.length = 0;
    const res = await getCompany();
    expect(res.properties.name).toBe('Acme');
    // Max 2, and our log holds three sends (the rejected one counts: we cannot know HubSpot did
    // not count it), so the one sent at +3 s must leave: 10 s + the 200 ms margin after it.
    expect(clock.slept).toEqual([10_000 + 200]);
    expect(conn.calls.stats()).toMatchObject({ total: 4, throttled: 1, retries: 1 });
  });

  it('backs off with full jitter after a 429 caused by other integrations', async () => {
    const { conn, getCompany, clock } = connect(fakeClock(), {}, () => 0.25);
    nock(BASE)
      .get(COMPANY).reply(429, { status: 'error', message: 'You have reached your ten_secondly_rolling limit.', policyName: 'TEN_SECONDLY_ROLLING' }, rateLimitHeaders(0, 190))
      .get(COMPANY).reply(200, company);
    await getCompany();
    expect(clock.slept).toEqual([0.25 * 500]);
    expect(conn.calls.stats().waitedMs).toBe(125);
  });

  it('retries a 5xx (HTML edge page) with exponential backoff, then succeeds', async () => {
    const { conn, getCompany, clock } = connect(fakeClock(), {}, () => 1);
    nock(BASE)
      .get(COMPANY).reply(502, '<html><head><title>502 Bad Gateway</title></head></html>', { 'content-type': 'text/html' })
      .get(COMPANY).reply(503, { status: 'error', message: 'Service Unavailable', category: 'SERVICE_UNAVAILABLE' })
      .get(COMPANY).reply(200, company);
    const res = await getCompany();
    expect(res.id).toBe('42');
    expect(clock.slept).toEqual([500, 1000]);
    expect(conn.calls.stats()).toMatchObject({ byEndpoint: { [ENDPOINT]: 3 }, total: 3, retries: 2, throttled: 0 });
  });

  it('gives up after maxRetries with an error naming endpoint, status and HubSpot\'s message, never the token', async () => {
    const { conn, getCompany } = connect();
    nock(BASE).get(COMPANY).times(4).reply(503, { status: 'error', message: `Service Unavailable for ${TOKEN}`, correlationId: 'abc' });
    const err = await getCompany().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HubSpotApiError);
    const e = err as HubSpotApiError;
    expect(e.message).toContain(ENDPOINT);
    expect(e.message).toContain('HTTP 503');
    expect(e.message).toContain('Service Unavailable');
    expect(e.message).toContain('after 4 attempts');
    expect(e.message).not.toContain(TOKEN);
    expect(e.status).toBe(503);
    expect(conn.calls.stats()).toMatchObject({ total: 4, retries: 3 });
    expect(nock.isDone()).toBe(true);
  });

  it('does not retry a 400 and reports HubSpot\'s message', async () => {
    const { conn, clock } = connect();
    nock(BASE).post('/crm/v3/properties/companies').reply(400, { status: 'error', message: 'Property values were not valid', category: 'VALIDATION_ERROR', correlationId: 'x-1' });
    const create = () => conn.client.crm.properties.coreApi.create('companies', { name: 'x', label: 'X', type: 'string', fieldType: 'text', groupName: 'g' } as never);
    const err = (await conn.calls.call('POST /crm/v3/properties/companies', create).catch((e: unknown) => e)) as HubSpotApiError;
    expect(err.message).toBe('HubSpot POST /crm/v3/properties/companies failed: HTTP 400 Property values were not valid (correlationId x-1)');
    expect(conn.calls.stats()).toMatchObject({ total: 1, retries: 0 });
    expect(clock.slept).toEqual([]);
  });

  it('does not retry after the daily limit', async () => {
    const { conn, getCompany } = connect();
    nock(BASE).get(COMPANY).reply(429, { status: 'error', message: 'You have reached your daily limit.', policyName: 'DAILY' });
    const err = (await getCompany().catch((e: unknown) => e)) as HubSpotApiError;
    expect(err.message).toContain('daily API budget');
    expect(conn.calls.stats()).toMatchObject({ total: 1, retries: 0, throttled: 1 });
  });

  it('retries a dropped connection (ECONNRESET), then succeeds', async () => {
    const { conn, getCompany } = connect();
    nock(BASE)
      .get(COMPANY).replyWithError({ code: 'ECONNRESET', message: 'socket hang up' })
      .get(COMPANY).reply(200, company);
    await expect(getCompany()).resolves.toMatchObject({ id: '42' });
    expect(conn.calls.stats()).toMatchObject({ total: 2, retries: 1 });
  });

  it('rethrows an error that is not a HubSpot answer untouched', async () => {
    const { conn } = connect();
    const bug = new RangeError('caller bug');
    await expect(conn.calls.call('GET /x', async () => { throw bug; })).rejects.toBe(bug);
    expect(conn.calls.stats().retries).toBe(0);
  });

  it('reset() starts a fresh count', async () => {
    const { conn, getCompany } = connect();
    nock(BASE).get(COMPANY).reply(200, company);
    await getCompany();
    conn.calls.reset();
    expect(conn.calls.stats()).toEqual({ byEndpoint: {}, total: 0, retries: 0, throttled: 0, waitedMs: 0 });
  });

  it('callsSince counts only what was called between two readings, leaving the shared count alone', async () => {
    const { conn, getCompany } = connect();
    nock(BASE).get(COMPANY).times(3).reply(200, company);
    await getCompany();
    const before = conn.calls.stats();
    await getCompany();
    await getCompany();
    const spent = callsSince(before, conn.calls.stats());
    expect(spent.total).toBe(2);
    expect(Object.values(spent.byEndpoint)).toEqual([2]);
    expect(conn.calls.stats().total).toBe(3);
  });
});
