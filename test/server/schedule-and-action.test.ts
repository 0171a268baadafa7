/**
 * The schedule's ticks (driven by hand through an injected cron), the custom
 * workflow action and the card API's signed mount, against the sandbox.
 */
import { CARD_API_PATH, WORKFLOW_ACTION_PATH } from '../../src/server/app';
import { startSchedule, type CronScheduler } from '../../src/server/schedule';
import type { CardHandler } from '../../src/server/app';
import { startHarness, type Harness, type ServerUnderTest } from './harness';

let h: Harness;
let sut: ServerUnderTest;
const cardCalls: { operation: string; params: unknown }[] = [];
const fakeCard: CardHandler = async (operation, params) => {
  cardCalls.push({ operation, params });
  if (operation === 'set-override') return { ok: false, error: { code: 'bad_request', message: 'score: required', fields: [{ field: 'score', message: 'required' }] } };
  return { ok: true, data: { fake: operation } as never };
};

beforeAll(async () => {
  h = await startHarness({ companies: 30, seed: 3 });
  sut = await h.start({ cardHandler: fakeCard });
}, 60_000);

afterAll(async () => {
  await h.stop();
});

describe('the schedule', () => {
  const crons: { expression: string; timezone: string; tick: () => Promise<unknown> }[] = [];
  const fakeCron: CronScheduler = (expression, tick, opts) => {
    crons.push({ expression, timezone: opts.timezone, tick });
    return { stop: () => undefined };
  };

  it('registers both cron expressions in the configured time zone', () => {
    startSchedule({ fullCron: '0 3 * * *', incrementalCron: '*/5 * * * *', timezone: 'Europe/Berlin' }, { jobs: h.js.deps, runner: sut.server.runner, store: sut.store, cron: fakeCron }).stop();
    expect(crons.map((c) => [c.expression, c.timezone])).toEqual([['0 3 * * *', 'Europe/Berlin'], ['*/5 * * * *', 'Europe/Berlin']]);
  });

  it('two overlapping ticks run once', async () => {
    const schedule = startSchedule({ fullCron: '0 2 * * *', incrementalCron: '*/15 * * * *', timezone: 'UTC' }, { jobs: h.js.deps, runner: sut.server.runner, store: sut.store, cron: fakeCron });
    const count = (trigger: string) => sut.store.runs().filter((r) => r.trigger === trigger).length;
    const [fullBefore, incBefore] = [count('scheduled-full'), count('scheduled-incremental')];
    const outcomes = await Promise.all([schedule.tickFull(), schedule.tickFull(), schedule.tickIncremental()]);
    expect(outcomes.map((o) => o.ran)).toEqual([true, false, false]);
    expect(count('scheduled-full')).toBe(fullBefore + 1);
    expect(count('scheduled-incremental')).toBe(incBefore);
    // Once the run is over, the next tick runs; it looks for changes since the last scheduled run started.
    h.js.clock.advance(60_000);
    const next = await schedule.tickIncremental();
    expect(next.ran).toBe(true);
    expect(next.record?.summary?.since).toBe(sut.store.runs().find((r) => r.trigger === 'scheduled-full')!.startedAt);
    schedule.stop();
  }, 30_000);

  it('/runs lists the summaries, newest first', async () => {
    const res = await fetch(`${sut.url}/runs`);
    const body = await res.json() as { results: { trigger: string; summary?: { mode: string } }[] };
    expect(body.results[0]).toMatchObject({ trigger: 'scheduled-incremental', summary: { mode: 'incremental' } });
    expect(body.results.some((r) => r.trigger === 'scheduled-full')).toBe(true);
    expect(JSON.stringify(body)).not.toMatch(/"attention"|"name"/); // unauthenticated: counts, never CRM data
  });
});

describe('the workflow action "Recalculate customer health"', () => {
  const request = (companyId: string | number) => ({
    callbackId: 'ap-1-2-3-0',
    origin: { portalId: 1, actionDefinitionId: 7, actionDefinitionVersion: 1 },
    context: { source: 'WORKFLOWS', workflowId: 99 },
    object: { objectId: Number(companyId), objectType: 'COMPANY', properties: {} },
    inputFields: {},
  });

  it('answers output fields for a sandbox company (v2-signed, as HubSpot signs action requests)', async () => {
    const companyId = h.js.customerIds[0]!;
    const res = await h.post(sut, WORKFLOW_ACTION_PATH, request(companyId), { version: 'v2' });
    expect(res.status).toBe(200);
    const out = (res.json as { outputFields: Record<string, unknown> }).outputFields;
    expect(out).toMatchObject({ hs_execution_state: 'SUCCESS', score: Number(h.js.value(companyId, 'che_health_score')), tier: h.js.value(companyId, 'che_health_tier') });
    expect(out.prediction).toBe(h.js.value(companyId, 'che_renewal_prediction'));
    expect(out.renewal_risk).toBe(Number(h.js.value(companyId, 'che_renewal_risk')));
    expect(typeof out.play).toBe('string');
    expect(String(out.play).length).toBeGreaterThan(0);
  }, 20_000);

  it('a company that does not exist → FAIL_CONTINUE with the reason', async () => {
    const res = await h.post(sut, WORKFLOW_ACTION_PATH, request('987654321'), { version: 'v2' });
    expect(res.status).toBe(200);
    expect((res.json as { outputFields: Record<string, unknown> }).outputFields).toMatchObject({ hs_execution_state: 'FAIL_CONTINUE', error: expect.any(String) });
  }, 20_000);

  it('a forged signature → 401; no object id → 400', async () => {
    expect((await h.post(sut, WORKFLOW_ACTION_PATH, request(h.js.customerIds[0]!), { version: 'v2', secret: 'forged-secret-456' })).status).toBe(401);
    expect((await h.post(sut, WORKFLOW_ACTION_PATH, { object: {} }, { version: 'v2' })).status).toBe(400);
  });
});

describe('the card API for hubspot.fetch', () => {
  beforeEach(() => cardCalls.splice(0));

  it('passes a v3-signed request to the injected handler', async () => {
    const res = await h.post(sut, `${CARD_API_PATH}/get-health`, { companyId: '12' });
    expect(res).toMatchObject({ status: 200, json: { ok: true, data: { fake: 'get-health' } } });
    expect(cardCalls).toEqual([{ operation: 'get-health', params: { companyId: '12' } }]);
  });

  it('answers an error with its HTTP status', async () => {
    const res = await h.post(sut, `${CARD_API_PATH}/set-override`, { companyId: '12' });
    expect(res).toMatchObject({ status: 400, json: { ok: false, error: { code: 'bad_request' } } });
  });

  it('refuses unsigned requests and unknown operations without calling the handler', async () => {
    expect((await h.post(sut, `${CARD_API_PATH}/get-health`, { companyId: '12' }, { version: 'none' })).status).toBe(401);
    expect((await h.post(sut, `${CARD_API_PATH}/drop-tables`, {})).status).toBe(404);
    expect(cardCalls).toEqual([]);
  });
});
