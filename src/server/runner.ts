/**
 * The one lock every run goes through, so runs never overlap: a scheduled
 * tick that finds a run in progress is skipped (the next tick catches up);
 * a webhook run waits its turn (its companies must not be dropped). Each
 * run's summary — or its error — is kept (last 100) and logged in one line;
 * each recorded run also forgets webhook event ids past their retention, so
 * the dedupe table stays small however long the process lives.
 */
import type { RunSummary } from '../jobs/summary';
import type { EventStore, RunRecord } from './event-store';

export type RunTrigger = 'scheduled-full' | 'scheduled-incremental' | 'webhooks' | 'workflow-action';

export type Log = (line: string) => void;

export interface RunOutcome {
  /** false when the run was skipped because another was in progress. */
  ran: boolean;
  record?: RunRecord;
}

export function summaryLine(trigger: string, s: RunSummary): string {
  return `run ${trigger}: selected ${s.selected}, scored ${s.scored}, written ${s.written}, unchanged ${s.unchanged}, failed ${s.failed.length}, `
    + `tiers up ${s.tierMoves.up} down ${s.tierMoves.down}, ${s.api.total} API calls, ${s.durationMs} ms`;
}

export class Runner {
  private tail: Promise<unknown> = Promise.resolve();
  private running = false;
  private waiting = 0;

  constructor(private readonly store: EventStore, private readonly log: Log, private readonly now: () => Date = () => new Date()) {}

  get busy(): boolean {
    return this.running || this.waiting > 0;
  }

  /**
   * Runs `job` alone. `ifBusy: 'skip'` returns `{ ran: false }` at once when a
   * run is in progress or queued; `'wait'` queues behind it. A job that throws
   * is recorded and re-thrown.
   */
  run(trigger: RunTrigger, job: () => Promise<RunSummary>, ifBusy: 'skip' | 'wait'): Promise<RunOutcome> {
    if (ifBusy === 'skip' && this.busy) {
      this.log(`run ${trigger}: skipped, another run is in progress`);
      return Promise.resolve({ ran: false });
    }
    this.waiting += 1;
    const result = this.tail.then(() => this.exclusive(trigger, job));
    this.tail = result.catch(() => undefined);
    return result;
  }

  /**
   * A single-company run outside the lock (a workflow action must answer within
   * HubSpot's timeout even during a long full run; rescoring one company twice
   * at once writes the same values). Recorded like the others; returns the summary.
   */
  async unlocked(trigger: RunTrigger, job: () => Promise<RunSummary>): Promise<RunSummary> {
    const startedAt = this.now().toISOString();
    try {
      const summary = await job();
      this.log(summaryLine(trigger, summary));
      this.record({ trigger, startedAt, companies: summary.selected, summary });
      return summary;
    } catch (err) {
      this.record({ trigger, startedAt, error: err instanceof Error ? err.message : String(err) });
      throw err;
    }
  }

  /** Resolves when no run is in progress or queued. */
  async idle(): Promise<void> {
    while (this.busy) await this.tail;
  }

  private async exclusive(trigger: RunTrigger, job: () => Promise<RunSummary>): Promise<RunOutcome> {
    this.waiting -= 1;
    this.running = true;
    const startedAt = this.now().toISOString();
    try {
      const summary = await job();
      this.log(summaryLine(trigger, summary));
      return { ran: true, record: this.record({ trigger, startedAt, companies: summary.selected, summary }) };
    } catch (err) {
      const error = err instanceof Error ? err.message : String(err);
      this.log(`run ${trigger}: failed: ${error}`);
      this.record({ trigger, startedAt, error });
      throw err;
    } finally {
      this.running = false;
    }
  }

  /** Keeps the run's record, then prunes old event ids (a failed prune must not fail the run). */
  private record(r: Omit<RunRecord, 'id' | 'finishedAt'>): RunRecord {
    const now = this.now();
    const record = this.store.recordRun({ ...r, finishedAt: now.toISOString() });
    try {
      this.store.prune(now.getTime());
    } catch (err) {
      this.log(`event store: pruning old event ids failed: ${err instanceof Error ? err.message : String(err)}`);
    }
    return record;
  }
}
