/**
 * The app functions' adapter against the sandbox: HubSpot's context and
 * environment in, a CardResponse out — the portal's model and mapping taken
 * from its secrets, a bad secret or token answered readably, never thrown.
 */
import { startCardSandbox, type CardSandbox } from '../../test/card-ops/harness';
import { main as getHealth } from '../get-health';
import { runCardFunction, type Env } from './card-function';

jest.setTimeout(120_000);

let h: CardSandbox;
let env: Env;
let now: () => Date;
beforeAll(async () => {
  h = await startCardSandbox({ companies: 8, seed: 17 });
  env = { PRIVATE_APP_ACCESS_TOKEN: h.sandbox.token, HUBSPOT_BASE_URL: h.sandbox.url };
  now = () => new Date(h.clock.now());
});
afterAll(() => h?.stop());

describe('runCardFunction', () => {
  it('scores with renewal-7 and the default mapping when the portal sets no secret', async () => {
    const res = await runCardFunction('get-health', { parameters: { companyId: h.scoredId, live: true } }, env, now);
    if (!res.ok) throw new Error(JSON.stringify(res.error));
    expect(res.data).toMatchObject({ companyId: h.scoredId, status: 'scored', assessment: { model: 'renewal-7@1' } });
  });

  it('scores with the model CHE_MODEL names', async () => {
    const res = await runCardFunction('get-health', { parameters: { companyId: h.scoredId, live: true } }, { ...env, CHE_MODEL: 'engine-5' }, now);
    if (!res.ok) throw new Error(JSON.stringify(res.error));
    expect(res.data).toMatchObject({ assessment: { model: 'engine-5@1' } });
  });

  it('uses the mapping CHE_MAPPING_JSON gives (here: overrides switched off)', async () => {
    const params = { action: 'set', companyId: h.scoredId, score: 50, reason: 'Signed the renewal' };
    const res = await runCardFunction('set-override', { parameters: params }, { ...env, CHE_MAPPING_JSON: '{"override": null}' }, now);
    expect(res).toMatchObject({ ok: false, error: { code: 'bad_request', message: expect.stringMatching(/Overrides are switched off/) } });
    expect(h.value(h.scoredId, 'che_override_score') ?? '').toBe('');
  });

  it('answers a bad secret with a readable error naming it, and touches nothing', async () => {
    const before = h.value(h.scoredId, 'che_scored_at');
    const res = await runCardFunction('recalculate-health', { parameters: { companyId: h.scoredId } }, { ...env, CHE_MAPPING_JSON: '{"customers": ' }, now);
    expect(res).toEqual({ ok: false, error: { code: 'internal', message: expect.stringMatching(/^The app is not configured: secret CHE_MAPPING_JSON is not valid JSON/) } });
    const model = await runCardFunction('get-health', { parameters: { companyId: h.scoredId } }, { ...env, CHE_MODEL: 'renewal-8' }, now);
    expect(model).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringContaining('secret CHE_MODEL must be one of renewal-7, engine-5') } });
    expect(h.value(h.scoredId, 'che_scored_at')).toBe(before);
  });

  it('answers a missing or refused token readably, never with the token', async () => {
    const missing = await runCardFunction('get-health', { parameters: { companyId: h.scoredId } }, { HUBSPOT_BASE_URL: h.sandbox.url }, now);
    expect(missing).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringMatching(/not configured.*HUBSPOT_ACCESS_TOKEN is not set/) } });
    const token = 'pat-na1-wrong-token-0000';
    const refused = await runCardFunction('get-health', { parameters: { companyId: h.scoredId } }, { ...env, PRIVATE_APP_ACCESS_TOKEN: token }, now);
    if (refused.ok) throw new Error('expected an error');
    expect(refused.error.code).toBe('forbidden');
    expect(refused.error.message).not.toContain(token);
  });

  it('takes the token from context.secrets as the local dev server passes it', async () => {
    const res = await runCardFunction('get-health', { parameters: { companyId: h.scoredId }, secrets: { PRIVATE_APP_ACCESS_TOKEN: h.sandbox.token, HS_HUBLET: 1 } }, { HUBSPOT_BASE_URL: h.sandbox.url }, now);
    expect(res).toMatchObject({ ok: true, data: { companyId: h.scoredId } });
  });

  it('answers a context that is not an object, and bad parameters, without throwing', async () => {
    expect(await runCardFunction('get-health', 'nonsense', env, now)).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(await runCardFunction('get-health', { parameters: { companyId: 'x' } }, env, now))
      .toMatchObject({ ok: false, error: { code: 'bad_request', fields: [{ field: 'companyId' }] } });
  });

  it('is what each function file exports as main (reading process.env)', async () => {
    // No token in this process's environment: the function answers, it does not throw.
    const saved = { a: process.env.PRIVATE_APP_ACCESS_TOKEN, b: process.env.HUBSPOT_ACCESS_TOKEN };
    delete process.env.PRIVATE_APP_ACCESS_TOKEN;
    delete process.env.HUBSPOT_ACCESS_TOKEN;
    try {
      await expect(getHealth({ parameters: { companyId: h.scoredId } })).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });
    } finally {
      if (saved.a !== undefined) process.env.PRIVATE_APP_ACCESS_TOKEN = saved.a;
      if (saved.b !== undefined) process.env.HUBSPOT_ACCESS_TOKEN = saved.b;
    }
  });
});
