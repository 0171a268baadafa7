/**
 * What must not lose events, against the sandbox: a webhook run during a
 * HubSpot outage keeps its companies queued and scores them on the retry; a
 * delivery with one malformed event keeps the others; old event ids are
 * pruned after runs (not only at start), on the injected clock.
 */
import { EVENT_RETENTION_MS } from '../../src/server/event-store';
import { WEBHOOK_PATH } from '../../src/server/app';
import { companyChange, startHarness, webhookRuns, type Harness, type ServerUnderTest } from './harness';

let h: Harness;
let sut: ServerUnderTest;

beforeAll(async () => {
  h = await startHarness({ companies: 20, seed: 8 });
  sut = await h.start();
}, 60_000);

afterAll(async () => {
  await h.stop();
});

async function closeWindow(): Promise<void> {
  sut.timers.fire();
  await sut.server.queue.drain().catch(() => undefined);
}

it('a run during a HubSpot outage keeps its companies queued; the retry window scores them', async () => {
  const [a, b] = h.js.customerIds;
  expect((await h.post(sut, WEBHOOK_PATH, [companyChange(1, a!), companyChange(2, b!)])).status).toBe(200);
  h.js.sandbox.admin.faults.set({ rate5xx: 1 });
  try {
    await closeWindow();
  } finally {
    h.js.sandbox.admin.faults.set({ rate5xx: 0 });
  }
  expect(webhookRuns(sut)[0]!.summary).toMatchObject({ selected: 2, scored: 0 });
  expect(sut.store.pending().sort()).toEqual([a, b].sort());
  expect(sut.timers.pending).toHaveLength(1); // the retry window

  await closeWindow();
  expect(webhookRuns(sut)[0]!.summary).toMatchObject({ selected: 2, scored: 2, failed: [] });
  expect(sut.store.pending()).toEqual([]);
  expect(sut.timers.pending).toHaveLength(0);
}, 60_000);

it('a delivery with one malformed event stores and runs the valid ones, naming the bad one', async () => {
  const company = h.js.customerIds[2]!;
  const res = await h.post(sut, WEBHOOK_PATH, [companyChange(10, company), { subscriptionType: 'company.propertyChange', objectId: 5 }]);
  expect(res).toMatchObject({ status: 200, json: { accepted: 1, queued: 1, rejected: [{ index: 1, problems: expect.stringContaining('eventId') }] } });
  await closeWindow();
  expect(webhookRuns(sut)[0]!.summary).toMatchObject({ selected: 1, scored: 1 });
});

it('forgets event ids past their retention after a run, on the injected clock (not only at start)', async () => {
  const company = h.js.customerIds[3]!;
  expect((await h.post(sut, WEBHOOK_PATH, [companyChange(20, company)])).json).toMatchObject({ accepted: 1 });
  await closeWindow();
  expect((await h.post(sut, WEBHOOK_PATH, [companyChange(20, company)])).json).toMatchObject({ accepted: 0, duplicates: 1 });

  h.js.clock.advance(EVENT_RETENTION_MS + 60_000);
  expect((await h.post(sut, WEBHOOK_PATH, [companyChange(21, company)])).json).toMatchObject({ accepted: 1 });
  await closeWindow(); // this run prunes event 20 (received over 7 days ago), keeps 21
  expect((await h.post(sut, WEBHOOK_PATH, [companyChange(20, company)])).json).toMatchObject({ accepted: 1, duplicates: 0 });
  expect((await h.post(sut, WEBHOOK_PATH, [companyChange(21, company)])).json).toMatchObject({ accepted: 0, duplicates: 1 });
}, 30_000);
