/**
 * The schedule (node-cron): a full run (nightly by default) and an incremental
 * run (every 15 minutes by default) in the configured time zone. Both go
 * through the runner's lock with `skip`: a tick that finds a run in progress
 * does nothing, and the next incremental tick covers the gap, because an
 * incremental run looks for changes since the start of the last scheduled run
 * that finished (kept in the store, so a restart does not miss changes).
 */
import nodeCron from 'node-cron';
import { runFull, runIncremental, type JobDeps } from '../jobs/run';
import type { EventStore } from './event-store';
import type { RunOutcome, Runner } from './runner';

export interface ScheduleSettings {
  fullCron: string;
  incrementalCron: string;
  timezone: string;
}

/** The cron library's one function used here (node-cron's `schedule`), injectable for tests. */
export type CronScheduler = (expression: string, tick: () => Promise<unknown>, opts: { timezone: string; name: string }) => { stop(): unknown };

export const defaultCron: CronScheduler = (expression, tick, opts) => nodeCron.schedule(expression, tick, opts);

const SINCE_KEY = 'schedule.since';
/** With no earlier run recorded, the first incremental run looks this far back. */
export const FIRST_LOOKBACK_MS = 24 * 3_600_000;

export interface ScheduleDeps {
  jobs: JobDeps;
  runner: Runner;
  store: EventStore;
  /** After a run that wrote, with the instant it stamped (tasks for accounts that entered critical). */
  afterRun?: (changedAtIso: string) => Promise<void>;
  cron?: CronScheduler;
}

export interface Schedule {
  /** What a tick does (exposed so tests drive ticks without waiting for the clock). */
  tickFull(): Promise<RunOutcome>;
  tickIncremental(): Promise<RunOutcome>;
  stop(): void;
}

export function startSchedule(settings: ScheduleSettings, deps: ScheduleDeps): Schedule {
  const { jobs, runner, store } = deps;
  const scheduled = async (trigger: 'scheduled-full' | 'scheduled-incremental') => {
    const at = jobs.now().toISOString();
    const since = store.getState(SINCE_KEY) ?? new Date(jobs.now().getTime() - FIRST_LOOKBACK_MS).toISOString();
    const outcome = await runner.run(trigger, () => (trigger === 'scheduled-full' ? runFull(jobs) : runIncremental(jobs, { since })), 'skip');
    if (outcome.ran) {
      store.setState(SINCE_KEY, at);
      if ((outcome.record?.summary?.written ?? 0) > 0) await deps.afterRun?.(at);
    }
    return outcome;
  };
  const swallow = (p: Promise<RunOutcome>) => p.catch(() => ({ ran: true }) as RunOutcome); // already logged and recorded by the runner
  const tickFull = () => scheduled('scheduled-full');
  const tickIncremental = () => scheduled('scheduled-incremental');
  const cron = deps.cron ?? defaultCron;
  const tasks = [
    cron(settings.fullCron, () => swallow(tickFull()), { timezone: settings.timezone, name: 'che-full-run' }),
    cron(settings.incrementalCron, () => swallow(tickIncremental()), { timezone: settings.timezone, name: 'che-incremental-run' }),
  ];
  return {
    tickFull,
    tickIncremental,
    stop: () => tasks.forEach((t) => t.stop()),
  };
}
