/**
 * From stored webhook events to one run: the first event after a quiet spell
 * opens a window of `debounceMs`; when it closes, every event stored in the
 * meantime is resolved to its companies (associations read in batches) and
 * those companies are scored in ONE run. A window never slides, so a steady
 * stream of events still gets a run every `debounceMs`.
 *
 * Each step is persisted before the next: events → pending companies (one
 * transaction) → run → companies taken off the queue. A crash anywhere
 * repeats at most the last step after a restart; nothing is lost.
 *
 * A run that fails loses nothing either: when it throws, every company stays
 * queued; companies the run could not score (HubSpot down, a write refused)
 * stay queued with a failed attempt counted. The next window then opens
 * after a backoff (debounce × 2^(failures−1), at least 10 s, at most 15 min;
 * a new event brings it back to one debounce window). A company that failed
 * MAX_RUN_ATTEMPTS runs in a row is dropped with a log line (the scheduled
 * runs still cover it). An event that no longer parses is logged and dropped
 * instead of blocking the events behind it.
 */
import { z } from 'zod';
import type { RecordRef } from '../jobs/companies';
import type { EventStore, StoredEvent } from './event-store';
import type { Log } from './runner';
import { routeEvent, WebhookEvent, type Routed } from './webhook-events';

export interface Timers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export const realTimers: Timers = {
  set: (fn, ms) => setTimeout(fn, ms).unref(),
  clear: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export interface QueueDeps {
  store: EventStore;
  appId?: string;
  debounceMs: number;
  timers: Timers;
  now: () => number;
  log: Log;
  /** The companies behind records (companies as they are; others through associations). */
  resolve(refs: RecordRef[]): Promise<{ companyIds: string[]; problems: string[] }>;
  /** Scores exactly these companies (through the run lock); `retry`: those it could not score. */
  run(companyIds: string[]): Promise<{ retry: string[] }>;
}

/** Events resolved per pass: bounds memory and the association reads of one pass. */
const RESOLVE_BATCH = 1000;
/** Failed runs after which a company leaves the webhook queue (≈ 45 min of retries at the default debounce). */
export const MAX_RUN_ATTEMPTS = 8;
const MIN_RETRY_DELAY_MS = 10_000;
const MAX_RETRY_DELAY_MS = 15 * 60_000;

export class WebhookQueue {
  private timer: unknown;
  /** When the open window closes (the queue's clock). */
  private dueAt = 0;
  private draining: Promise<void> | undefined;
  private closed = false;
  /** Drains in a row that threw (reset by one that did not): the backoff's step with the store's attempts. */
  private failures = 0;

  constructor(private readonly d: QueueDeps) {}

  /**
   * Opens a window of `delayMs` (one debounce by default) unless one that
   * closes sooner is open; a later one (a retry backoff) is brought forward.
   */
  notify(delayMs = this.d.debounceMs): void {
    if (this.closed) return;
    const dueAt = this.d.now() + delayMs;
    if (this.timer !== undefined) {
      if (this.dueAt <= dueAt) return;
      this.d.timers.clear(this.timer);
    }
    this.dueAt = dueAt;
    this.timer = this.d.timers.set(() => {
      this.timer = undefined;
      void this.drain().catch((err) => this.d.log(`webhooks: run failed, will retry: ${err instanceof Error ? err.message : String(err)}`));
    }, delayMs);
  }

  /** At start: events or companies left by a previous process get their run. */
  resume(): void {
    if (this.d.store.hasBacklog()) {
      this.d.log('webhooks: picking up events and companies stored before the last stop');
      this.notify();
    }
  }

  /** Resolves stored events and runs their companies now (the window's end; tests call it directly). */
  drain(): Promise<void> {
    if (!this.draining) {
      this.draining = this.drainOnce().then(
        () => { this.failures = 0; },
        (err: unknown) => { this.failures += 1; throw err; },
      ).finally(() => {
        this.draining = undefined;
        // Events that arrived during the run, or a failure: another window (later after failures).
        if (!this.closed && this.d.store.hasBacklog()) this.notify(this.nextDelay());
      });
    }
    return this.draining;
  }

  private nextDelay(): number {
    const step = Math.max(this.failures, this.d.store.maxAttempts());
    if (step === 0) return this.d.debounceMs;
    return Math.min(MAX_RETRY_DELAY_MS, Math.max(MIN_RETRY_DELAY_MS, this.d.debounceMs) * 2 ** (step - 1));
  }

  /** Stops opening windows and waits for a drain in progress; stored events stay for the next start. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.timer !== undefined) this.d.timers.clear(this.timer);
    this.timer = undefined;
    await this.draining?.catch(() => undefined);
  }

  private async drainOnce(): Promise<void> {
    for (let batch = this.d.store.unresolved(RESOLVE_BATCH); batch.length > 0; batch = this.d.store.unresolved(RESOLVE_BATCH)) {
      const refs: RecordRef[] = [];
      for (const stored of batch) {
        const routed = this.route(stored);
        if ('refs' in routed) refs.push(...routed.refs);
      }
      const { companyIds, problems } = refs.length > 0 ? await this.d.resolve(refs) : { companyIds: [], problems: [] };
      for (const p of problems) this.d.log(`webhooks: ${p}`);
      this.d.store.resolve(batch.map((e) => e.eventId), companyIds, this.d.now());
    }
    const companies = this.d.store.pending();
    if (companies.length === 0) return;
    const { retry } = await this.d.run(companies);
    const again = new Set(retry);
    this.d.store.done(companies.filter((id) => !again.has(id)));
    if (again.size === 0) return;
    const dropped = this.d.store.failed([...again], MAX_RUN_ATTEMPTS);
    const kept = again.size - dropped.length;
    if (kept > 0) this.d.log(`webhooks: ${kept} compan${kept === 1 ? 'y' : 'ies'} could not be scored, kept for a retry`);
    if (dropped.length > 0) {
      this.d.log(`webhooks: gave up on ${dropped.length} compan${dropped.length === 1 ? 'y' : 'ies'} after ${MAX_RUN_ATTEMPTS} failed runs (left to the scheduled runs): ${dropped.join(', ')}`);
    }
  }

  /** One stored event's records; an event that no longer parses is dropped (logged), never blocking the rest. */
  private route(stored: StoredEvent): Routed {
    try {
      return routeEvent(WebhookEvent.parse(JSON.parse(stored.body)), this.d.appId);
    } catch (err) {
      const reason = err instanceof z.ZodError ? err.issues.map((i) => `${i.path.join('.') || 'event'}: ${i.message}`).join('; ')
        : err instanceof Error ? err.message : String(err);
      this.d.log(`webhooks: event ${stored.eventId} is unreadable and is dropped: ${reason}`);
      return { ignored: 'unreadable' };
    }
  }
}
