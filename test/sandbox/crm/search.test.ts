/** CRM search: every operator, associations.company, sorts, paging and HubSpot's limits. */
import type { Client } from '@hubspot/api-client';
import type { RunningSandbox } from '../../../src/sandbox/server';
import { call, clientFor, startTestSandbox } from './harness';
import { aSeed } from './seed-builder';

let sandbox: RunningSandbox;
let client: Client;

beforeAll(async () => {
  const seed = aSeed()
    .withCompanies(30)
    .withCompany('100', { name: 'Acme Analytics GmbH', industry: 'COMPUTER_SOFTWARE' })
    .withContact('200', { email: 'ana@acme.io' })
    .withContact('201', { email: 'bo@beta.io' })
    .withDeal('300', { amount: '5000', closedate: '2025-03-01T00:00:00Z' })
    .withDeal('301', { amount: '9000', closedate: '2025-09-01T00:00:00Z' })
    .associated('contacts', '200', 'companies', '100')
    .associated('deals', '301', 'companies', '100')
    .build();
  sandbox = await startTestSandbox(seed);
  client = clientFor(sandbox);
});
afterAll(() => sandbox.stop());

type F = { propertyName: string; operator: string; value?: string; highValue?: string; values?: string[] };
async function ids(type: string, filters: F[], extra: Record<string, unknown> = {}): Promise<string[]> {
  const res = await call(sandbox, 'POST', `/crm/v3/objects/${type}/search`, { filterGroups: [{ filters }], limit: 200, ...extra });
  expect(res.status).toBe(200);
  return res.body.results.map((r: { id: string }) => r.id);
}

test('EQ compares text case-insensitively and numbers as numbers', async () => {
  expect(await ids('companies', [{ propertyName: 'name', operator: 'EQ', value: 'company 7' }])).toEqual(['7']);
  expect(await ids('companies', [{ propertyName: 'numberofemployees', operator: 'EQ', value: '70.0' }])).toEqual(['7']);
});

test('NEQ also matches records without a value', async () => {
  const found = await ids('companies', [{ propertyName: 'industry', operator: 'NEQ', value: 'COMPUTER_SOFTWARE' }]);
  expect(found).toHaveLength(30);
  expect(found).not.toContain('100');
});

test('GT, GTE, LT, LTE and BETWEEN on numbers', async () => {
  const emp = (operator: string, value: string, highValue?: string) =>
    ids('companies', [{ propertyName: 'numberofemployees', operator, value, ...(highValue ? { highValue } : {}) }]);
  expect(await emp('GT', '280')).toEqual(['29', '30']);
  expect(await emp('GTE', '280')).toEqual(['28', '29', '30']);
  expect(await emp('LT', '30')).toEqual(['1', '2']);
  expect(await emp('LTE', '30')).toEqual(['1', '2', '3']);
  expect(await emp('BETWEEN', '95', '120')).toEqual(['10', '11', '12']);
});

test('datetimes compare as instants given as epoch millis or ISO', async () => {
  const millis = String(Date.parse('2025-06-01T00:00:00Z'));
  expect(await ids('deals', [{ propertyName: 'closedate', operator: 'GT', value: millis }])).toEqual(['301']);
  expect(await ids('deals', [{ propertyName: 'closedate', operator: 'LT', value: '2025-06-01T00:00:00Z' }])).toEqual(['300']);
  expect(await ids('companies', [{ propertyName: 'createdate', operator: 'BETWEEN', value: '2025-01-02', highValue: String(Date.parse('2025-01-03T00:00:00Z')) }]))
    .toEqual(['2', '3']);
});

test('IN and NOT_IN take values', async () => {
  expect(await ids('companies', [{ propertyName: 'name', operator: 'IN', values: ['company 1', 'company 2'] }])).toEqual(['1', '2']);
  const notIn = await ids('companies', [{ propertyName: 'city', operator: 'NOT_IN', values: ['berlin'] }]);
  expect(notIn).toContain('2');
  expect(notIn).toContain('100');
  expect(notIn).not.toContain('1');
});

test('HAS_PROPERTY and NOT_HAS_PROPERTY', async () => {
  expect(await ids('companies', [{ propertyName: 'industry', operator: 'HAS_PROPERTY' }])).toEqual(['100']);
  expect(await ids('companies', [{ propertyName: 'numberofemployees', operator: 'NOT_HAS_PROPERTY' }])).toEqual(['100']);
});

test('CONTAINS_TOKEN matches words, with * as a wildcard', async () => {
  expect(await ids('companies', [{ propertyName: 'name', operator: 'CONTAINS_TOKEN', value: 'analytics' }])).toEqual(['100']);
  expect(await ids('companies', [{ propertyName: 'name', operator: 'CONTAINS_TOKEN', value: 'analyt*' }])).toEqual(['100']);
  expect(await ids('companies', [{ propertyName: 'name', operator: 'CONTAINS_TOKEN', value: 'analyt' }])).toEqual([]);
  expect(await ids('contacts', [{ propertyName: 'email', operator: 'CONTAINS_TOKEN', value: '*@acme.io' }])).toEqual(['200']);
});

test('associations.company finds the records associated with a company', async () => {
  expect(await ids('contacts', [{ propertyName: 'associations.company', operator: 'EQ', value: '100' }])).toEqual(['200']);
  expect(await ids('deals', [{ propertyName: 'associations.company', operator: 'EQ', value: '100' }])).toEqual(['301']);
});

test('filters AND inside a group, groups OR', async () => {
  const res = await call(sandbox, 'POST', '/crm/v3/objects/companies/search', {
    filterGroups: [
      { filters: [{ propertyName: 'city', operator: 'EQ', value: 'Berlin' }, { propertyName: 'numberofemployees', operator: 'LTE', value: '30' }] },
      { filters: [{ propertyName: 'name', operator: 'EQ', value: 'Company 2' }] },
    ],
  });
  expect(res.body.results.map((r: { id: string }) => r.id)).toEqual(['1', '2', '3']);
});

test('sorts, total and after paging through the client', async () => {
  const page1 = await client.crm.companies.searchApi.doSearch({
    filterGroups: [{ filters: [{ propertyName: 'city', operator: 'EQ' as never, value: 'Paris' }] }],
    sorts: ['-numberofemployees'], properties: ['numberofemployees'], limit: 4, after: '0',
  });
  expect(page1.total).toBe(15);
  expect(page1.results.map((r) => r.properties.numberofemployees)).toEqual(['300', '280', '260', '240']);
  expect(page1.paging?.next?.after).toBe('4');
  const page2 = await client.crm.companies.searchApi.doSearch({
    filterGroups: [{ filters: [{ propertyName: 'city', operator: 'EQ' as never, value: 'Paris' }] }],
    sorts: [{ propertyName: 'numberofemployees', direction: 'DESCENDING' } as never], properties: ['numberofemployees'], limit: 4, after: page1.paging!.next!.after,
  });
  expect(page2.results.map((r) => r.properties.numberofemployees)).toEqual(['220', '200', '180', '160']);
});

test('limit above 200 is a 400', async () => {
  const res = await call(sandbox, 'POST', '/crm/v3/objects/companies/search', { limit: 201 });
  expect(res.status).toBe(400);
  expect(res.body.category).toBe('VALIDATION_ERROR');
});

test('paging past 10,000 results is a 400, up to it is fine', async () => {
  expect((await call(sandbox, 'POST', '/crm/v3/objects/companies/search', { limit: 100, after: '9900' })).status).toBe(200);
  const over = await call(sandbox, 'POST', '/crm/v3/objects/companies/search', { limit: 100, after: '9901' });
  expect(over.status).toBe(400);
  expect(over.body.message).toContain('10000');
});

test('more than 5 groups, 6 filters in a group or 18 filters in total are 400s', async () => {
  const f = { propertyName: 'city', operator: 'HAS_PROPERTY' };
  const groups = (n: number, per: number) => Array.from({ length: n }, () => ({ filters: Array.from({ length: per }, () => f) }));
  expect((await call(sandbox, 'POST', '/crm/v3/objects/companies/search', { filterGroups: groups(6, 1) })).status).toBe(400);
  expect((await call(sandbox, 'POST', '/crm/v3/objects/companies/search', { filterGroups: groups(1, 7) })).status).toBe(400);
  expect((await call(sandbox, 'POST', '/crm/v3/objects/companies/search', { filterGroups: groups(4, 5) })).status).toBe(400);
  expect((await call(sandbox, 'POST', '/crm/v3/objects/companies/search', { filterGroups: groups(3, 6) })).status).toBe(200);
});

test('a filter on an unknown property is a 400 naming it', async () => {
  const res = await call(sandbox, 'POST', '/crm/v3/objects/companies/search', { filterGroups: [{ filters: [{ propertyName: 'helth', operator: 'EQ', value: '1' }] }] });
  expect(res.status).toBe(400);
  expect(res.body.message).toContain('helth');
});

test('free-text query searches the default searchable properties', async () => {
  expect(await ids('companies', [], { query: 'acme', filterGroups: [] })).toEqual(['100']);
});
