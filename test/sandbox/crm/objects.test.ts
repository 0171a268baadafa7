/** CRM v3 objects through @hubspot/api-client: get, list paging, create, update, history. */
import type { Client } from '@hubspot/api-client';
import type { RunningSandbox } from '../../../src/sandbox/server';
import { call, clientFor, startTestSandbox } from './harness';
import { aSeed } from './seed-builder';

let sandbox: RunningSandbox;
let client: Client;

beforeAll(async () => {
  const seed = aSeed()
    .withOwner('101', 9001)
    .withCompanies(237)
    .withContact('5001', { jobtitle: 'VP Customer Success' })
    .associated('contacts', '5001', 'companies', '1')
    .withRecord('companies', '6000', { name: 'Historic', annualrevenue: '300' }, {
      createdAt: '2024-01-01T00:00:00Z', updatedAt: '2024-06-01T00:00:00Z',
      history: { annualrevenue: [
        { value: '100', timestamp: '2024-01-01T00:00:00Z', sourceType: 'CRM_UI', sourceId: 'userId:9001', updatedByUserId: 9001 },
        { value: '200', timestamp: '2024-03-01T00:00:00Z', sourceType: 'IMPORT' },
      ] },
    })
    .build();
  sandbox = await startTestSandbox(seed);
  client = clientFor(sandbox);
});
afterAll(() => sandbox.stop());

test('getAll pages through every company exactly once, in id order', async () => {
  const all = await client.crm.companies.getAll(100);
  expect(all).toHaveLength(238);
  expect(new Set(all.map((c) => c.id)).size).toBe(238);
  expect(all.slice(0, 3).map((c) => c.id)).toEqual(['1', '2', '3']);
});

test('a page carries paging.next.after until the last page, and limit is capped at 100', async () => {
  const first = await client.crm.companies.basicApi.getPage(500);
  expect(first.results).toHaveLength(100);
  expect(first.paging?.next?.after).toBe('101');
  const last = await client.crm.companies.basicApi.getPage(100, '201');
  expect(last.results.map((c) => c.id)).toContain('6000');
  expect(last.paging).toBeUndefined();
});

test('with propertiesWithHistory a list page holds at most 50 records', async () => {
  const page = await client.crm.companies.basicApi.getPage(100, undefined, ['name'], ['name']);
  expect(page.results).toHaveLength(50);
  expect(page.results[0]!.propertiesWithHistory?.name?.[0]?.value).toBe('Company 1');
});

test('get returns the default properties, or the requested ones plus the always-returned three', async () => {
  const byDefault = await client.crm.companies.basicApi.getById('2');
  expect(Object.keys(byDefault.properties).sort()).toEqual(['createdate', 'domain', 'hs_lastmodifieddate', 'hs_object_id', 'name']);
  const asked = await client.crm.companies.basicApi.getById('2', ['city', 'industry', 'no_such_property']);
  expect(asked.properties).toEqual({
    city: 'Paris', industry: null, createdate: '2025-01-02T00:00:00Z', hs_lastmodifieddate: '2025-01-02T00:00:00Z', hs_object_id: '2',
  });
  expect(asked.createdAt).toEqual(new Date('2025-01-02T00:00:00Z'));
});

test('contacts use lastmodifieddate and list their companies with v3 association types', async () => {
  const contact = await client.crm.contacts.basicApi.getById('5001', ['jobtitle'], undefined, ['companies']);
  expect(contact.properties.lastmodifieddate).toBeDefined();
  expect(contact.properties.hs_lastmodifieddate).toBeUndefined();
  expect(contact.associations?.companies?.results).toEqual([
    { id: '1', type: 'contact_to_company' },
    { id: '1', type: 'contact_to_company_unlabeled' },
  ]);
});

test('a seeded history is returned newest first with its sources', async () => {
  const rec = await client.crm.companies.basicApi.getById('6000', undefined, ['annualrevenue']);
  const versions = rec.propertiesWithHistory!.annualrevenue!;
  expect(versions.map((v) => v.value)).toEqual(['300', '200', '100']);
  expect(versions[2]).toMatchObject({ sourceType: 'CRM_UI', sourceId: 'userId:9001', updatedByUserId: 9001 });
});

test('updates add versions attributed to the sandbox app and move hs_lastmodifieddate', async () => {
  const before = await client.crm.companies.basicApi.getById('3', ['hs_lastmodifieddate']);
  await client.crm.companies.basicApi.update('3', { properties: { numberofemployees: '31' } });
  await client.crm.companies.basicApi.update('3', { properties: { numberofemployees: '32' } });
  const after = await client.crm.companies.basicApi.getById('3', ['numberofemployees'], ['numberofemployees']);
  expect(after.properties.numberofemployees).toBe('32');
  expect(after.propertiesWithHistory!.numberofemployees!.map((v) => [v.value, v.sourceType, v.sourceId])).toEqual([
    ['32', 'INTEGRATION', String(sandbox.appId)],
    ['31', 'INTEGRATION', String(sandbox.appId)],
    ['30', 'IMPORT', undefined],
  ]);
  expect(Date.parse(after.properties.hs_lastmodifieddate!)).toBeGreaterThan(Date.parse(before.properties.hs_lastmodifieddate!));
  expect(after.updatedAt.getTime()).toBe(Date.parse(after.properties.hs_lastmodifieddate!));
});

test('create returns 201 with createdate, hs_object_id and the values, normalised as HubSpot stores them', async () => {
  const res = await call(sandbox, 'POST', '/crm/v3/objects/deals', {
    properties: { dealname: 'Renewal 2026', amount: '12000', closedate: '1767225600000', dealstage: 'contractsent', pipeline: 'default' },
  });
  expect(res.status).toBe(201);
  expect(res.headers.get('location')).toContain(`/crm/v3/objects/deals/${res.body.id}`);
  expect(res.body.properties).toMatchObject({
    dealname: 'Renewal 2026', closedate: '2026-01-01T00:00:00Z', hs_object_id: res.body.id, hs_is_closed: 'false',
  });
  expect(res.body.properties.createdate).toBeDefined();
  const read = await client.crm.deals.basicApi.getById(res.body.id, ['amount']);
  expect(read.properties.amount).toBe('12000');
});

test('create with an inline association links both directions', async () => {
  const created = await client.crm.contacts.basicApi.create({
    properties: { email: 'new@example.com' },
    associations: [{ to: { id: '4' }, types: [{ associationCategory: 'HUBSPOT_DEFINED' as never, associationTypeId: 279 }] }],
  });
  const company = await client.crm.companies.basicApi.getById('4', undefined, undefined, ['contacts']);
  expect(company.associations?.contacts?.results.map((r) => r.id)).toContain(created.id);
});

test('idProperty reads a contact by email', async () => {
  const rec = await client.crm.contacts.basicApi.getById('contact5001@example.com', undefined, undefined, undefined, false, 'email');
  expect(rec.id).toBe('5001');
});

test('an unknown id is a 404 in HubSpot shape', async () => {
  const res = await call(sandbox, 'GET', '/crm/v3/objects/companies/99999999');
  expect(res.status).toBe(404);
  expect(res.body).toMatchObject({ status: 'error', message: 'resource not found', category: 'OBJECT_NOT_FOUND' });
  expect(typeof res.body.correlationId).toBe('string');
});

test('an empty string clears a value and is recorded in history', async () => {
  await client.crm.companies.basicApi.update('5', { properties: { city: '' } });
  const rec = await client.crm.companies.basicApi.getById('5', ['city'], ['city']);
  expect(rec.properties.city).toBe('');
  expect(rec.propertiesWithHistory!.city!.map((v) => v.value)).toEqual(['', 'Berlin']);
});

test('feedback submissions are read-only through the API', async () => {
  const res = await call(sandbox, 'POST', '/crm/v3/objects/feedback_submissions', { properties: { hs_value: '9' } });
  expect(res.status).toBe(405);
  expect(res.body.status).toBe('error');
});

test('an archived record leaves the list and is read back with archived=true', async () => {
  await client.crm.companies.basicApi.archive('7');
  await expect(client.crm.companies.basicApi.getById('7')).rejects.toMatchObject({ code: 404 });
  const live = await client.crm.companies.getAll(100);
  expect(live.map((c) => c.id)).not.toContain('7');
  const archived = await client.crm.companies.basicApi.getPage(100, undefined, undefined, undefined, undefined, true);
  expect(archived.results.map((c) => [c.id, c.archived])).toEqual([['7', true]]);
  const one = await client.crm.companies.basicApi.getById('7', undefined, undefined, undefined, true);
  expect(one.archivedAt).toBeInstanceOf(Date);
});
