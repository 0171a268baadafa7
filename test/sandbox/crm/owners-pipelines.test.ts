/** Owners v3 (paging, email, userId) and Pipelines v3 (HubSpot's defaults and the seed's). */
import type { Client } from '@hubspot/api-client';
import type { RunningSandbox } from '../../../src/sandbox/server';
import { call, clientFor, startTestSandbox } from './harness';
import { aSeed } from './seed-builder';

let sandbox: RunningSandbox;
let client: Client;

beforeAll(async () => {
  const builder = aSeed();
  for (let i = 1; i <= 7; i++) builder.withOwner(String(100 + i), 9000 + i);
  const seed = builder.build();
  seed.pipelines.deals = [{
    id: 'renewals', label: 'Renewals', displayOrder: 1,
    stages: [
      { id: 'renewal_open', label: 'Open', displayOrder: 0, metadata: { isClosed: 'false', probability: '0.5' } },
      { id: 'renewal_won', label: 'Renewed', displayOrder: 1, metadata: { isClosed: 'true', probability: '1.0' } },
      { id: 'renewal_lost', label: 'Churned', displayOrder: 2, metadata: { isClosed: 'true', probability: '0.0' } },
    ],
  }];
  sandbox = await startTestSandbox(seed);
  client = clientFor(sandbox);
});
afterAll(() => sandbox.stop());

test('owners page with after and can be filtered by email', async () => {
  const first = await client.crm.owners.ownersApi.getPage(undefined, undefined, 5);
  expect(first.results.map((o) => o.id)).toEqual(['101', '102', '103', '104', '105']);
  expect(first.results[0]).toMatchObject({ type: 'PERSON', userId: 9001, email: 'owner101@example.com' });
  const rest = await client.crm.owners.ownersApi.getPage(undefined, first.paging!.next!.after, 5);
  expect(rest.results.map((o) => o.id)).toEqual(['106', '107']);
  expect(rest.paging).toBeUndefined();
  const one = await client.crm.owners.ownersApi.getPage('owner103@example.com');
  expect(one.results.map((o) => o.id)).toEqual(['103']);
});

test('an owner by id or by userId; unknown is 404', async () => {
  expect((await client.crm.owners.ownersApi.getById(104)).userId).toBe(9004);
  expect((await client.crm.owners.ownersApi.getById(9004, 'userId')).id).toBe('104');
  expect((await call(sandbox, 'GET', '/crm/v3/owners/1')).status).toBe(404);
});

test('deal pipelines: HubSpot\'s Sales Pipeline and the seed\'s renewals pipeline', async () => {
  const res = await client.crm.pipelines.pipelinesApi.getAll('deals');
  expect(res.results.map((p) => p.id)).toEqual(['default', 'renewals']);
  const sales = res.results[0]!;
  expect(sales.label).toBe('Sales Pipeline');
  expect(sales.stages.find((s) => s.id === 'closedwon')?.metadata).toEqual({ isClosed: 'true', probability: '1.0' });
});

test('ticket pipeline 0 has stages 1–4', async () => {
  const p = await client.crm.pipelines.pipelinesApi.getById('tickets', '0');
  expect(p.stages.map((s) => [s.id, s.label])).toEqual([['1', 'New'], ['2', 'Waiting on contact'], ['3', 'Waiting on us'], ['4', 'Closed']]);
});

test('a deal moved to a won stage of the seed\'s pipeline is closed won', async () => {
  const deal = await client.crm.deals.basicApi.create({ properties: { dealname: 'R', pipeline: 'renewals', dealstage: 'renewal_open' }, associations: [] });
  await client.crm.deals.basicApi.update(deal.id, { properties: { dealstage: 'renewal_won' } });
  const read = await client.crm.deals.basicApi.getById(deal.id, ['hs_is_closed_won', 'hs_is_closed']);
  expect(read.properties).toMatchObject({ hs_is_closed_won: 'true', hs_is_closed: 'true' });
});
