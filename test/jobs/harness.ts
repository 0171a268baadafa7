/**
 * A generated sandbox portfolio, provisioned, with the real connection
 * (@hubspot/api-client through `basePath`) and job deps whose clock is the
 * sandbox's: both read one fake instant that a test moves forward, so
 * "changed since" and "scored at" are exact.
 */
import { builtInModel } from '../../src/core/models';
import { createHubSpotConnection } from '../../src/hubspot/connection';
import type { HubSpotConnection } from '../../src/hubspot/contracts';
import { hubSpotConfigFromEnv } from '../../src/hubspot/env';
import { DEFAULT_MAPPING } from '../../src/hubspot/mapping';
import { provision } from '../../src/hubspot/provision';
import type { JobDeps } from '../../src/jobs';
import type { FaultSettings } from '../../src/sandbox/faults';
import { startSandbox, type RunningSandbox } from '../../src/sandbox/server';

/** The generated portfolio's "as of": the runs score this day. */
export const AS_OF = '2026-11-01T00:00:00.000Z';
const HOUR = 3_600_000;

export interface JobSandbox {
  sandbox: RunningSandbox;
  conn: HubSpotConnection;
  deps: JobDeps;
  /** The shared fake clock (ms). */
  clock: { now(): number; advance(ms: number): void };
  /** Companies the default mapping counts as customers (lifecyclestage customer). */
  customerIds: string[];
  nonCustomerIds: string[];
  /** A company's current value of a property, as stored in the sandbox. */
  value(companyId: string, property: string): string | undefined;
  stop(): Promise<void>;
}

export async function startJobSandbox(opts: { companies: number; seed: number; faults?: Partial<FaultSettings> }): Promise<JobSandbox> {
  let t = Date.parse(AS_OF) + HOUR;
  const clock = { now: () => t, advance: (ms: number) => { t += ms; } };
  const sandbox = await startSandbox({
    companies: opts.companies,
    seed: opts.seed,
    asOf: AS_OF,
    now: clock.now,
    // Only the fault knobs throttle here; the limiter tests live with the connection.
    rateLimit: { perTenSeconds: 1_000_000, searchPerSecond: 1_000_000 },
    ...(opts.faults ? { faults: opts.faults } : {}),
  });
  const config = hubSpotConfigFromEnv({
    HUBSPOT_ACCESS_TOKEN: sandbox.token,
    HUBSPOT_BASE_URL: sandbox.url,
    HUBSPOT_RATE_LIMIT: '1000',
    HUBSPOT_SEARCH_RATE: '5',
    HUBSPOT_MAX_RETRIES: '8',
  });
  // Short backoffs: the faults are random, the waits need not be long to prove the retries.
  const conn = createHubSpotConnection(config, { backoffBaseMs: 5 });
  await provision(conn, {});
  const companies = sandbox.store.list('companies');
  const isCustomer = (id: string) => sandbox.store.get('companies', id)?.values.get('lifecyclestage') === 'customer';
  return {
    sandbox,
    conn,
    deps: { conn, mapping: DEFAULT_MAPPING, model: builtInModel('renewal-7'), now: () => new Date(t) },
    clock,
    customerIds: companies.map((c) => c.id).filter(isCustomer),
    nonCustomerIds: companies.map((c) => c.id).filter((id) => !isCustomer(id)),
    value: (companyId, property) => sandbox.store.get('companies', companyId)?.values.get(property),
    stop: () => sandbox.stop(),
  };
}

export const BATCH_UPDATE = 'POST /crm/v3/objects/companies/batch/update';
