/** Properties v3: the standard catalogue, custom properties and groups (read, create, update) and their effect on writes. */
import type { Client } from '@hubspot/api-client';
import type { RunningSandbox } from '../../../src/sandbox/server';
import { call, clientFor, startTestSandbox } from './harness';
import { aSeed } from './seed-builder';

let sandbox: RunningSandbox;
let client: Client;

beforeAll(async () => {
  const seed = aSeed()
    .withCompanies(1)
    .withCustomProperty('companies', { name: 'che_seats_purchased', label: 'Seats purchased', type: 'number', fieldType: 'number', groupName: 'companyinformation' })
    .build();
  sandbox = await startTestSandbox(seed);
  client = clientFor(sandbox);
});
afterAll(() => sandbox.stop());

test('the company catalogue has HubSpot\'s names, types and lifecycle options', async () => {
  const all = await client.crm.properties.coreApi.getAll('companies');
  const byName = Object.fromEntries(all.results.map((p) => [p.name, p]));
  expect(byName.lifecyclestage!.options.map((o) => o.value)).toEqual([
    'subscriber', 'lead', 'marketingqualifiedlead', 'salesqualifiedlead', 'opportunity', 'customer', 'evangelist', 'other',
  ]);
  expect(byName.annualrevenue).toMatchObject({ type: 'number', fieldType: 'number', hubspotDefined: true });
  expect(byName.hs_lastmodifieddate!.modificationMetadata?.readOnlyValue).toBe(true);
  expect(byName.che_seats_purchased).toMatchObject({ type: 'number', hubspotDefined: false });
});

test('deal stage options come from the pipelines', async () => {
  const stage = await client.crm.properties.coreApi.getByName('deals', 'dealstage');
  expect(stage.options.map((o) => o.value)).toEqual([
    'appointmentscheduled', 'qualifiedtobuy', 'presentationscheduled', 'decisionmakerboughtin', 'contractsent', 'closedwon', 'closedlost',
  ]);
});

test('a created group and enumeration property can then be written, and only with its options', async () => {
  await client.crm.properties.groupsApi.create('companies', { name: 'customer_health', label: 'Customer health' });
  const created = await client.crm.properties.coreApi.create('companies', {
    name: 'che_health_tier', label: 'Health tier', type: 'enumeration' as never, fieldType: 'select' as never, groupName: 'customer_health',
    options: [{ label: 'Healthy', value: 'healthy', hidden: false }, { label: 'At risk', value: 'at_risk', hidden: false }],
  });
  expect(created.options.map((o) => o.value)).toEqual(['healthy', 'at_risk']);
  const ok = await client.crm.companies.basicApi.update('1', { properties: { che_health_tier: 'at_risk' } });
  expect(ok.properties.che_health_tier).toBe('at_risk');
  const bad = await call(sandbox, 'PATCH', '/crm/v3/objects/companies/1', { properties: { che_health_tier: 'critical' } });
  expect(bad.status).toBe(400);
  expect(bad.body.errors[0]).toMatchObject({ code: 'INVALID_OPTION', context: { propertyName: ['che_health_tier'] } });
  const updated = await client.crm.properties.coreApi.update('companies', 'che_health_tier', {
    options: [{ label: 'Healthy', value: 'healthy', hidden: false }, { label: 'Critical', value: 'critical', hidden: false }],
  });
  expect(updated.options.map((o) => o.value)).toEqual(['healthy', 'critical']);
  expect((await call(sandbox, 'PATCH', '/crm/v3/objects/companies/1', { properties: { che_health_tier: 'critical' } })).status).toBe(200);
});

test('groups can be read and relabelled', async () => {
  const groups = await client.crm.properties.groupsApi.getAll('companies');
  expect(groups.results.map((g) => g.name)).toContain('companyinformation');
  await client.crm.properties.groupsApi.create('companies', { name: 'renewals', label: 'Renewals' });
  const renamed = await client.crm.properties.groupsApi.update('companies', 'renewals', { label: 'Renewal facts' });
  expect(renamed.label).toBe('Renewal facts');
  expect((await client.crm.properties.groupsApi.getByName('companies', 'renewals')).label).toBe('Renewal facts');
});

test('a duplicate name is a 409; an unknown group, a bad type/fieldType pair and an unknown property are errors', async () => {
  const base = { label: 'X', type: 'string', fieldType: 'text', groupName: 'companyinformation' };
  expect((await call(sandbox, 'POST', '/crm/v3/properties/companies', { ...base, name: 'che_seats_purchased' })).status).toBe(409);
  expect((await call(sandbox, 'POST', '/crm/v3/properties/companies', { ...base, name: 'che_x', groupName: 'nope' })).status).toBe(400);
  expect((await call(sandbox, 'POST', '/crm/v3/properties/companies', { ...base, name: 'che_y', type: 'number', fieldType: 'select' })).status).toBe(400);
  expect((await call(sandbox, 'GET', '/crm/v3/properties/companies/nope')).status).toBe(404);
});

test('HubSpot-defined properties keep their type', async () => {
  const res = await call(sandbox, 'PATCH', '/crm/v3/properties/companies/name', { type: 'number', fieldType: 'number' });
  expect(res.status).toBe(400);
});
