import { Client } from '@hubspot/api-client';
import nock from 'nock';
import { countingCalls } from '../../../test/hubspot/load-harness';
import type { HubSpotConnection } from '../contracts';
import { readFor, readInWindows } from './windowed-read';

const BASE = 'https://api.hubapi.com';
const conn = (): HubSpotConnection => ({ client: new Client({ accessToken: 'test-token', basePath: BASE }), calls: countingCalls(), baseUrl: BASE });
const rec = (id: string, properties: Record<string, string | null>) =>
  ({ id, properties, createdAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-01T00:00:00Z', archived: false });
const LIMITS = { inValuesMax: 100, filterGroupsMax: 5 };
const ids = (n: number) => Array.from({ length: n }, (_, i) => String(i + 1));
const START = String(Date.parse('2026-05-01T00:00:00Z'));
const MEETINGS = [[{ propertyName: 'hs_timestamp', operator: 'GTE', value: START }]];
const batchBody = (results: unknown[], errors?: unknown[]) => ({
  status: 'COMPLETE', results, ...(errors ? { numErrors: errors.length, errors } : {}), startedAt: '2026-01-01T00:00:00Z', completedAt: '2026-01-01T00:00:01Z',
});

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe('readFor', () => {
  it("'auto' batch-reads up to one batch read's 100 ids, searches beyond; forced strategies stay", () => {
    expect(readFor('auto', 1)).toBe('batch');
    expect(readFor('auto', 100)).toBe('batch');
    expect(readFor('auto', 101)).toBe('search');
    expect(readFor('search', 1)).toBe('search');
    expect(readFor('batch', 5000)).toBe('batch');
  });
});

describe('readInWindows, batch', () => {
  it('reads the window property too, keeps the records inside the window as the search returns them, drops ids HubSpot does not find', async () => {
    let asked: { inputs: { id: string }[]; properties: string[] } | undefined;
    nock(BASE).post('/crm/v3/objects/meetings/batch/read').reply(207, (_uri, body: NonNullable<typeof asked>) => {
      asked = body;
      return batchBody(
        [
          rec('12', { hs_meeting_title: 'in, ISO', hs_timestamp: '2026-06-01T00:00:00.000Z' }),
          rec('3', { hs_meeting_title: 'in, epoch ms, on the boundary', hs_timestamp: START }),
          rec('4', { hs_meeting_title: 'out, one ms early', hs_timestamp: String(Number(START) - 1) }),
          rec('5', { hs_meeting_title: 'out, no date', hs_timestamp: null }),
        ],
        [
          { status: 'error', category: 'OBJECT_NOT_FOUND', message: 'Could not get some MEETING objects, they may be deleted or not exist.', context: { ids: ['6'] } },
          { status: 'error', category: 'VALIDATION_ERROR', message: 'Something else', context: { ids: ['7'] } },
        ],
      );
    });
    const c = conn();
    const out = await readInWindows(c, 'meetings', ['12', '3', '4', '5', '6', '7', '3'], ['hs_meeting_title'], MEETINGS, LIMITS, 'auto');
    expect(asked!.inputs.map((i) => i.id)).toEqual(['12', '3', '4', '5', '6', '7']);
    expect(asked!.properties).toEqual(['hs_meeting_title', 'hs_timestamp']);
    // In hs_object_id order; the window property was not asked for, so it is not returned.
    expect(out.records).toEqual([
      expect.objectContaining({ id: '3', properties: { hs_meeting_title: 'in, epoch ms, on the boundary' } }),
      expect.objectContaining({ id: '12', properties: { hs_meeting_title: 'in, ISO' } }),
    ]);
    expect(out.problems).toEqual([{ ids: ['7'], message: 'meetings 7: VALIDATION_ERROR: Something else' }]);
    expect(c.calls.stats().byEndpoint).toEqual({ 'POST /crm/v3/objects/meetings/batch/read': 1 });
  });

  it('a window property that was asked for stays on the record', async () => {
    nock(BASE).post('/crm/v3/objects/meetings/batch/read').reply(200, batchBody([rec('1', { hs_timestamp: '2026-06-01T00:00:00.000Z' })]));
    const out = await readInWindows(conn(), 'meetings', ['1'], ['hs_timestamp'], MEETINGS, LIMITS, 'batch');
    expect(out.records.map((r) => r.properties)).toEqual([{ hs_timestamp: '2026-06-01T00:00:00.000Z' }]);
  });

  it("forced 'batch' reads any number of ids, 100 per call", async () => {
    const sizes: number[] = [];
    nock(BASE).post('/crm/v3/objects/contacts/batch/read').times(3).reply(200, (_uri, body: { inputs: unknown[] }) => {
      sizes.push(body.inputs.length);
      return batchBody([]);
    });
    await readInWindows(conn(), 'contacts', ids(250), ['email'], [], LIMITS, 'batch');
    expect(sizes).toEqual([100, 100, 50]);
  });
});

describe('readInWindows, search', () => {
  it("'auto' searches 101 ids: one request, the window AND-ed with the id filter", async () => {
    let asked: { filterGroups: { filters: { propertyName: string; operator: string }[] }[] } | undefined;
    nock(BASE).post('/crm/v3/objects/meetings/search').reply(200, (_uri, body: NonNullable<typeof asked>) => {
      asked = body;
      return { total: 1, results: [rec('1', { hs_timestamp: '2026-06-01T00:00:00.000Z' })] };
    });
    const c = conn();
    const out = await readInWindows(c, 'meetings', ids(101), ['hs_timestamp'], MEETINGS, LIMITS, 'auto');
    expect(out.records.map((r) => r.id)).toEqual(['1']);
    expect(asked!.filterGroups.map((g) => g.filters.map((f) => `${f.propertyName} ${f.operator}`))).toEqual([
      ['hs_object_id IN', 'hs_timestamp GTE'],
      ['hs_object_id IN', 'hs_timestamp GTE'],
    ]);
    expect(c.calls.stats().byEndpoint).toEqual({ 'POST /crm/v3/objects/meetings/search': 1 });
  });

  it('no ids: no call', async () => {
    const c = conn();
    expect(await readInWindows(c, 'meetings', [], ['hs_timestamp'], MEETINGS, LIMITS, 'search')).toEqual({ records: [], problems: [] });
    expect(c.calls.stats().total).toBe(0);
  });

  it('a window the batch path could not honour is refused before any call, whichever strategy', async () => {
    const c = conn();
    const between = [[{ propertyName: 'hs_timestamp', operator: 'BETWEEN', value: '1', highValue: '2' }]];
    await expect(readInWindows(c, 'meetings', ids(500), ['hs_timestamp'], between, LIMITS, 'search')).rejects.toThrow(/operator BETWEEN cannot be evaluated client-side/);
    expect(c.calls.stats().total).toBe(0);
  });
});
