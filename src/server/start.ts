/**
 * `che serve`'s process: connection, event store, app, schedule, listen.
 * Pending work from a previous process is picked up at start; close() stops
 * the schedule and the webhook queue, waits for a run in progress and keeps
 * everything not yet scored in the store for the next start.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CompiledModel } from '../core/model';
import { builtInModel } from '../core/models';
import { createHubSpotConnection } from '../hubspot/connection';
import { DEFAULT_MAPPING, type Mapping } from '../hubspot/mapping';
import { handleCardOperation } from '../jobs/card';
import { createCriticalTasks } from '../jobs/critical-task';
import type { JobDeps } from '../jobs/run';
import { createServerApp, type CardHandler, type ServerApp } from './app';
import type { ServerConfig } from './config';
import { EventStore } from './event-store';
import type { Log } from './runner';
import { startSchedule, type CronScheduler, type Schedule } from './schedule';

export interface StartOptions {
  /** Default: the card operations of src/jobs/card over this server's connection. */
  cardHandler?: CardHandler;
  model?: CompiledModel;
  mapping?: Mapping;
  log?: Log;
  cron?: CronScheduler;
}

export interface RunningServer {
  url: string;
  port: number;
  server: ServerApp;
  schedule?: Schedule;
  close(): Promise<void>;
}

export async function startServer(config: ServerConfig, opts: StartOptions = {}): Promise<RunningServer> {
  const log = opts.log ?? ((line: string) => process.stdout.write(`${new Date().toISOString()} ${line}\n`));
  const conn = createHubSpotConnection(config.hubspot);
  const jobs: JobDeps = { conn, mapping: opts.mapping ?? DEFAULT_MAPPING, model: opts.model ?? builtInModel(config.model), now: () => new Date() };
  const store = new EventStore(config.dbPath);
  store.prune(Date.now());
  const afterRun = config.criticalTasks
    ? async (at: string) => {
      try {
        const r = await createCriticalTasks(conn, at, new Date());
        if (r.created.length > 0) log(`critical tasks: ${r.created.length} created, ${r.alreadyOpen.length} already open`);
        for (const p of r.problems) log(`critical tasks: ${p}`);
      } catch (err) {
        log(`critical tasks failed: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    : undefined;
  const server = createServerApp({
    jobs, store, clientSecret: config.clientSecret, debounceMs: config.debounceMs, maxBodyBytes: config.maxBodyBytes, log,
    ...(config.appId ? { appId: config.appId } : {}),
    ...(config.publicUrl ? { publicUrl: config.publicUrl } : {}),
    // The card API answers with the same operations as the app functions (src/jobs/card).
    cardHandler: opts.cardHandler ?? ((operation, params) => handleCardOperation(jobs, operation, params)),
    ...(afterRun ? { afterRun } : {}),
  });
  const schedule = config.schedule.enabled
    ? startSchedule(config.schedule, { jobs, runner: server.runner, store, ...(afterRun ? { afterRun } : {}), ...(opts.cron ? { cron: opts.cron } : {}) })
    : undefined;
  server.queue.resume();
  const http = createServer(server.app);
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(config.port, config.host, () => resolve());
  });
  const port = (http.address() as AddressInfo).port;
  const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  return {
    url: `http://${host}:${port}`,
    port,
    server,
    ...(schedule ? { schedule } : {}),
    close: async () => {
      schedule?.stop();
      await new Promise<void>((resolve) => {
        http.close(() => resolve());
        http.closeAllConnections();
      });
      await server.close();
      store.close();
    },
  };
}
