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
 */
import type { RecordRef } from '../jobs/companies';
import type { EventStore } from './event-store';
import type { Log } from './runner';
import { routeEvent, WebhookEvent } from './webhook-events';

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
  /** Scores exactly these companies (through the run lock). */
  run(companyIds: string[]): Promise<void>;
}

/** Events resolved per pass: bounds memory and the association reads of one pass. */
const RESOLVE_BATCH = 1000;

export class WebhookQueue {
  private timer: unknown;
  private draining: Promise<void> | undefined;
  private closed = false;

  constructor(private readonly d: QueueDeps) {}

  /** Opens a window unless one is open (or a drain is under way: it re-arms when done). */
  notify(): void {
    if (this.closed || this.timer !== undefined) return;
    this.timer = this.d.timers.set(() => {
      this.timer = undefined;
      void this.drain().catch((err) => this.d.log(`webhooks: run failed, will retry: ${err instanceof Error ? err.message : String(err)}`));
    }, this.d.debounceMs);
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
      this.draining = this.drainOnce().finally(() => {
        this.draining = undefined;
        // Events that arrived during the run, or a failure: another window.
        if (!this.closed && this.d.store.hasBacklog()) this.notify();
      });
    }
    return this.draining;
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
        const routed = routeEvent(WebhookEvent.parse(JSON.parse(stored.body)), this.d.appId);
        if ('refs' in routed) refs.push(...routed.refs);
      }
      const { companyIds, problems } = refs.length > 0 ? await this.d.resolve(refs) : { companyIds: [], problems: [] };
      for (const p of problems) this.d.log(`webhooks: ${p}`);
      this.d.store.resolve(batch.map((e) => e.eventId), companyIds, this.d.now());
    }
    const companies = this.d.store.pending();
    if (companies.length === 0) return;
    await this.d.run(companies);
    this.d.store.done(companies);
  }
}
