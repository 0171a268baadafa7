/** The connection against the sandbox with its fault knobs on: 429s and 5xx, through the real client. */
import { createHubSpotConnection } from '../../src/hubspot/connection';
import { hubSpotConfigFromEnv } from '../../src/hubspot/env';
import type { RunningSandbox } from '../../src/sandbox/server';
import { aSeed } from '../sandbox/crm/seed-builder';
import { startTestSandbox } from '../sandbox/crm/harness';

let sandbox: RunningSandbox;

beforeAll(async () => {
  sandbox = await startTestSandbox(aSeed().withCompanies(30).build(), { faults: { rate429: 0.2, rate5xx: 0.1, dropRate: 0.05 } });
});
afterAll(() => sandbox.stop());

it('200 calls all succeed with 20% 429s, 10% 5xx and 5% dropped connections, and every retry is counted', async () => {
  const config = hubSpotConfigFromEnv({
    HUBSPOT_ACCESS_TOKEN: sandbox.token,
    HUBSPOT_BASE_URL: sandbox.url,
    HUBSPOT_RATE_LIMIT: '1000',
    // P(one attempt fails) ≈ 0.32; eleven failures in a row for one of 200 calls ≈ 7e-4.
    HUBSPOT_MAX_RETRIES: '10',
  });
  const conn = createHubSpotConnection(config, { backoffBaseMs: 10 });
  const { companies } = conn.client.crm;
  const ids = Array.from({ length: 30 }, (_, i) => String(i + 1));

  const names: string[] = [];
  for (let batch = 0; batch < 20; batch++) {
    // Ten calls in flight at a time, as the loader runs them.
    const results = await Promise.all(Array.from({ length: 10 }, (_, j) => {
      const id = ids[(batch * 10 + j) % ids.length]!;
      if (j === 0 && batch % 4 === 0) {
        return conn.calls.call('POST /crm/v3/objects/companies/search', async () => {
          const res = await companies.searchApi.doSearch({ filterGroups: [{ filters: [{ propertyName: 'hs_object_id', operator: 'EQ' as never, value: id }] }], properties: ['name'], limit: 1 });
          return res.results[0]?.properties.name ?? '';
        }, { search: true });
      }
      return conn.calls.call('GET /crm/v3/objects/companies/{id}', async () => (await companies.basicApi.getById(id, ['name'])).properties.name ?? '');
    }));
    names.push(...results);
  }

  expect(names).toHaveLength(200);
  expect(names).toEqual(Array.from({ length: 200 }, (_, i) => `Company ${ids[i % ids.length]}`));
  const stats = conn.calls.stats();
  expect(stats.throttled).toBeGreaterThan(0);
  expect(stats.retries).toBeGreaterThan(stats.throttled);
  expect(stats.total).toBe(200 + stats.retries);
  expect(stats.byEndpoint['POST /crm/v3/objects/companies/search']! + stats.byEndpoint['GET /crm/v3/objects/companies/{id}']!).toBe(stats.total);
}, 60_000);
