/**
 * The backend in process against a generated, provisioned, scored sandbox:
 * one fake clock for the sandbox, the jobs and the signature window; manual
 * timers for the debounce window (a test closes it by firing it); an event
 * store in a temporary SQLite file that a test may reopen (a "restart").
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runFull } from '../../src/jobs';
import { createServerApp, type CardHandler, type ServerApp } from '../../src/server/app';
import { EventStore } from '../../src/server/event-store';
import { signV2, signV3 } from '../../src/server/signature';
import type { Timers } from '../../src/server/webhook-queue';
import { startJobSandbox, type JobSandbox } from '../jobs/harness';

export const SECRET = 'test-client-secret-123';

/** Timers a test fires by hand; `delays` records every window opened. */
export class ManualTimers implements Timers {
  readonly pending: { fn: () => void; ms: number }[] = [];
  readonly delays: number[] = [];
  set(fn: () => void, ms: number): unknown {
    const t = { fn, ms };
    this.pending.push(t);
    this.delays.push(ms);
    return t;
  }
  clear(handle: unknown): void {
    const i = this.pending.indexOf(handle as { fn: () => void; ms: number });
    if (i >= 0) this.pending.splice(i, 1);
  }
  /** Fires the oldest pending timer (the window closes). */
  fire(): void {
    const t = this.pending.shift();
    if (!t) throw new Error('no timer is pending');
    t.fn();
  }
}

export interface ServerUnderTest {
  server: ServerApp;
  store: EventStore;
  timers: ManualTimers;
  url: string;
  logs: string[];
  close(): Promise<void>;
}

export interface Harness {
  js: JobSandbox;
  dbPath: string;
  debounceMs: number;
  start(opts?: { cardHandler?: CardHandler }): Promise<ServerUnderTest>;
  /** POSTs `body` to `path` of `target`, signed v3 unless told otherwise. */
  post(target: ServerUnderTest, path: string, body: unknown, sign?: { version?: 'v2' | 'v3' | 'none'; secret?: string; timestamp?: number; raw?: string }): Promise<{ status: number; json: unknown }>;
  stop(): Promise<void>;
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

export async function startHarness(opts: { companies: number; seed: number; debounceMs?: number; appId?: string }): Promise<Harness> {
  const js = await startJobSandbox({ companies: opts.companies, seed: opts.seed });
  await runFull(js.deps); // every customer carries a tier before the webhooks start
  const dir = mkdtempSync(path.join(tmpdir(), 'che-server-'));
  const dbPath = path.join(dir, 'events.sqlite');
  const debounceMs = opts.debounceMs ?? 30_000;
  const running: ServerUnderTest[] = [];

  const start: Harness['start'] = async (o = {}) => {
    const store = new EventStore(dbPath);
    const timers = new ManualTimers();
    const logs: string[] = [];
    const server = createServerApp({
      jobs: js.deps, store, clientSecret: SECRET, appId: opts.appId ?? String(js.sandbox.appId), debounceMs, maxBodyBytes: 256 * 1024,
      clock: js.clock.now, timers, log: (l) => logs.push(l), ...(o.cardHandler ? { cardHandler: o.cardHandler } : {}),
    });
    const http = createServer(server.app);
    const url = await listen(http);
    const sut: ServerUnderTest = {
      server, store, timers, url, logs,
      close: async () => {
        await new Promise<void>((resolve) => {
          http.close(() => resolve());
          http.closeAllConnections();
        });
        await server.close();
        store.close();
      },
    };
    running.push(sut);
    server.queue.resume();
    return sut;
  };

  const post: Harness['post'] = async (target, p, body, sign = {}) => {
    const raw = sign.raw ?? JSON.stringify(body);
    const uri = `${target.url}${p}`;
    const secret = sign.secret ?? SECRET;
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if ((sign.version ?? 'v3') === 'v3') {
      const ts = sign.timestamp ?? js.clock.now();
      headers['x-hubspot-signature-v3'] = signV3(secret, 'POST', uri, raw, ts);
      headers['x-hubspot-request-timestamp'] = String(ts);
    } else if (sign.version === 'v2') {
      headers['x-hubspot-signature'] = signV2(secret, 'POST', uri, raw);
      headers['x-hubspot-signature-version'] = 'v2';
    }
    const res = await fetch(uri, { method: 'POST', headers, body: raw });
    const text = await res.text();
    return { status: res.status, json: text ? JSON.parse(text) : null };
  };

  return {
    js, dbPath, debounceMs, start, post,
    stop: async () => {
      for (const s of running) await s.close().catch(() => undefined);
      await js.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A company.propertyChange event as HubSpot sends it, made by a CRM user. */
export function companyChange(eventId: number, companyId: string, propertyName = 'che_active_users', propertyValue = '1'): Record<string, unknown> {
  return {
    eventId, subscriptionId: 1, portalId: 1, appId: 1, occurredAt: 1, subscriptionType: 'company.propertyChange', attemptNumber: 0,
    objectId: Number(companyId), propertyName, propertyValue, changeSource: 'CRM_UI', sourceId: 'userId:1',
  };
}

export const webhookRuns = (s: ServerUnderTest) => s.store.runs().filter((r) => r.trigger === 'webhooks');
