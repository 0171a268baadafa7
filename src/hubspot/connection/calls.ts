/**
 * `HubSpotCalls`: every HubSpot call waits for the limiter, is retried when
 * retrying can help, and is counted.
 *
 * | failure                                   | what happens                                                                 |
 * |-------------------------------------------|------------------------------------------------------------------------------|
 * | 429 TEN_SECONDLY_ROLLING (or no policy)   | every call pauses: until one of OUR slots leaves the window when we filled it (our count ≥ X-HubSpot-RateLimit-Max, which also lowers our budget to that Max), else a full-jitter backoff (other integrations are using the portal's budget) |
 * | 429 SECONDLY (search)                     | searches pause 1 s (HubSpot's search window), other calls go on                |
 * | 429 DAILY                                 | no retry: the daily budget is gone until midnight (portal time zone)        |
 * | 5xx, network error (ECONNRESET, "fetch failed", "socket hang up") | this call retries after a full-jitter exponential backoff |
 * | any other 4xx                             | no retry: HubSpotApiError naming endpoint, status and HubSpot's message      |
 * | anything else thrown by `fn`              | rethrown untouched (a bug, not a HubSpot answer)                              |
 *
 * Full jitter: wait = random() × min(cap, base × 2^(attempt−1)) (base 500 ms, cap 30 s).
 * Retries are bounded by `maxRetries` (attempts = maxRetries + 1).
 *
 * Accounting: `byEndpoint` and `total` count requests sent, retries included (that is
 * what the portal's budget sees); `retries` counts the repeats, `throttled` the 429s;
 * `waitedMs` sums the waits of all calls (limiter queueing and backoff), so with calls
 * in parallel it can exceed the wall time.
 *
 * Batch endpoints answer 207 when some records failed; the client returns that body
 * (with `errors`) without throwing, so it is a success here. The caller handles it.
 */
import type { CallOptions, CallStats, HubSpotCalls } from '../contracts';
import { classify, HubSpotApiError, type Failure } from './errors';
import { RateLimiter, SEARCH_WINDOW_MS, WINDOW_MS, type Clock } from './limiter';

export const BACKOFF_BASE_MS = 500;

/**
 * The calls made between two readings of `stats()`: what one run spent, even
 * when other runs share the connection (the server's workflow action beside a
 * scheduled run) — a reset would wipe their count.
 */
export function callsSince(before: CallStats, after: CallStats): CallStats {
  const byEndpoint: Record<string, number> = {};
  for (const [endpoint, n] of Object.entries(after.byEndpoint)) {
    const d = n - (before.byEndpoint[endpoint] ?? 0);
    if (d > 0) byEndpoint[endpoint] = d;
  }
  return {
    byEndpoint,
    total: after.total - before.total,
    retries: after.retries - before.retries,
    throttled: after.throttled - before.throttled,
    waitedMs: after.waitedMs - before.waitedMs,
  };
}
export const BACKOFF_CAP_MS = 30_000;

export interface CallSettings {
  perTenSeconds: number;
  searchPerSecond: number;
  maxRetries: number;
  /** Strings that must never appear in an error message (the token). */
  secrets?: string[];
}

export interface CallDeps {
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  random?: () => number;
  /** Base of the exponential backoff (tests and the fault-injection run shorten it). */
  backoffBaseMs?: number;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function emptyStats(): CallStats {
  return { byEndpoint: {}, total: 0, retries: 0, throttled: 0, waitedMs: 0 };
}

export function createCalls(settings: CallSettings, deps: CallDeps = {}): HubSpotCalls & { limiter: RateLimiter } {
  const clock: Clock = { now: deps.now ?? Date.now, sleep: deps.sleep ?? realSleep };
  const random = deps.random ?? Math.random;
  const base = deps.backoffBaseMs ?? BACKOFF_BASE_MS;
  const limiter = new RateLimiter(settings, clock);
  const secrets = (settings.secrets ?? []).filter((s) => s.length > 0);
  const redact = (text: string) => secrets.reduce((t, s) => t.split(s).join('[redacted]'), text);
  let stats = emptyStats();

  const backoff = (attempt: number) => Math.round(random() * Math.min(BACKOFF_CAP_MS, base * 2 ** (attempt - 1)));

  /** How long to hold off after a 429, and whom to hold. */
  function afterRateLimit(f: Failure, attempt: number): { until: number; searchOnly: boolean } {
    const now = clock.now();
    if (f.policy === 'SECONDLY') return { until: now + SEARCH_WINDOW_MS, searchOnly: true };
    if (f.hints.max !== undefined) limiter.capTo(f.hints.max);
    const ours = limiter.sentInWindow();
    const portalMax = f.hints.max ?? limiter.perTenSeconds;
    if (ours >= portalMax) {
      // We filled the window ourselves: the next slot is ours to free.
      const span = f.hints.intervalMs ?? WINDOW_MS;
      return { until: Math.max(now + 1, limiter.ownSlotFreesAt(portalMax) + (span - WINDOW_MS)), searchOnly: false };
    }
    return { until: now + backoff(attempt), searchOnly: false };
  }

  async function call<T>(endpoint: string, fn: () => Promise<T>, options: CallOptions = {}): Promise<T> {
    const search = options.search === true;
    for (let attempt = 1; ; attempt++) {
      stats.waitedMs += await limiter.acquire(search);
      stats.total++;
      stats.byEndpoint[endpoint] = (stats.byEndpoint[endpoint] ?? 0) + 1;
      try {
        return await fn();
      } catch (error) {
        const f = classify(error);
        if (f.kind === 'other') throw error;
        if (f.kind === 'rate_limit') stats.throttled++;
        const retryable = f.kind === 'server' || f.kind === 'network' || (f.kind === 'rate_limit' && f.policy !== 'DAILY');
        if (!retryable || attempt > settings.maxRetries) {
          if (f.policy === 'DAILY') f.message += ' (the portal\'s daily API budget is used up until midnight in its time zone)';
          throw new HubSpotApiError(endpoint, f, attempt, redact);
        }
        stats.retries++;
        if (f.kind === 'rate_limit') {
          const hold = afterRateLimit(f, attempt);
          limiter.pause(hold.until, hold.searchOnly);
          // A search-limit 429 on a call not marked as a search: the pause does not cover it.
          if (hold.searchOnly && !search) await wait(hold.until - clock.now());
        } else {
          await wait(backoff(attempt));
        }
      }
    }
  }

  async function wait(ms: number): Promise<void> {
    if (ms <= 0) return;
    stats.waitedMs += ms;
    await clock.sleep(ms);
  }

  return {
    call,
    stats: () => ({ ...stats, byEndpoint: { ...stats.byEndpoint } }),
    reset: () => {
      stats = emptyStats();
    },
    limiter,
  };
}
