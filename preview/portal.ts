/**
 * Where the preview's data comes from. By default a local sandbox with a
 * generated portfolio, provisioned and scored by full runs, so every customer
 * company has stored scores; with HUBSPOT_ACCESS_TOKEN (and HUBSPOT_BASE_URL)
 * set, an existing sandbox or portal, read as it is (nothing is provisioned
 * or scored until someone presses a button).
 */
import { builtInModel } from '../src/core/models';
import { createHubSpotConnection } from '../src/hubspot/connection';
import { hubSpotConfigFromEnv } from '../src/hubspot/env';
import { DEFAULT_MAPPING } from '../src/hubspot/mapping';
import { provision } from '../src/hubspot/provision';
import { runFull, type JobDeps } from '../src/jobs';
import { startSandbox } from '../src/sandbox/server';
import { listScoredCompanies } from './companies';
import type { PreviewBackend } from './server';

const DAY_MS = 86_400_000;
/** Earlier full runs (days before today) that give each company a score history for the trend chart. */
export const HISTORY_RUNS_DAYS_AGO = [90, 60, 30] as const;

export interface PreviewPortal {
  backend: PreviewBackend;
  /** The sandbox's URL and token when the preview started one (for `che` commands against it). */
  sandbox?: { url: string; token: string };
  stop(): Promise<void>;
}

export interface SandboxPortalOptions {
  companies: number;
  seed: number;
  /** Repeat the full run as of these many days ago first (score history); [] for one run only. */
  historyDaysAgo?: readonly number[];
  log?: (line: string) => void;
}

function backendOf(deps: JobDeps, source: string): PreviewBackend {
  return { deps, source, userName: 'Preview user', listCompanies: () => listScoredCompanies(deps.conn, deps.mapping) };
}

export async function startSandboxPortal(opts: SandboxPortalOptions): Promise<PreviewPortal> {
  const log = opts.log ?? (() => undefined);
  // One clock for the sandbox (property history timestamps) and the runs, set back for the history runs.
  const history = [...(opts.historyDaysAgo ?? HISTORY_RUNS_DAYS_AGO)].sort((a, b) => b - a);
  // Time only moves forward (the sandbox's rate limiter and history expect it): start at the earliest run.
  let offsetMs = -(history[0] ?? 0) * DAY_MS;
  const now = () => Date.now() + offsetMs;
  const today = `${new Date().toISOString().slice(0, 10)}T00:00:00.000Z`;
  const sandbox = await startSandbox({
    companies: opts.companies, seed: opts.seed, asOf: today, now,
    // Loopback and this process only: no need to hold the preview to a portal's burst limit.
    rateLimit: { perTenSeconds: 1_000_000, searchPerSecond: 1_000_000 },
  });
  try {
    const config = hubSpotConfigFromEnv({
      HUBSPOT_ACCESS_TOKEN: sandbox.token, HUBSPOT_BASE_URL: sandbox.url, HUBSPOT_RATE_LIMIT: '1000', HUBSPOT_SEARCH_RATE: '5',
    });
    const conn = createHubSpotConnection(config);
    const deps: JobDeps = { conn, mapping: DEFAULT_MAPPING, model: builtInModel('renewal-7'), now: () => new Date(now()) };
    log(`Sandbox on ${sandbox.url}: ${opts.companies} generated companies (seed ${opts.seed}). Provisioning…`);
    await provision(conn, {});
    for (const days of history) {
      offsetMs = -days * DAY_MS;
      log(`Scoring run as of ${days} days ago (score history)…`);
      await runFull(deps);
    }
    offsetMs = 0;
    log('Scoring run as of today…');
    const summary = await runFull(deps);
    if (summary.failed.length > 0) log(`${summary.failed.length} companies failed to score; their cards show why.`);
    return {
      backend: backendOf(deps, `local sandbox, ${opts.companies} generated companies, seed ${opts.seed}`),
      sandbox: { url: sandbox.url, token: sandbox.token },
      stop: () => sandbox.stop(),
    };
  } catch (err) {
    await sandbox.stop();
    throw err;
  }
}

/** An existing sandbox or portal named by the environment (HUBSPOT_ACCESS_TOKEN, HUBSPOT_BASE_URL, …). */
export function connectPortal(env: Record<string, string | undefined>): PreviewPortal {
  const config = hubSpotConfigFromEnv(env);
  const conn = createHubSpotConnection(config);
  const deps: JobDeps = { conn, mapping: DEFAULT_MAPPING, model: builtInModel('renewal-7'), now: () => new Date() };
  return { backend: backendOf(deps, `HubSpot at ${config.baseUrl}`), stop: async () => undefined };
}
