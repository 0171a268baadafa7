/** CRM v3 batch endpoints: limits, 207 for missing ids, validation like HubSpot. */
import type { Client } from '@hubspot/api-client';
import type { RunningSandbox } from '../../../src/sandbox/server';
import { call, clientFor, startTestSandbox } from './harness';
import { aSeed } from './seed-builder';

let sandbox: RunningSandbox;
let client: Client;

beforeAll(async () => {
  sandbox = await startTestSandbox(aSeed().withOwner('101', 9001).withCompanies(120).build());
  client = clientFor(sandbox);
});
afterAll(() => sandbox.stop());

const ids = (n: number, from = 1) => Array.from({ length: n }, (_, i) => ({ id: String(from + i) }));

test('batch read returns the requested properties of every id', async () => {
  const res = await client.crm.companies.batchApi.read({ inputs: ids(3), properties: ['city'], propertiesWithHistory: [] });
  expect(res.status).toBe('COMPLETE');
  expect(res.results.map((r) => [r.id, r.properties.city])).toEqual([['1', 'Berlin'], ['2', 'Paris'], ['3', 'Berlin']]);
  expect(res.startedAt).toBeInstanceOf(Date);
  expect(res.completedAt).toBeInstanceOf(Date);
});

test('missing ids: 207 with an OBJECT_NOT_FOUND error naming them; the client returns the body, it does not throw', async () => {
  const res = await client.crm.companies.batchApi.read({ inputs: [{ id: '1' }, { id: '424242' }], properties: ['name'], propertiesWithHistory: [] });
  expect(res.results.map((r) => r.id)).toEqual(['1']);
  expect('errors' in res && res.errors).toEqual([
    expect.objectContaining({ status: 'error', category: 'OBJECT_NOT_FOUND', context: { ids: ['424242'] } }),
  ]);
  const raw = await call(sandbox, 'POST', '/crm/v3/objects/companies/batch/read', { inputs: [{ id: '424242' }] });
  expect(raw.status).toBe(207);
  expect(raw.body).toMatchObject({ status: 'COMPLETE', numErrors: 1, results: [] });
  expect(raw.body.errors[0].message).toContain('COMPANY');
});

test('101 inputs get 400; 100 are fine', async () => {
  const over = await call(sandbox, 'POST', '/crm/v3/objects/companies/batch/read', { inputs: ids(101) });
  expect(over.status).toBe(400);
  expect(over.body).toMatchObject({ status: 'error', category: 'VALIDATION_ERROR' });
  expect(over.body.message).toContain('100');
  await expect(client.crm.companies.batchApi.read({ inputs: ids(101), properties: [], propertiesWithHistory: [] }))
    .rejects.toMatchObject({ code: 400 });
  const ok = await client.crm.companies.batchApi.read({ inputs: ids(100), properties: [], propertiesWithHistory: [] });
  expect(ok.results).toHaveLength(100);
});

test('with property history a batch read takes at most 50 inputs, with HubSpot\'s message', async () => {
  const res = await call(sandbox, 'POST', '/crm/v3/objects/companies/batch/read', { inputs: ids(51), propertiesWithHistory: ['name'] });
  expect(res.status).toBe(400);
  expect(res.body.message).toBe('The maximum number of inputs supported in a batch request for property histories is 50. Please reduce the number of items and try again');
  const ok = await client.crm.companies.batchApi.read({ inputs: ids(50), properties: [], propertiesWithHistory: ['name'] });
  expect(ok.results[0]!.propertiesWithHistory?.name).toHaveLength(1);
});

test('batch create then batch update, with the new values readable', async () => {
  const created = await client.crm.companies.batchApi.create({
    inputs: [{ properties: { name: 'New A', industry: 'COMPUTER_SOFTWARE' }, associations: [] }, { properties: { name: 'New B' }, associations: [] }],
  });
  expect(created.results.map((r) => r.properties.name).sort()).toEqual(['New A', 'New B']);
  const [a, b] = created.results;
  const updated = await client.crm.companies.batchApi.update({
    inputs: [{ id: a!.id, properties: { numberofemployees: '7' } }, { id: b!.id, properties: { lifecyclestage: 'evangelist' } }],
  });
  expect(updated.results).toHaveLength(2);
  const read = await client.crm.companies.batchApi.read({ inputs: [{ id: a!.id }, { id: b!.id }], properties: ['numberofemployees', 'lifecyclestage'], propertiesWithHistory: [] });
  const byId = Object.fromEntries(read.results.map((r) => [r.id, r.properties]));
  expect(byId[a!.id]!.numberofemployees).toBe('7');
  expect(byId[b!.id]!.lifecyclestage).toBe('evangelist');
});

test('an unknown property fails the whole batch with 400 naming it, and nothing is written', async () => {
  const before = await call(sandbox, 'GET', '/_sandbox/state');
  const res = await call(sandbox, 'POST', '/crm/v3/objects/companies/batch/create', {
    inputs: [{ properties: { name: 'Fine' } }, { properties: { name: 'Bad', health_scroe: '80' } }],
  });
  expect(res.status).toBe(400);
  expect(res.body.category).toBe('VALIDATION_ERROR');
  expect(res.body.message).toContain('Property \\"health_scroe\\" does not exist');
  expect(res.body.errors).toEqual([{ message: 'Property "health_scroe" does not exist', code: 'PROPERTY_DOESNT_EXIST', context: { propertyName: ['health_scroe'] } }]);
  const after = await call(sandbox, 'GET', '/_sandbox/state');
  expect(after.body.counts.companies).toBe(before.body.counts.companies);
});

test('mistyped values are rejected: a word in a number, an unknown option, a read-only property, a bad date', async () => {
  const res = await call(sandbox, 'PATCH', '/crm/v3/objects/companies/1', {
    properties: { numberofemployees: 'N/A', lifecyclestage: 'champion', hs_object_id: '5', hubspot_owner_id: '777', createdate: 'yesterday' },
  });
  expect(res.status).toBe(400);
  const codes = Object.fromEntries(res.body.errors.map((e: { code: string; context: { propertyName: string[] } }) => [e.context.propertyName[0], e.code]));
  expect(codes).toEqual({
    numberofemployees: 'INVALID_NUMBER', lifecyclestage: 'INVALID_OPTION', hs_object_id: 'READ_ONLY_VALUE',
    hubspot_owner_id: 'INVALID_OWNER_ID', createdate: 'READ_ONLY_VALUE',
  });
  const ok = await client.crm.companies.basicApi.update('1', { properties: { hubspot_owner_id: '101' } });
  expect(ok.properties.hubspot_owner_id).toBe('101');
});

test('batch update of a missing id: 207 naming it, the others updated', async () => {
  const res = await call(sandbox, 'POST', '/crm/v3/objects/companies/batch/update', {
    inputs: [{ id: '10', properties: { city: 'Rome' } }, { id: '999999', properties: { city: 'Oslo' } }],
  });
  expect(res.status).toBe(207);
  expect(res.body.errors[0].context.ids).toEqual(['999999']);
  expect((await client.crm.companies.basicApi.getById('10', ['city'])).properties.city).toBe('Rome');
});
