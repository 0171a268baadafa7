/** A HubSpotConnection over the real client that only counts calls (no limiter, no retries): the loader tests' connection. */
import { Client } from '@hubspot/api-client';
import type { CallStats, HubSpotCalls, HubSpotConnection } from '../../src/hubspot/contracts';
import type { RunningSandbox } from '../../src/sandbox/server';

export function countingCalls(): HubSpotCalls {
  let stats: CallStats = { byEndpoint: {}, total: 0, retries: 0, throttled: 0, waitedMs: 0 };
  return {
    async call(endpoint, fn) {
      stats.byEndpoint[endpoint] = (stats.byEndpoint[endpoint] ?? 0) + 1;
      stats.total++;
      return fn();
    },
    stats: () => ({ ...stats, byEndpoint: { ...stats.byEndpoint } }),
    reset: () => {
      stats = { byEndpoint: {}, total: 0, retries: 0, throttled: 0, waitedMs: 0 };
    },
  };
}

export function sandboxConnection(sandbox: RunningSandbox): HubSpotConnection {
  return { client: new Client({ accessToken: sandbox.token, basePath: sandbox.url }), calls: countingCalls(), baseUrl: sandbox.url };
}

/** Drains loadCompanies into one array. */
export async function collect<T>(gen: AsyncGenerator<T[]>): Promise<T[]> {
  const out: T[] = [];
  for await (const chunk of gen) out.push(...chunk);
  return out;
}
