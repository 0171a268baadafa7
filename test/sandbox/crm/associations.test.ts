/** Associations v4 through the client: batch read with labels, 207s, limits, labelled and default creates, labels API. */
import type { Client } from '@hubspot/api-client';
import type { RunningSandbox } from '../../../src/sandbox/server';
import { call, clientFor, startTestSandbox } from './harness';
import { aSeed } from './seed-builder';

let sandbox: RunningSandbox;
let client: Client;
const CHAMPION = 40;

beforeAll(async () => {
  const seed = aSeed()
    .withCompanies(3)
    .withContact('10')
    .withContact('11')
    .withContact('12')
    .withDeal('20')
    .withLabel('contacts', 'companies', CHAMPION, 'Champion')
    .associated('contacts', '10', 'companies', '1', [CHAMPION])
    .associated('contacts', '11', 'companies', '1')
    .associated('contacts', '11', 'companies', '2')
    .associated('deals', '20', 'companies', '2')
    .build();
  sandbox = await startTestSandbox(seed);
  client = clientFor(sandbox);
});
afterAll(() => sandbox.stop());

const types = (r: { associationTypes: { typeId: number; label?: string | null; category: string }[] }) =>
  r.associationTypes.map((t) => [t.category, t.typeId, t.label]);

test('company → contacts: both directions stored with HubSpot\'s type ids and the user label', async () => {
  const res = await client.crm.associations.v4.batchApi.getPage('companies', 'contacts', { inputs: [{ id: '1' }] });
  const to = res.results[0]!.to;
  expect(to.map((t) => String(t.toObjectId))).toEqual(['10', '11']);
  expect(types(to[0]!)).toEqual([['HUBSPOT_DEFINED', 2, 'Primary'], ['USER_DEFINED', CHAMPION + 1, 'Champion'], ['HUBSPOT_DEFINED', 280, null]]);
});

test('contact → company: the first company is primary (1) plus the unlabeled 279, the second only 279', async () => {
  const res = await client.crm.associations.v4.batchApi.getPage('contacts', 'companies', { inputs: [{ id: '11' }] });
  const to = res.results[0]!.to;
  expect(to.map((t) => [String(t.toObjectId), types(t)])).toEqual([
    ['1', [['HUBSPOT_DEFINED', 1, 'Primary'], ['HUBSPOT_DEFINED', 279, null]]],
    ['2', [['HUBSPOT_DEFINED', 279, null]]],
  ]);
});

test('deal ↔ company use 341/5 and 342/6', async () => {
  const fwd = await client.crm.associations.v4.batchApi.getPage('deals', 'companies', { inputs: [{ id: '20' }] });
  expect(fwd.results[0]!.to[0]!.associationTypes.map((t) => t.typeId)).toEqual([5, 341]);
  const back = await client.crm.associations.v4.batchApi.getPage('companies', 'deals', { inputs: [{ id: '2' }] });
  expect(back.results[0]!.to[0]!.associationTypes.map((t) => t.typeId)).toEqual([6, 342]);
});

test('ids without associations land in errors with a 207', async () => {
  const raw = await call(sandbox, 'POST', '/crm/v4/associations/contacts/companies/batch/read', { inputs: [{ id: '10' }, { id: '12' }] });
  expect(raw.status).toBe(207);
  expect(raw.body.results.map((r: { from: { id: string } }) => r.from.id)).toEqual(['10']);
  expect(raw.body.errors).toEqual([expect.objectContaining({
    category: 'OBJECT_NOT_FOUND', subCategory: 'crm.associations.NO_ASSOCIATIONS_FOUND', context: expect.objectContaining({ fromObjectId: ['12'] }),
  })]);
  const viaClient = await client.crm.associations.v4.batchApi.getPage('contacts', 'companies', { inputs: [{ id: '12' }] });
  expect(viaClient.results).toEqual([]);
});

test('batch read accepts 1,000 ids and rejects 1,001', async () => {
  const inputs = (n: number) => Array.from({ length: n }, (_, i) => ({ id: String(i + 1) }));
  expect((await call(sandbox, 'POST', '/crm/v4/associations/companies/contacts/batch/read', { inputs: inputs(1000) })).status).toBe(207);
  const over = await call(sandbox, 'POST', '/crm/v4/associations/companies/contacts/batch/read', { inputs: inputs(1001) });
  expect(over.status).toBe(400);
  expect(over.body.category).toBe('VALIDATION_ERROR');
});

test('a labelled create (PUT) adds the label and the default type, seen from both sides', async () => {
  const res = await client.crm.associations.v4.basicApi.create('contacts', '12', 'companies', '3', [
    { associationCategory: 'USER_DEFINED' as never, associationTypeId: CHAMPION },
  ]);
  expect(res.labels).toEqual(['Champion']);
  const back = await client.crm.associations.v4.basicApi.getPage('companies', '3', 'contacts');
  expect(back.results.map((r) => [String(r.toObjectId), r.associationTypes.map((t) => t.typeId)])).toEqual([['12', [CHAMPION + 1, 280]]]);
});

test('an undefined type id is a 400', async () => {
  const res = await call(sandbox, 'PUT', '/crm/v4/objects/contacts/12/associations/companies/2', [{ associationCategory: 'USER_DEFINED', associationTypeId: 999 }]);
  expect(res.status).toBe(400);
  expect(res.body.category).toBe('VALIDATION_ERROR');
});

test('default association (PUT …/default/…) and batch create', async () => {
  const d = await client.crm.associations.v4.basicApi.createDefault('deals', '20', 'contacts', '12');
  expect(d.results[0]!.associationSpec.associationTypeId).toBe(3);
  const batch = await client.crm.associations.v4.batchApi.create('contacts', 'deals', {
    inputs: [{ _from: { id: '10' }, to: { id: '20' }, types: [{ associationCategory: 'HUBSPOT_DEFINED' as never, associationTypeId: 4 }] }],
  });
  expect(batch.results).toHaveLength(1);
  const deal = await client.crm.associations.v4.basicApi.getPage('deals', '20', 'contacts');
  expect(deal.results.map((r) => String(r.toObjectId))).toEqual(['10', '12']);
});

test('labels: read HubSpot\'s and the portal\'s, create one in both directions', async () => {
  const before = await client.crm.associations.v4.schema.definitionsApi.getAll('contacts', 'companies');
  expect(before.results.map((l) => [l.category, l.typeId, l.label ?? null])).toEqual([
    ['HUBSPOT_DEFINED', 1, 'Primary'], ['HUBSPOT_DEFINED', 279, null], ['USER_DEFINED', CHAMPION, 'Champion'],
  ]);
  const created = await client.crm.associations.v4.schema.definitionsApi.create('contacts', 'companies', { label: 'Executive Sponsor', name: 'executive_sponsor' });
  const [forward, back] = created.results;
  const reverse = await client.crm.associations.v4.schema.definitionsApi.getAll('companies', 'contacts');
  expect(reverse.results.find((l) => l.typeId === back!.typeId)?.label).toBe('Executive Sponsor');
  const ok = await client.crm.associations.v4.basicApi.create('contacts', '11', 'companies', '2', [
    { associationCategory: 'USER_DEFINED' as never, associationTypeId: forward!.typeId },
  ]);
  expect(ok.labels).toEqual(['Executive Sponsor']);
});
