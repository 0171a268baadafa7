import { fakeClock } from '../../../test/hubspot/fake-clock';
import { createCalls } from './calls';
import { SLOT_MARGIN_MS, WINDOW_MS } from './limiter';

/** The most calls found in any window (t − span, t] that ends at a call. */
function peak(times: number[], spanMs: number): number {
  let most = 0;
  for (const t of times) most = Math.max(most, times.filter((x) => x > t - spanMs && x <= t).length);
  return most;
}

describe('rate limiter under concurrency (fake clock)', () => {
  it('never lets 300 concurrent calls exceed 100 per rolling 10 s or 4 searches per second', async () => {
    const clock = fakeClock();
    const calls = createCalls({ perTenSeconds: 100, searchPerSecond: 4, maxRetries: 0 }, clock);
    const sent: number[] = [];
    const searches: number[] = [];
    const results = await Promise.all(Array.from({ length: 300 }, (_, i) => {
      const search = i % 5 === 0;
      return calls.call(search ? 'POST /search' : 'POST /batch/read', async () => {
        sent.push(clock.now());
        if (search) searches.push(clock.now());
        return i;
      }, { search });
    }));
    expect(results).toEqual(Array.from({ length: 300 }, (_, i) => i));
    expect(peak(sent, WINDOW_MS)).toBe(100);
    expect(peak(searches, 1000)).toBeLessThanOrEqual(4);
    expect(calls.stats()).toMatchObject({ total: 300, byEndpoint: { 'POST /search': 60, 'POST /batch/read': 240 } });
    expect(calls.stats().waitedMs).toBeGreaterThan(0);
  });

  it('uses its budget: 300 reads take three windows and no more', async () => {
    const clock = fakeClock();
    const calls = createCalls({ perTenSeconds: 100, searchPerSecond: 4, maxRetries: 0 }, clock);
    const sent: number[] = [];
    await Promise.all(Array.from({ length: 300 }, () => calls.call('read', async () => { sent.push(clock.now()); })));
    const perWindow = [0, WINDOW_MS + SLOT_MARGIN_MS, 2 * (WINDOW_MS + SLOT_MARGIN_MS)].map((t) => sent.filter((x) => x === t).length);
    expect(perWindow).toEqual([100, 100, 100]);
  });

  it('keeps searches to their own limit while other calls pass them', async () => {
    const clock = fakeClock();
    const calls = createCalls({ perTenSeconds: 100, searchPerSecond: 2, maxRetries: 0 }, clock);
    const order: string[] = [];
    await Promise.all([
      ...Array.from({ length: 6 }, (_, i) => calls.call('search', async () => { order.push(`s${i}@${clock.now()}`); }, { search: true })),
      calls.call('read', async () => { order.push(`r@${clock.now()}`); }),
    ]);
    // Two searches at 0, the read at 0 (not held behind the queued searches), then two per second.
    expect(order.slice(0, 3)).toEqual(['s0@0', 's1@0', 'r@0']);
    expect(order.slice(3)).toEqual(['s2@1050', 's3@1050', 's4@2100', 's5@2100']);
  });
});
