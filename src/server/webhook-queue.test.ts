/**
 * The webhook queue with a real (in-memory) event store and hand-fired
 * timers: failed runs keep their companies with a growing backoff and give
 * up after MAX_RUN_ATTEMPTS; an unreadable stored event never blocks the rest.
 */
import { EventStore } from './event-store';
import { MAX_RUN_ATTEMPTS, WebhookQueue, type Timers } from './webhook-queue';

class HandTimers implements Timers {
  readonly open: { fn: () => void; ms: number }[] = [];
  set(fn: () => void, ms: number): unknown {
    const t = { fn, ms };
    this.open.push(t);
    return t;
  }
  clear(handle: unknown): void {
    this.open.splice(this.open.indexOf(handle as { fn: () => void; ms: number }), 1);
  }
  fire(): void {
    this.open.shift()!.fn();
  }
}

const event = (eventId: number, companyId: string) => ({
  eventId: String(eventId),
  body: JSON.stringify({ eventId, subscriptionType: 'company.propertyChange', objectId: Number(companyId), propertyName: 'che_active_users', changeSource: 'CRM_UI' }),
});

function setup(run: (ids: string[]) => Promise<{ retry: string[] }>) {
  const store = new EventStore(':memory:');
  const timers = new HandTimers();
  const logs: string[] = [];
  let now = 1_000_000;
  const queue = new WebhookQueue({
    store, debounceMs: 30_000, timers, now: () => now, log: (l) => logs.push(l),
    resolve: async (refs) => ({ companyIds: refs.map((r) => r.id), problems: [] }),
    run,
  });
  return { store, timers, logs, queue, advance: (ms: number) => { now += ms; } };
}

describe('the webhook queue', () => {
  it('keeps companies a run could not score, retries them with a growing backoff, and gives up after MAX_RUN_ATTEMPTS', async () => {
    const runs: string[][] = [];
    const q = setup(async (ids) => {
      runs.push(ids);
      return { retry: ids.filter((id) => id === '7') }; // company 7 always fails, 8 scores
    });
    q.store.accept([event(1, '7'), event(2, '8')], 0);
    q.queue.notify();
    await q.queue.drain();
    expect(runs).toEqual([['7', '8']]);
    expect(q.store.pending()).toEqual(['7']);
    for (let attempt = 2; attempt <= MAX_RUN_ATTEMPTS; attempt++) {
      await q.queue.drain();
    }
    expect(runs).toHaveLength(MAX_RUN_ATTEMPTS);
    expect(runs.slice(1).every((r) => r.length === 1 && r[0] === '7')).toBe(true);
    expect(q.store.pending()).toEqual([]);
    expect(q.logs.join('\n')).toMatch(new RegExp(`gave up on 1 company after ${MAX_RUN_ATTEMPTS} failed runs.*: 7`));
  });

  it('opens the retry window after a backoff that doubles, and a new event brings it back to one debounce', async () => {
    const q = setup(async (ids) => ({ retry: ids }));
    q.store.accept([event(1, '7')], 0);
    await q.queue.drain();
    expect(q.timers.open.map((t) => t.ms)).toEqual([30_000]);
    q.timers.fire();
    await q.queue.drain(); // the run the window started
    expect(q.timers.open.map((t) => t.ms)).toEqual([60_000]);
    q.timers.fire();
    await q.queue.drain();
    expect(q.timers.open.map((t) => t.ms)).toEqual([120_000]);
    q.queue.notify(); // a new delivery
    expect(q.timers.open.map((t) => t.ms)).toEqual([30_000]);
  });

  it('a run that throws keeps every company queued and retries later', async () => {
    let fail = true;
    const q = setup(async () => {
      if (fail) throw new Error('HubSpot unavailable');
      return { retry: [] };
    });
    q.store.accept([event(1, '7')], 0);
    await expect(q.queue.drain()).rejects.toThrow('HubSpot unavailable');
    expect(q.store.pending()).toEqual(['7']);
    expect(q.timers.open).toHaveLength(1);
    fail = false;
    await q.queue.drain();
    expect(q.store.pending()).toEqual([]);
  });

  it('drops an unreadable stored event (logged) and still runs the companies of the others', async () => {
    const runs: string[][] = [];
    const q = setup(async (ids) => {
      runs.push(ids);
      return { retry: [] };
    });
    q.store.accept([{ eventId: '1', body: '{"subscriptionType":42}' }, event(2, '8')], 0);
    await q.queue.drain();
    expect(runs).toEqual([['8']]);
    expect(q.store.unresolved()).toEqual([]);
    expect(q.logs.join('\n')).toMatch(/event 1 is unreadable and is dropped: .*subscriptionType/);
  });
});
