/**
 * Delivery of webhook events: batches of up to `batchSize` events per POST, sent
 * `flushMs` after the first event of a batch arrived (at once when a batch is full),
 * signed per attempt, at most `maxConcurrentRequests` POSTs in flight. A non-2xx
 * answer, a network failure or a timeout is retried with exponential backoff
 * (backoffMs · 2^(n-1)) until `maxAttempts` attempts in all, the events' attemptNumber
 * counting up from 0 as HubSpot's do. Nothing here blocks the caller: enqueue() only
 * queues and arms a timer.
 */
import type { WebhookEvent } from './events';
import type { Settings } from './subscriptions';
import { signedHeaders } from './signature';

export interface DeliveryOptions {
  now: () => number;
  fetch: typeof fetch;
  batchSize: number;
  flushMs: number;
  maxAttempts: number;
  backoffMs: number;
  timeoutMs: number;
  /** Keep at most this many deliveries in the log (oldest finished ones go first). */
  logSize: number;
  settings: () => Settings | undefined;
}

export interface DeliveryAttempt {
  attemptNumber: number;
  sentAt: string;
  status?: number;
  error?: string;
}

export interface Delivery {
  id: number;
  state: 'pending' | 'retrying' | 'delivered' | 'failed' | 'cancelled';
  eventCount: number;
  eventIds: number[];
  subscriptionIds: number[];
  attempts: DeliveryAttempt[];
  events: WebhookEvent[];
}

type Waiter = { done: () => boolean; resolve: () => void };

export class Dispatcher {
  private queue: WebhookEvent[] = [];
  private ready: Delivery[] = [];
  private log: Delivery[] = [];
  private flushTimer: NodeJS.Timeout | undefined;
  private retryTimers = new Map<number, NodeJS.Timeout>();
  private inFlight = 0;
  private nextId = 1;
  private stopped = false;
  private waiters: Waiter[] = [];

  constructor(private readonly o: DeliveryOptions) {}

  enqueue(events: WebhookEvent[]): void {
    if (this.stopped || events.length === 0) return;
    this.queue.push(...events);
    if (this.queue.length >= this.o.batchSize) this.cutBatches(true);
    else if (!this.flushTimer) this.flushTimer = setTimeout(() => this.flushNow(), this.o.flushMs).unref();
  }

  /** Sends everything queued now; resolves when those first attempts have answered. */
  async flush(): Promise<void> {
    this.flushNow();
    await this.until(() => this.ready.length === 0 && this.inFlight === 0);
  }

  /** Resolves when nothing is queued, in flight or waiting for a retry. */
  idle(): Promise<void> {
    return this.until(() => this.queue.length === 0 && this.ready.length === 0 && this.inFlight === 0 && this.retryTimers.size === 0);
  }

  /** Cancels timers, drops what was not sent yet, and waits for POSTs in flight. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    for (const [id, timer] of this.retryTimers) {
      clearTimeout(timer);
      const d = this.log.find((x) => x.id === id);
      if (d) d.state = 'cancelled';
    }
    this.retryTimers.clear();
    for (const d of this.ready) d.state = 'cancelled';
    this.ready = [];
    this.queue = [];
    this.notify();
    await this.until(() => this.inFlight === 0);
  }

  deliveries(): Delivery[] {
    return this.log;
  }

  private flushNow(): void {
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    this.cutBatches(false);
  }

  /** Moves queued events into deliveries: only full batches when `fullOnly`, everything on a flush. */
  private cutBatches(fullOnly: boolean): void {
    while (this.queue.length > 0 && (!fullOnly || this.queue.length >= this.o.batchSize)) {
      const events = this.queue.splice(0, this.o.batchSize);
      const d: Delivery = {
        id: this.nextId++,
        state: 'pending',
        eventCount: events.length,
        eventIds: events.map((e) => e.eventId),
        subscriptionIds: [...new Set(events.map((e) => e.subscriptionId))],
        attempts: [],
        events,
      };
      this.record(d);
      this.ready.push(d);
    }
    if (fullOnly && this.queue.length > 0 && !this.flushTimer) {
      this.flushTimer = setTimeout(() => this.flushNow(), this.o.flushMs).unref();
    }
    this.pump();
  }

  private pump(): void {
    const limit = this.o.settings()?.maxConcurrentRequests ?? 1;
    while (!this.stopped && this.inFlight < limit && this.ready.length > 0) {
      const d = this.ready.shift()!;
      this.inFlight++;
      void this.attempt(d).finally(() => {
        this.inFlight--;
        this.pump();
        this.notify();
      });
    }
    this.notify();
  }

  private async attempt(d: Delivery): Promise<void> {
    const attemptNumber = d.attempts.length;
    const sentAt = this.o.now();
    const attempt: DeliveryAttempt = { attemptNumber, sentAt: new Date(sentAt).toISOString() };
    d.attempts.push(attempt);
    const settings = this.o.settings();
    if (!settings) {
      attempt.error = 'no target URL configured';
      d.state = 'failed';
      return;
    }
    const body = JSON.stringify(d.events.map((e) => ({ ...e, attemptNumber })));
    try {
      const res = await this.o.fetch(settings.targetUrl, {
        method: 'POST',
        headers: signedHeaders(settings.clientSecret, settings.targetUrl, body, sentAt),
        body,
        signal: AbortSignal.timeout(this.o.timeoutMs),
      });
      attempt.status = res.status;
      await res.arrayBuffer().catch(() => undefined);
      if (res.ok) {
        d.state = 'delivered';
        this.trimLog();
        return;
      }
    } catch (e) {
      attempt.error = e instanceof Error ? (e.cause instanceof Error ? `${e.message}: ${e.cause.message}` : e.message) : String(e);
    }
    this.retryOrFail(d);
  }

  private retryOrFail(d: Delivery): void {
    if (this.stopped) {
      d.state = 'cancelled';
      return;
    }
    if (d.attempts.length >= this.o.maxAttempts) {
      d.state = 'failed';
      this.trimLog();
      return;
    }
    d.state = 'retrying';
    const delay = this.o.backoffMs * 2 ** (d.attempts.length - 1);
    this.retryTimers.set(d.id, setTimeout(() => {
      this.retryTimers.delete(d.id);
      this.ready.push(d);
      this.pump();
    }, delay).unref());
  }

  private record(d: Delivery): void {
    this.log.push(d);
    this.trimLog();
  }

  private trimLog(): void {
    while (this.log.length > this.o.logSize) {
      const i = this.log.findIndex((d) => d.state === 'delivered' || d.state === 'failed' || d.state === 'cancelled');
      if (i < 0) break;
      this.log.splice(i, 1);
    }
  }

  private until(done: () => boolean): Promise<void> {
    if (done()) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ done, resolve }));
  }

  private notify(): void {
    const still: Waiter[] = [];
    for (const w of this.waiters) {
      if (w.done()) w.resolve();
      else still.push(w);
    }
    this.waiters = still;
  }
}
