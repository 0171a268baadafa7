/**
 * HubSpot's request limits for the sandbox, per token (the Authorization header;
 * the middleware runs after auth):
 * - a rolling 10-second window of `perTenSeconds` requests (policy TEN_SECONDLY_ROLLING);
 * - CRM search (POST /crm/v3/objects/{type}/search) at most `searchPerSecond` per rolling
 *   second (policy SECONDLY). Searches also count toward the 10-second window: HubSpot does
 *   not say they are exempt, and counting them keeps a client tuned here safe on a real portal;
 * - a daily budget (policy DAILY), reset at midnight UTC (the sandbox portal's time zone).
 *
 * Decision: rejected requests (429s) do not count toward any window. A client that keeps
 * retrying is admitted again as soon as the oldest admitted request leaves the window,
 * which is what HubSpot's rolling limit promises and what the X-HubSpot-RateLimit-* hints say.
 *
 * Headers: every non-search response carries X-HubSpot-RateLimit-Daily, -Daily-Remaining,
 * -Interval-Milliseconds, -Max, -Remaining and the deprecated -Secondly, -Secondly-Remaining
 * (Max / 10, informational, not enforced), 429s included. Search responses carry none, as on
 * HubSpot. No Retry-After (see hubspot-429.ts).
 */
import type { RequestHandler } from 'express';
import { RollingWindow } from './window';
import {
  INTERVAL_MS, isSearchRequest, rateLimitBody, sendRateLimited, setRateLimitHeaders,
  type RateLimitGroup, type RateLimitPolicy,
} from './hubspot-429';

export { rateLimitBody, setRateLimitHeaders, isSearchRequest, INTERVAL_MS } from './hubspot-429';
export type { RateLimitBody, RateLimitGroup, RateLimitPolicy, RateLimitState } from './hubspot-429';

export interface RateLimits {
  perTenSeconds: number;
  searchPerSecond: number;
  /** Requests per day; HubSpot's Professional private-app budget by default. */
  daily: number;
}

export interface RateLimiterOptions extends Partial<RateLimitGroup> {
  perTenSeconds: number;
  searchPerSecond: number;
  daily?: number;
  now?: () => number;
}

export interface RateLimiter {
  middleware: RequestHandler;
  setLimits(p: Partial<RateLimits>): void;
}

const DEFAULT_DAILY = 650_000;
const DAY_MS = 86_400_000;

interface TokenState {
  burst: RollingWindow;
  search: RollingWindow;
  day: number;
  usedToday: number;
}

function checkLimit(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`Invalid rate limit "${name}": expected a whole number ≥ 1, got ${String(value)}`);
  }
  return value;
}

export function rateLimiter(opts: RateLimiterOptions): RateLimiter {
  const now = opts.now ?? Date.now;
  const group: RateLimitGroup = { appId: opts.appId ?? 1, portalId: opts.portalId ?? 1 };
  const limits: RateLimits = {
    perTenSeconds: checkLimit('perTenSeconds', opts.perTenSeconds),
    searchPerSecond: checkLimit('searchPerSecond', opts.searchPerSecond),
    daily: checkLimit('daily', opts.daily ?? DEFAULT_DAILY),
  };
  const tokens = new Map<string, TokenState>();

  function stateOf(token: string, t: number): TokenState {
    let s = tokens.get(token);
    if (!s) {
      s = { burst: new RollingWindow(INTERVAL_MS), search: new RollingWindow(1000), day: Math.floor(t / DAY_MS), usedToday: 0 };
      tokens.set(token, s);
    }
    const day = Math.floor(t / DAY_MS);
    if (day !== s.day) {
      s.day = day;
      s.usedToday = 0;
    }
    return s;
  }

  const middleware: RequestHandler = (req, res, next) => {
    const t = now();
    const s = stateOf(req.headers.authorization ?? '', t);
    const search = isSearchRequest(req.method, req.originalUrl);
    const inWindow = s.burst.count(t);
    const inSecond = s.burst.countWithin(t, 1000);
    const searchesInSecond = search ? s.search.count(t) : 0;

    let refused: RateLimitPolicy | undefined;
    if (s.usedToday >= limits.daily) refused = 'DAILY';
    else if (search && searchesInSecond >= limits.searchPerSecond) refused = 'SECONDLY';
    else if (inWindow >= limits.perTenSeconds) refused = 'TEN_SECONDLY_ROLLING';

    if (!refused) {
      s.burst.add(t);
      if (search) s.search.add(t);
      s.usedToday++;
    }
    if (!search) {
      const secondly = Math.ceil(limits.perTenSeconds / 10);
      setRateLimitHeaders(res, {
        daily: limits.daily,
        dailyRemaining: limits.daily - s.usedToday,
        max: limits.perTenSeconds,
        remaining: limits.perTenSeconds - s.burst.count(t),
        secondly,
        secondlyRemaining: secondly - (refused ? inSecond : inSecond + 1),
      });
    }
    if (refused) return sendRateLimited(res, rateLimitBody(refused, group));
    next();
  };

  return {
    middleware,
    setLimits(p) {
      // Validate everything before changing anything, so a bad value leaves the limits intact.
      const next: RateLimits = {
        perTenSeconds: p.perTenSeconds === undefined ? limits.perTenSeconds : checkLimit('perTenSeconds', p.perTenSeconds),
        searchPerSecond: p.searchPerSecond === undefined ? limits.searchPerSecond : checkLimit('searchPerSecond', p.searchPerSecond),
        daily: p.daily === undefined ? limits.daily : checkLimit('daily', p.daily),
      };
      Object.assign(limits, next);
    },
  };
}
