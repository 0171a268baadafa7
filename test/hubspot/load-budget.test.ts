/**
 * API budget of a full load: calls per 1,000 companies of the sandbox's
 * default portfolio, by endpoint (printed), with a generous upper bound
 * asserted. Counting calls is deterministic; no timing is asserted.
 */
import { listCustomerCompanyIds, loadCompanies } from '../../src/hubspot/load';
import { DEFAULT_MAPPING } from '../../src/hubspot/mapping';
import { startSandbox, type RunningSandbox } from '../../src/sandbox/server';
import { sandboxConnection } from './load-harness';

const COMPANIES = 1000;
let sandbox: RunningSandbox;

beforeAll(async () => {
  sandbox = await startSandbox({ companies: COMPANIES, seed: 1, rateLimit: { perTenSeconds: 1e6, searchPerSecond: 1e6 } });
}, 120_000);
afterAll(() => sandbox?.stop());

it('a full load of 1,000 companies stays under 300 API calls', async () => {
  const conn = sandboxConnection(sandbox);
  const ids = await listCustomerCompanyIds(conn, DEFAULT_MAPPING);
  let snapshots = 0;
  for await (const chunk of loadCompanies(conn, DEFAULT_MAPPING, { companyIds: ids, asOf: '2026-11-01T00:00:00.000Z' })) {
    snapshots += chunk.filter((c) => c.snapshot).length;
  }
  const stats = conn.calls.stats();
  const perThousand = (stats.total * 1000) / COMPANIES;
  const searches = Object.entries(stats.byEndpoint).filter(([e]) => e.includes('/search')).reduce((n, [, c]) => n + c, 0);
  console.log([
    `loader: ${stats.total} calls for ${COMPANIES} companies (${ids.length} customers, ${snapshots} snapshots) = ${perThousand.toFixed(0)} per 1,000; ${searches} searches`,
    ...Object.entries(stats.byEndpoint).map(([endpoint, n]) => `  ${String(n).padStart(4)}  ${endpoint}`),
  ].join('\n'));
  expect(snapshots).toBe(ids.length);
  expect(perThousand).toBeLessThan(300);
}, 600_000);
