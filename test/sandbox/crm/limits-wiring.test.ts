/** The middleware chain of the sandbox's API (auth → rate limit → faults → routes; see src/sandbox/app.ts). */
import type { RunningSandbox } from '../../../src/sandbox/server';
import { startSandbox } from '../../../src/sandbox/server';
import { call } from './harness';
import { aSeed } from './seed-builder';

let sandbox: RunningSandbox;
let clock = Date.parse('2026-01-05T10:00:00Z');

beforeAll(async () => {
  sandbox = await startSandbox({ seed: aSeed().withCompanies(1).build(), now: () => clock });
});
afterAll(() => sandbox.stop());

test('the 191st request inside ten seconds gets HubSpot\'s 429; unauthenticated ones do not count', async () => {
  for (let i = 0; i < 5; i++) expect((await call(sandbox, 'GET', '/crm/v3/objects/companies', undefined, {})).status).toBe(401);
  for (let i = 0; i < 190; i++) {
    const res = await call(sandbox, 'GET', '/crm/v3/objects/companies/1');
    if (res.status !== 200) throw new Error(`request ${i + 1} got ${res.status}`);
  }
  const res = await call(sandbox, 'GET', '/crm/v3/objects/companies/1');
  expect(res.status).toBe(429);
  expect(res.body).toMatchObject({ status: 'error', errorType: 'RATE_LIMIT', policyName: 'TEN_SECONDLY_ROLLING' });
  expect(res.headers.get('x-hubspot-ratelimit-max')).toBe('190');
  clock += 10_001;
  expect((await call(sandbox, 'GET', '/crm/v3/objects/companies/1')).status).toBe(200);
});

test('fault knobs set through the admin API reach API requests but not the admin API', async () => {
  clock += 10_001;
  await call(sandbox, 'PUT', '/_sandbox/faults', { rate5xx: 1 });
  const res = await call(sandbox, 'GET', '/crm/v3/objects/companies/1');
  expect([502, 503, 504]).toContain(res.status);
  expect((await call(sandbox, 'GET', '/_sandbox/state')).status).toBe(200);
  await call(sandbox, 'PUT', '/_sandbox/faults', { rate5xx: 0 });
  expect((await call(sandbox, 'GET', '/crm/v3/objects/companies/1')).status).toBe(200);
});
