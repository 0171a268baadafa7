/** A generated portfolio served end to end: page through every company, read its associations with v4 batch. */
import type { Client } from '@hubspot/api-client';
import type { RunningSandbox } from '../../../src/sandbox/server';
import { startSandbox } from '../../../src/sandbox/server';
import { clientFor } from './harness';

let sandbox: RunningSandbox;
let client: Client;

beforeAll(async () => {
  sandbox = await startSandbox({ companies: 25, seed: 7, rateLimit: { perTenSeconds: 100_000, searchPerSecond: 1000 } });
  client = clientFor(sandbox);
}, 30_000);
afterAll(() => sandbox.stop());

test('every generated company is listed once and each truth entry names a listed company', async () => {
  const companies = await client.crm.companies.getAll(100);
  expect(companies).toHaveLength(25);
  const ids = new Set(companies.map((c) => c.id));
  expect(sandbox.truth.length).toBeGreaterThan(0);
  for (const t of sandbox.truth) expect(ids.has(t.companyId)).toBe(true);
});

test('v4 batch read returns the contacts of the companies, with the stakeholder labels the generator set', async () => {
  const companies = await client.crm.companies.getAll(100);
  const res = await client.crm.associations.v4.batchApi.getPage('companies', 'contacts', { inputs: companies.map((c) => ({ id: c.id })) });
  expect(res.results.length).toBeGreaterThan(0);
  const labels = new Set(res.results.flatMap((r) => r.to.flatMap((t) => t.associationTypes.map((a) => a.label))));
  expect(labels.has('Primary')).toBe(true);
  expect([...labels].some((l) => l && l !== 'Primary')).toBe(true);
  const someContact = String(res.results[0]!.to[0]!.toObjectId);
  const back = await client.crm.associations.v4.batchApi.getPage('contacts', 'companies', { inputs: [{ id: someContact }] });
  expect(back.results[0]!.to.map((t) => String(t.toObjectId))).toContain(res.results[0]!._from.id);
});

test('the same seed gives the same portfolio', async () => {
  const again = await startSandbox({ companies: 25, seed: 7, rateLimit: { perTenSeconds: 100_000, searchPerSecond: 1000 } });
  try {
    const a = (await client.crm.companies.getAll(100, undefined, ['name', 'annualrevenue'])).map((c) => [c.id, c.properties.name, c.properties.annualrevenue]);
    const b = (await clientFor(again).crm.companies.getAll(100, undefined, ['name', 'annualrevenue'])).map((c) => [c.id, c.properties.name, c.properties.annualrevenue]);
    expect(b).toEqual(a);
  } finally {
    await again.stop();
  }
}, 30_000);
