/**
 * The client-side rate limiter: admits a call only when doing so keeps this
 * process under
 * - `perTenSeconds` calls in any rolling 10-second window (HubSpot's burst limit,
 *   policy TEN_SECONDLY_ROLLING; every call counts, searches included), and
 * - `searchPerSecond` CRM searches in any rolling second (policy SECONDLY).
 *
 * Callers queue; the queue is drained in arrival order by whichever waiter can go
 * (a search held by the search limit does not hold up a batch read behind it).
 * One timer at a time wakes the queue when the earliest waiter may go.
 *
 * A slot is only reused SLOT_MARGIN_MS after it left the window: HubSpot counts a
 * request when it arrives, we count it when we send it, and two requests' network
 * times differ; the margin keeps a late-arriving old call and an early new one from
 * sharing HubSpot's window. After a 429 the connection pauses the limiter (all calls,
 * or searches only) until HubSpot's window should have room again.
 */

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const WINDOW_MS = 10_000;
export const SEARCH_WINDOW_MS = 1_000;
export const SLOT_MARGIN_MS = 200;
export const SEARCH_SLOT_MARGIN_MS = 50;

/** Send instants inside a rolling span, oldest first. */
class SendLog {
  private times: number[] = [];
  private head = 0;

  constructor(private readonly spanMs: number, private readonly marginMs: number) {}

  count(now: number): number {
    this.prune(now);
    return this.times.length - this.head;
  }

  /** When the window next has fewer than `limit` entries (now if it already has). */
  freeAt(now: number, limit: number): number {
    const inWindow = this.count(now);
    if (inWindow < limit) return now;
    // The entry whose departure brings the count below the limit.
    const leaving = this.times[this.head + inWindow - limit] as number;
    return Math.max(now, leaving + this.spanMs + this.marginMs);
  }

  add(now: number): void {
    this.times.push(now);
  }

  private prune(now: number): void {
    // An entry blocks its slot for span + margin.
    const cutoff = now - this.spanMs - this.marginMs;
    while (this.head < this.times.length && (this.times[this.head] as number) <= cutoff) this.head++;
    if (this.head > 1024 && this.head * 2 > this.times.length) {
      this.times = this.times.slice(this.head);
      this.head = 0;
    }
  }
}

interface Waiter {
  search: boolean;
  since: number;
  resolve: (waitedMs: number) => void;
}

export class RateLimiter {
  private readonly burst = new SendLog(WINDOW_MS, SLOT_MARGIN_MS);
  private readonly searches = new SendLog(SEARCH_WINDOW_MS, SEARCH_SLOT_MARGIN_MS);
  private readonly queue: Waiter[] = [];
  private timerRunning = false;
  private pausedUntil = 0;
  private searchPausedUntil = 0;
  private budget: number;

  constructor(
    private readonly limits: { perTenSeconds: number; searchPerSecond: number },
    private readonly clock: Clock,
  ) {
    this.budget = limits.perTenSeconds;
  }

  /** Waits for a slot; resolves with the milliseconds waited. */
  acquire(search: boolean): Promise<number> {
    return new Promise((resolve) => {
      this.queue.push({ search, since: this.clock.now(), resolve });
      this.drain();
    });
  }

  /** Holds every call (or only searches) until `until`. */
  pause(until: number, searchOnly: boolean): void {
    if (searchOnly) this.searchPausedUntil = Math.max(this.searchPausedUntil, until);
    else this.pausedUntil = Math.max(this.pausedUntil, until);
  }

  /** HubSpot reported a smaller burst limit than configured (X-HubSpot-RateLimit-Max): use it. */
  capTo(max: number): void {
    if (max >= 1 && max < this.budget) this.budget = max;
  }

  get perTenSeconds(): number {
    return this.budget;
  }

  /** Calls this process sent in the current 10-second window. */
  sentInWindow(): number {
    return this.burst.count(this.clock.now());
  }

  /** When one of this process's slots in the 10-second window frees up. */
  ownSlotFreesAt(limit: number = this.budget): number {
    const now = this.clock.now();
    return this.burst.freeAt(now, Math.min(limit, this.budget));
  }

  private readyAt(search: boolean, now: number): number {
    let t = Math.max(now, this.pausedUntil, this.burst.freeAt(now, this.budget));
    if (search) {
      t = Math.max(t, this.searchPausedUntil, this.searches.freeAt(now, this.limits.searchPerSecond));
    }
    return t;
  }

  private drain(): void {
    const now = this.clock.now();
    for (let i = 0; i < this.queue.length; ) {
      const w = this.queue[i] as Waiter;
      if (this.readyAt(w.search, now) <= now) {
        this.burst.add(now);
        if (w.search) this.searches.add(now);
        this.queue.splice(i, 1);
        w.resolve(now - w.since);
      } else {
        i++;
      }
    }
    if (this.queue.length === 0 || this.timerRunning) return;
    let wake = Infinity;
    for (const w of this.queue) wake = Math.min(wake, this.readyAt(w.search, now));
    this.timerRunning = true;
    void this.clock.sleep(Math.max(1, wake - now)).then(() => {
      this.timerRunning = false;
      this.drain();
    });
  }
}
