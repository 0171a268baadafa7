/**
 * The webhook receiver against the sandbox: signed deliveries become one
 * debounced run of exactly the companies they name; anything unverified,
 * replayed or malformed starts nothing; a restart between receipt and run
 * loses nothing. Windows are closed by firing the manual timer, never by waiting.
 */
import { WEBHOOK_PATH } from '../../src/server/app';
import { companyChange, SECRET, startHarness, webhookRuns, type Harness, type ServerUnderTest } from './harness';

let h: Harness;
let sut: ServerUnderTest;
const DEBOUNCE = 30_000;

beforeAll(async () => {
  h = await startHarness({ companies: 80, seed: 6, debounceMs: DEBOUNCE });
  sut = await h.start();
}, 60_000);

afterAll(async () => {
  await h.stop();
});

/** Closes the open window and waits for its run to finish. */
async function closeWindow(target: ServerUnderTest): Promise<void> {
  target.timers.fire();
  await target.server.queue.drain();
}

describe('webhooks from the sandbox', () => {
  it('a signed propertyChange for a usage property changes that company\'s score within one debounce window', async () => {
    const { sandbox } = h.js;
    sandbox.admin.webhooks.configure({ targetUrl: `${sut.url}${WEBHOOK_PATH}`, clientSecret: SECRET });
    for (const propertyName of ['che_active_users', 'che_logins_30d', 'che_core_actions_30d']) {
      sandbox.admin.webhooks.subscribe({ eventType: 'company.propertyChange', propertyName });
    }
    // The healthiest customer, whose usage collapses (changed by a CSM in the CRM, not by the app).
    const target = [...h.js.customerIds].sort((a, b) => Number(h.js.value(b, 'che_health_score')) - Number(h.js.value(a, 'che_health_score')))[0]!;
    const before = h.js.value(target, 'che_health_score');
    const res = await fetch(`${sandbox.url}/_sandbox/act-as-user/companies/${target}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${sandbox.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ properties: { che_active_users: '0', che_logins_30d: '0', che_core_actions_30d: '0' } }),
    });
    expect(res.status).toBe(200);
    await sandbox.admin.webhooks.flush();
    await sandbox.admin.webhooks.idle();
    expect(sandbox.admin.webhooks.deliveries().every((d) => d.state === 'delivered')).toBe(true);

    // One window, of the configured length, is open; nothing has run yet.
    expect(sut.timers.pending.map((t) => t.ms)).toEqual([DEBOUNCE]);
    expect(webhookRuns(sut)).toHaveLength(0);
    await closeWindow(sut);

    const runs = webhookRuns(sut);
    expect(runs).toHaveLength(1);
    expect(runs[0]!.summary).toMatchObject({ mode: 'incremental', selected: 1, scored: 1, failed: [] });
    expect(h.js.value(target, 'che_health_score')).not.toBe(before);
    sandbox.admin.webhooks.configure({ targetUrl: 'http://127.0.0.1:9/unused', clientSecret: SECRET });
  }, 30_000);
});

describe('requests that start no run', () => {
  const company = () => h.js.customerIds[0]!;
  const nothingStarted = () => {
    expect(sut.timers.pending).toHaveLength(0);
    expect(sut.store.pending()).toEqual([]);
  };
  let runsBefore = 0;
  beforeEach(() => {
    runsBefore = webhookRuns(sut).length;
  });
  afterEach(() => {
    expect(webhookRuns(sut)).toHaveLength(runsBefore);
  });

  it('a forged signature → 401', async () => {
    const res = await h.post(sut, WEBHOOK_PATH, [companyChange(9001, company())], { secret: 'not-the-client-secret' });
    expect(res.status).toBe(401);
    nothingStarted();
  });

  it('no signature → 401', async () => {
    const res = await h.post(sut, WEBHOOK_PATH, [companyChange(9002, company())], { version: 'none' });
    expect(res.status).toBe(401);
    nothingStarted();
  });

  it('a stale timestamp (over 5 minutes old) → 401, even with a valid signature', async () => {
    const res = await h.post(sut, WEBHOOK_PATH, [companyChange(9003, company())], { timestamp: h.js.clock.now() - 5 * 60_000 - 1 });
    expect(res.status).toBe(401);
    nothingStarted();
  });

  it('a body changed after signing → 401', async () => {
    const signed = JSON.stringify([companyChange(9004, company())]);
    const uri = `${sut.url}${WEBHOOK_PATH}`;
    const { signV3 } = await import('../../src/server/signature');
    const ts = h.js.clock.now();
    const res = await fetch(uri, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hubspot-signature-v3': signV3(SECRET, 'POST', uri, signed, ts), 'x-hubspot-request-timestamp': String(ts) },
      body: signed.replace('"propertyValue":"1"', '"propertyValue":"2"'),
    });
    expect(res.status).toBe(401);
    nothingStarted();
  });

  it('a malformed body → 400 naming the problem', async () => {
    const notJson = await h.post(sut, WEBHOOK_PATH, null, { raw: '[{"eventId": 1,' });
    expect(notJson.status).toBe(400);
    const badEvent = await h.post(sut, WEBHOOK_PATH, [{ subscriptionType: 'company.propertyChange', objectId: 1 }]);
    expect(badEvent.status).toBe(400);
    expect(JSON.stringify(badEvent.json)).toContain('eventId');
    nothingStarted();
  });

  it('a replayed eventId → 200, ignored', async () => {
    const first = await h.post(sut, WEBHOOK_PATH, [companyChange(9100, company())]);
    expect(first).toMatchObject({ status: 200, json: { accepted: 1 } });
    await closeWindow(sut);
    runsBefore = webhookRuns(sut).length; // the first delivery's run is not the replay's
    const replay = await h.post(sut, WEBHOOK_PATH, [companyChange(9100, company())]);
    expect(replay).toMatchObject({ status: 200, json: { accepted: 0, duplicates: 1 } });
    nothingStarted();
  });

  it('the app\'s own writes → 200, ignored', async () => {
    const own = { ...companyChange(9200, company()), changeSource: 'INTEGRATION', sourceId: String(h.js.sandbox.appId) };
    const output = companyChange(9201, company(), 'che_health_score', '55');
    const res = await h.post(sut, WEBHOOK_PATH, [own, output]);
    expect(res).toMatchObject({ status: 200, json: { accepted: 2, queued: 0 } });
    nothingStarted();
  });

  it('a body over the size limit → 413', async () => {
    const big = Array.from({ length: 1000 }, (_, i) => ({ ...companyChange(20_000 + i, company()), padding: 'x'.repeat(300) }));
    const res = await h.post(sut, WEBHOOK_PATH, big);
    expect(res.status).toBe(413);
    nothingStarted();
  });
});

describe('debouncing', () => {
  it('1,000 events for 50 companies become one incremental run of those 50 companies', async () => {
    const companies = h.js.customerIds.slice(0, 50);
    expect(companies).toHaveLength(50);
    const runsBefore = webhookRuns(sut).length;
    for (let batch = 0; batch < 10; batch++) {
      const events = Array.from({ length: 100 }, (_, i) => companyChange(100_000 + batch * 100 + i, companies[(batch * 100 + i) % 50]!));
      const res = await h.post(sut, WEBHOOK_PATH, events);
      expect(res).toMatchObject({ status: 200, json: { accepted: 100 } });
    }
    expect(sut.timers.pending).toHaveLength(1);
    await closeWindow(sut);
    const runs = webhookRuns(sut).slice(0, webhookRuns(sut).length - runsBefore);
    expect(runs).toHaveLength(1);
    expect(runs[0]!.summary).toMatchObject({ mode: 'incremental', selected: 50, scored: 50, failed: [] });
    expect(sut.timers.pending).toHaveLength(0);
  }, 30_000);

  it('a ticket\'s change rescored the ticket\'s company (through its associations)', async () => {
    const { store } = h.js.sandbox;
    const ticket = store.list('tickets').find((t) => store.associations.list('tickets', t.id, 'companies').some((a) => h.js.customerIds.includes(a.toId)))!;
    const companyIds = store.associations.list('tickets', ticket.id, 'companies').map((a) => a.toId);
    const event = { ...companyChange(300_000, '1'), subscriptionType: 'ticket.propertyChange', objectId: Number(ticket.id), propertyName: 'hs_pipeline_stage' };
    expect((await h.post(sut, WEBHOOK_PATH, [event])).status).toBe(200);
    await closeWindow(sut);
    const run = webhookRuns(sut)[0]!;
    expect(run.summary?.selected).toBe(companyIds.length);
  }, 30_000);
});

describe('a restart between receipt and run', () => {
  it('still scores the companies the stored events named', async () => {
    const companies = h.js.customerIds.slice(50, 53);
    const first = await h.start();
    const events = companies.map((id, i) => companyChange(400_000 + i, id));
    expect((await h.post(first, WEBHOOK_PATH, events)).status).toBe(200);
    expect(first.timers.pending).toHaveLength(1);
    const runsBefore = webhookRuns(first).length;
    await first.close(); // killed before the window closed: no run

    const second = await h.start(); // same SQLite file
    expect(second.timers.pending).toHaveLength(1);
    await closeWindow(second);
    const runs = webhookRuns(second);
    expect(runs).toHaveLength(runsBefore + 1); // the first process ran nothing, the second exactly once
    expect(runs[0]!.summary).toMatchObject({ selected: 3, scored: 3 });
    expect(second.store.pending()).toEqual([]);
    await second.close();
  }, 30_000);
});
