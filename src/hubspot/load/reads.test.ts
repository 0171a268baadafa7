import { Client } from '@hubspot/api-client';
import nock from 'nock';
import { countingCalls } from '../../../test/hubspot/load-harness';
import type { HubSpotConnection } from '../contracts';
import { batchRead, readAssociations, searchIds, type ReadProblem } from './reads';

const BASE = 'https://api.hubapi.com';
const conn = (): HubSpotConnection => ({ client: new Client({ accessToken: 'test-token', basePath: BASE }), calls: countingCalls(), baseUrl: BASE });
const rec = (id: string, properties: Record<string, string | null> = { name: `C${id}` }) =>
  ({ id, properties, createdAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-01T00:00:00Z', archived: false });

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe('batchRead', () => {
  it('207: missing ids become problems naming them; a malformed record is dropped alone', async () => {
    nock(BASE).post('/crm/v3/objects/companies/batch/read').reply(207, {
      status: 'COMPLETE',
      results: [rec('1'), { id: '2', properties: { name: 42 } }, rec('3')],
      numErrors: 1,
      errors: [{ status: 'error', category: 'OBJECT_NOT_FOUND', message: 'Could not get some COMPANY objects, they may be deleted or not exist.', context: { ids: ['4'] } }],
      startedAt: '2026-01-01T00:00:00Z', completedAt: '2026-01-01T00:00:01Z',
    });
    const c = conn();
    const out = await batchRead(c, 'companies', ['1', '2', '3', '4'], ['name']);
    expect(out.records.map((r) => r.id)).toEqual(['1', '3']);
    expect(out.problems).toEqual([
      { ids: ['4'], message: 'companies 4: OBJECT_NOT_FOUND: Could not get some COMPANY objects, they may be deleted or not exist.' },
      { ids: ['2'], message: expect.stringMatching(/^companies record 2: properties.name: /) },
    ]);
    expect(c.calls.stats().byEndpoint).toEqual({ 'POST /crm/v3/objects/companies/batch/read': 1 });
  });

  it('asks 50 per call with history, 100 without', async () => {
    const ids = Array.from({ length: 120 }, (_, i) => String(i + 1));
    const sizes: number[] = [];
    nock(BASE).post('/crm/v3/objects/companies/batch/read').times(5).reply(200, (_uri, body: { inputs: unknown[] }) => {
      sizes.push(body.inputs.length);
      return { status: 'COMPLETE', results: [], startedAt: '2026-01-01T00:00:00Z', completedAt: '2026-01-01T00:00:01Z' };
    });
    await batchRead(conn(), 'companies', ids, ['name'], ['che_active_users']);
    await batchRead(conn(), 'companies', ids, ['name']);
    expect(sizes).toEqual([50, 50, 20, 100, 20]);
  });

  it('a malformed response is rejected with an error naming the endpoint and field', async () => {
    nock(BASE).post('/crm/v3/objects/companies/batch/read').reply(200, { status: 'COMPLETE' });
    await expect(batchRead(conn(), 'companies', ['1'], ['name'])).rejects.toThrow(
      /^POST \/crm\/v3\/objects\/companies\/batch\/read: malformed HubSpot response: results: /,
    );
  });
});

describe('searchIds', () => {
  it('pages 200 at a time and, at the 10,000-result cap, restarts with hs_object_id > the last id', async () => {
    const bodies: { after?: string; filterGroups: { filters: { propertyName: string; operator: string; value?: string }[] }[] }[] = [];
    nock(BASE).post('/crm/v3/objects/companies/search').times(52).reply(200, (_uri, body: (typeof bodies)[number]) => {
      bodies.push(body);
      const restarted = body.filterGroups[0]!.filters.some((f) => f.operator === 'GT');
      const offset = Number(body.after ?? 0);
      if (restarted) return { total: 150, results: Array.from({ length: 150 }, (_, i) => rec(String(20_000 + i))) };
      return { total: 12_000, results: Array.from({ length: 200 }, (_, i) => rec(String(offset + i + 1))), paging: { next: { after: String(offset + 200) } } };
    });
    const ids = await searchIds(conn(), 'companies', [{ propertyName: 'lifecyclestage', operator: 'EQ', value: 'customer' }]);
    expect(ids).toHaveLength(10_150);
    expect(bodies).toHaveLength(51);
    const last = bodies[50]!;
    expect(last.after).toBeUndefined();
    expect(last.filterGroups[0]!.filters).toEqual([
      { propertyName: 'lifecyclestage', operator: 'EQ', value: 'customer' },
      { propertyName: 'hs_object_id', operator: 'GT', value: '10000' },
    ]);
  });
});

describe('readAssociations', () => {
  it('follows per-record paging; "no associations" is an empty list, other errors are problems', async () => {
    nock(BASE)
      .post('/crm/v4/associations/companies/contacts/batch/read', (b) => b.inputs.length === 3)
      .reply(207, {
        status: 'COMPLETE',
        results: [
          { from: { id: '1' }, to: [{ toObjectId: 11, associationTypes: [{ category: 'USER_DEFINED', typeId: 1001, label: 'Champion' }, { category: 'HUBSPOT_DEFINED', typeId: 280, label: null }] }], paging: { next: { after: 'p2' } } },
        ],
        errors: [
          { status: 'error', category: 'OBJECT_NOT_FOUND', subCategory: 'crm.associations.NO_ASSOCIATIONS_FOUND', message: 'No contact is associated with company 2.', context: { fromObjectId: ['2'] } },
          { status: 'error', category: 'VALIDATION_ERROR', message: 'Something else', context: { fromObjectId: ['3'] } },
        ],
        startedAt: '2026-01-01T00:00:00Z', completedAt: '2026-01-01T00:00:01Z',
      })
      .post('/crm/v4/associations/companies/contacts/batch/read', (b) => b.inputs.length === 1 && b.inputs[0].after === 'p2')
      .reply(200, { status: 'COMPLETE', results: [{ from: { id: '1' }, to: [{ toObjectId: 12, associationTypes: [] }] }], startedAt: '2026-01-01T00:00:00Z', completedAt: '2026-01-01T00:00:01Z' });
    const problems: ReadProblem[] = [];
    const links = await readAssociations(conn(), 'companies', 'contacts', ['1', '2', '3'], problems);
    expect(links.get('1')).toEqual([
      { toId: '11', labels: ['Champion'], typeIds: [1001] },
      { toId: '12', labels: [], typeIds: [] },
    ]);
    expect(links.has('2')).toBe(false);
    expect(problems).toEqual([{ ids: ['3'], message: 'companies→contacts 3: VALIDATION_ERROR: Something else' }]);
  });
});
