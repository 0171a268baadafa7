/**
 * Fault injection for the sandbox: a hostile HubSpot on demand. Per request, in this
 * order: added latency; then, each with its own probability, a dropped connection
 * (the socket is destroyed without a response), a 429 exactly like HubSpot's, or a
 * 502/503/504. Settings are validated with zod and can change at run time (the admin
 * endpoint calls set()). `random` is injectable so tests are deterministic.
 *
 * Mount it after the rate limiter: a forced 429 then keeps the limiter's
 * X-HubSpot-RateLimit-* headers and only reports Remaining 0, as a real one would.
 */
import type { RequestHandler } from 'express';
import { z } from 'zod';
import {
  isSearchRequest, rateLimitBody, sendRateLimited, setRateLimitHeaders, type RateLimitGroup,
} from '../limits/hubspot-429';
import { SERVER_ERROR_STATUSES, sendServerError } from './hubspot-5xx';

const share = z.number().min(0, 'must be a share between 0 and 1').max(1, 'must be a share between 0 and 1');

export const faultSettingsSchema = z.object({
  rate429: share,
  rate5xx: share,
  latencyMs: z.number().int('must be a whole number of milliseconds').min(0, 'must be ≥ 0').max(60_000, 'must be ≤ 60000'),
  dropRate: share,
});

export type FaultSettings = z.infer<typeof faultSettingsSchema>;

export const NO_FAULTS: FaultSettings = { rate429: 0, rate5xx: 0, latencyMs: 0, dropRate: 0 };

/** A bad fault setting; `field` names it. */
export class FaultSettingsError extends Error {
  constructor(readonly field: string, message: string) {
    super(message);
    this.name = 'FaultSettingsError';
  }
}

/** Parses a partial update (e.g. an admin request body); throws FaultSettingsError naming the field. */
export function parseFaultSettings(input: unknown): Partial<FaultSettings> {
  const parsed = faultSettingsSchema.partial().strict().safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const field = issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : issue.path.join('.') || 'settings';
  const got = issue.path.length && input && typeof input === 'object'
    ? ` (got ${JSON.stringify((input as Record<string, unknown>)[String(issue.path[0])])})` : '';
  const message = issue.code === 'unrecognized_keys' ? `unknown fault setting(s): ${field}` : `fault setting "${field}": ${issue.message}${got}`;
  throw new FaultSettingsError(field, message);
}

export interface FaultInjector {
  middleware: RequestHandler;
  get(): FaultSettings;
  /** Throws FaultSettingsError naming the field; nothing changes then. */
  set(p: Partial<FaultSettings>): void;
}

export function faultInjector(
  initial: Partial<FaultSettings> = {},
  random: () => number = Math.random,
  /** The app and portal a forced 429 names in `groupName`, as the rate limiter does. */
  group: RateLimitGroup = { appId: 1, portalId: 1 },
): FaultInjector {
  let settings: FaultSettings = { ...NO_FAULTS, ...parseFaultSettings(initial) };

  const middleware: RequestHandler = (req, res, next) => {
    const s = settings;
    const act = () => {
      if (s.dropRate > 0 && random() < s.dropRate) {
        req.socket.destroy();
        return;
      }
      if (s.rate429 > 0 && random() < s.rate429) {
        if (isSearchRequest(req.method, req.originalUrl)) return sendRateLimited(res, rateLimitBody('SECONDLY', group));
        if (res.getHeader('X-HubSpot-RateLimit-Max') === undefined) setRateLimitHeaders(res, FORCED_HEADERS);
        res.setHeader('X-HubSpot-RateLimit-Remaining', '0');
        return sendRateLimited(res, rateLimitBody('TEN_SECONDLY_ROLLING', group));
      }
      if (s.rate5xx > 0 && random() < s.rate5xx) {
        const pick = Math.min(SERVER_ERROR_STATUSES.length - 1, Math.floor(random() * SERVER_ERROR_STATUSES.length));
        return sendServerError(res, SERVER_ERROR_STATUSES[pick]!);
      }
      next();
    };
    if (s.latencyMs > 0) setTimeout(act, s.latencyMs);
    else act();
  };

  return {
    middleware,
    get: () => ({ ...settings }),
    set(p) {
      settings = { ...settings, ...parseFaultSettings(p) };
    },
  };
}

/** Headers for a forced 429 when no limiter ran before (HubSpot's Professional private-app figures). */
const FORCED_HEADERS = { daily: 650_000, dailyRemaining: 650_000, max: 190, remaining: 0, secondly: 19, secondlyRemaining: 0 };
