/** The /_sandbox control API: state, acting as a CRM user, fault and limit knobs. */
import type { Client } from '@hubspot/api-client';
import type { RunningSandbox } from '../../../src/sandbox/server';
import type { StoreChange } from '../../../src/sandbox/types';
import { call, clientFor, startTestSandbox } from './harness';
import { aSeed } from './seed-builder';

let sandbox: RunningSandbox;
let client: Client;
const changes: StoreChange[] = [];

beforeAll(async () => {
  sandbox = await startTestSandbox(aSeed().withOwner('101', 9001).withCompanies(4).withContact('50').associated('contacts', '50', 'companies', '1').build());
  client = clientFor(sandbox);
  sandbox.store.onChange((c) => changes.push(c));
});
afterAll(() => sandbox.stop());
beforeEach(() => changes.splice(0));

test('state counts the records per type', async () => {
  const res = await call(sandbox, 'GET', '/_sandbox/state');
  expect(res.body.counts).toMatchObject({ companies: 4, contacts: 1, deals: 0 });
  expect(res.body.appId).toBe(sandbox.appId);
});

test('an act-as-user write is a CRM_UI change by that user, an API write is the app\'s', async () => {
  const ui = await call(sandbox, 'POST', '/_sandbox/act-as-user/companies/2', { userId: 9001, properties: { industry: 'RETAIL' } });
  expect(ui.status).toBe(200);
  await client.crm.companies.basicApi.update('2', { properties: { industry: 'BANKING' } });
  const rec = await client.crm.companies.basicApi.getById('2', undefined, ['industry']);
  expect(rec.propertiesWithHistory!.industry!.map((v) => [v.value, v.sourceType, v.sourceId])).toEqual([
    ['BANKING', 'INTEGRATION', String(sandbox.appId)],
    ['RETAIL', 'CRM_UI', 'userId:9001'],
  ]);
  const industry = changes.filter((c) => c.kind === 'propertyChange' && c.propertyName === 'industry');
  expect(industry.map((c) => [c.changeSource, c.sourceId])).toEqual([['CRM_UI', 'userId:9001'], ['INTEGRATION', String(sandbox.appId)]]);
});

test('creations and associations are reported with the writer', async () => {
  const created = await client.crm.contacts.basicApi.create({
    properties: { email: 'x@example.com' },
    associations: [{ to: { id: '3' }, types: [{ associationCategory: 'HUBSPOT_DEFINED' as never, associationTypeId: 279 }] }],
  });
  expect(changes).toContainEqual(expect.objectContaining({ kind: 'creation', objectType: 'contacts', objectId: created.id, changeSource: 'INTEGRATION' }));
  expect(changes).toContainEqual(expect.objectContaining({
    kind: 'associationChange', fromObjectType: 'contacts', fromObjectId: created.id, toObjectId: '3', associationTypeId: 279, removed: false,
  }));
  expect(changes).toContainEqual(expect.objectContaining({ kind: 'associationChange', fromObjectType: 'companies', fromObjectId: '3', associationTypeId: 280 }));
});

test('a rejected write reports nothing', async () => {
  await call(sandbox, 'PATCH', '/crm/v3/objects/companies/1', { properties: { name: 'ok', nope: 'x' } });
  expect(changes).toEqual([]);
});

test('fault and limit knobs are validated and applied', async () => {
  const set = await call(sandbox, 'PUT', '/_sandbox/faults', { rate5xx: 0, latencyMs: 5 });
  expect(set.status).toBe(200);
  expect(set.body).toMatchObject({ latencyMs: 5, rate5xx: 0 });
  expect(sandbox.admin.faults.get().latencyMs).toBe(5);
  expect((await call(sandbox, 'PUT', '/_sandbox/faults', { rate429: 2 })).status).toBe(400);
  await call(sandbox, 'PUT', '/_sandbox/faults', { latencyMs: 0 });
  expect((await call(sandbox, 'PUT', '/_sandbox/limits', { perTenSeconds: 1_000_000 })).status).toBe(200);
  expect((await call(sandbox, 'PUT', '/_sandbox/limits', { perTenSeconds: 0 })).status).toBe(400);
});
