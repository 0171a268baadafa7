/**
 * Starts the sandbox on 127.0.0.1: a HubSpot-compatible CRM that the real
 * @hubspot/api-client reaches through `basePath`. Tests start it in process
 * (port 0 = an ephemeral port); `che sandbox` runs it from the command line.
 */
import type { AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:http';
import { buildApp } from './app';
import { faultInjector, type FaultSettings } from './faults';
import { rateLimiter } from './limits';
import { createStore, type Store } from './store';
import type { GroundTruth, SandboxSeed } from './types';
import { createWebhooks } from './webhooks';

/** The sandbox app's id: API writes with its token carry it as `sourceId`. */
export const SANDBOX_APP_ID = 4_242_424;
export const SANDBOX_PORTAL_ID = 24_242_424;
export const DEFAULT_TOKEN = 'sandbox-token';

export interface SandboxOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  token?: string;
  appId?: number;
  /** A portfolio to load, or the generator's seed when `companies` is given. */
  seed?: SandboxSeed | number;
  /** Generate a portfolio of this many companies (with `seed`, default 1). */
  companies?: number;
  /** The generated portfolio's "as of" instant (ISO); the generator's default otherwise. */
  asOf?: string;
  rateLimit?: Partial<{ perTenSeconds: number; searchPerSecond: number }>;
  faults?: Partial<FaultSettings>;
  /** The clock of the store, the rate limiter and webhooks (tests pass a fake). */
  now?: () => number;
  /** How webhooks are delivered (tests may pass their own). */
  fetch?: typeof fetch;
}

export interface RunningSandbox {
  url: string;
  token: string;
  port: number;
  appId: number;
  store: Store;
  /** The ground truth of a generated portfolio (empty for a hand-made seed without one). */
  truth: GroundTruth[];
  admin: {
    faults: ReturnType<typeof faultInjector>;
    limits: ReturnType<typeof rateLimiter>;
    webhooks: ReturnType<typeof createWebhooks>;
  };
  stop(): Promise<void>;
}

export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const token = options.token ?? DEFAULT_TOKEN;
  const appId = options.appId ?? SANDBOX_APP_ID;
  const now = options.now ?? Date.now;
  const seed = await seedOf(options);
  const store = createStore({ now, ...(seed ? { seed } : {}) });
  const group = { appId, portalId: SANDBOX_PORTAL_ID };
  const faults = faultInjector(options.faults ?? {}, Math.random, group);
  const limits = rateLimiter({ perTenSeconds: 190, searchPerSecond: 5, ...options.rateLimit, now, ...group });
  const webhooks = createWebhooks({ appId, now, ...(options.fetch ? { fetch: options.fetch } : {}) });
  store.onChange((change) => webhooks.handle(change));
  const app = buildApp({ store, token, appId, faults, limiter: limits, webhooksRouter: webhooks.router });
  const server = createServer(app);
  await listen(server, options.port ?? 0);
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    token,
    port,
    appId,
    store,
    truth: seed?.truth ?? [],
    admin: { faults, limits, webhooks },
    stop: async () => {
      await webhooks.stop();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

async function seedOf(options: SandboxOptions): Promise<SandboxSeed | undefined> {
  if (typeof options.seed === 'object') return options.seed;
  if (options.companies === undefined) return undefined;
  // Loaded on demand: only a generated sandbox needs the generator.
  const { generate } = await import('./generate');
  return generate({ companies: options.companies, seed: options.seed ?? 1, ...(options.asOf ? { asOf: options.asOf } : {}) });
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
}
