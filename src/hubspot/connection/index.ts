/**
 * The HubSpot connection: the real @hubspot/api-client (v14) pointed at HubSpot
 * or the sandbox through `basePath`, plus `calls`, the only rate limiter and
 * retry loop in play.
 *
 * The client's own helpers are switched off so they cannot double up with ours:
 * no `limiterOptions` (its Bottleneck limiter is only installed when that option is
 * given) and `numberOfApiCallRetries: 0` (its RetryDecorator retries 5xx after 200 ms ×
 * attempt and 429s after 10 s × attempt, blind to the window). Caveat of v14: those
 * decorators live in a process-wide singleton that every `new Client()` overwrites and
 * each API object captures when first used, so nothing else in the process should
 * build a Client with retries or a limiter.
 */
import { Client } from '@hubspot/api-client';
import type { HubSpotConnection } from '../contracts';
import type { HubSpotConfig } from '../env';
import { createCalls, type CallDeps } from './calls';

export type ConnectionDeps = CallDeps;

export function createHubSpotConnection(config: HubSpotConfig, deps: ConnectionDeps = {}): HubSpotConnection {
  const client = new Client({ accessToken: config.token, basePath: config.baseUrl, numberOfApiCallRetries: 0 });
  const calls = createCalls(
    {
      perTenSeconds: config.perTenSeconds,
      searchPerSecond: config.searchPerSecond,
      maxRetries: config.maxRetries,
      secrets: [config.token],
    },
    deps,
  );
  return { client, calls, baseUrl: config.baseUrl };
}

export { callsSince, createCalls, BACKOFF_BASE_MS, BACKOFF_CAP_MS, type CallDeps, type CallSettings } from './calls';
export { classify, HubSpotApiError, type Failure, type FailureKind, type RateLimitPolicy } from './errors';
export { RateLimiter, WINDOW_MS, SEARCH_WINDOW_MS, SLOT_MARGIN_MS, type Clock } from './limiter';
