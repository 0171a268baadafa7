/**
 * HubSpot's 429 answers and rate-limit headers, shared by the rate limiter and
 * the fault injector so a forced 429 looks exactly like a real one.
 *
 * What HubSpot sends (looked up, not guessed):
 * - Burst limit (private apps, rolling 10 s): body
 *   { status: "error", message: "You have reached your ten_secondly_rolling limit.",
 *     errorType: "RATE_LIMIT", correlationId, policyName: "TEN_SECONDLY_ROLLING",
 *     groupName: "publicapi:private_app-api-calls-ten-secondly:<appId>:<portalId>" }
 *   (the groupName pattern is a body observed from a real private app).
 * - Search limit (per second): { status: "error", message: "You have reached your secondly limit.",
 *   errorType: "RATE_LIMIT", correlationId, policyName: "SECONDLY" }. @hubspot/api-client's
 *   RetryDecorator recognises exactly these two (policyName TEN_SECONDLY_ROLLING, and the
 *   "secondly limit." message for search).
 * - Daily limit: message "You have reached your daily limit.", policyName "DAILY".
 * - Headers on every non-search response: X-HubSpot-RateLimit-Daily, -Daily-Remaining,
 *   -Interval-Milliseconds, -Max, -Remaining, and the deprecated (still sent, no longer
 *   enforced) -Secondly / -Secondly-Remaining. Search responses carry none of them.
 * - No Retry-After on 429s: HubSpot does not document one for rate limits (it sends
 *   Retry-After on 477 migrations only); the hints are the headers above.
 */
import { randomUUID } from 'node:crypto';
import type { Response } from 'express';

export const INTERVAL_MS = 10_000;

export type RateLimitPolicy = 'TEN_SECONDLY_ROLLING' | 'SECONDLY' | 'DAILY';

const MESSAGES: Record<RateLimitPolicy, string> = {
  TEN_SECONDLY_ROLLING: 'You have reached your ten_secondly_rolling limit.',
  SECONDLY: 'You have reached your secondly limit.',
  DAILY: 'You have reached your daily limit.',
};

export interface RateLimitBody {
  status: 'error';
  message: string;
  errorType: 'RATE_LIMIT';
  correlationId: string;
  policyName: RateLimitPolicy;
  groupName?: string;
}

/** Where a token's budget lives, as HubSpot names it in `groupName`. */
export interface RateLimitGroup {
  appId: number;
  portalId: number;
}

export function rateLimitBody(policy: RateLimitPolicy, group: RateLimitGroup): RateLimitBody {
  const body: RateLimitBody = {
    status: 'error',
    message: MESSAGES[policy],
    errorType: 'RATE_LIMIT',
    correlationId: randomUUID(),
    policyName: policy,
  };
  if (policy === 'TEN_SECONDLY_ROLLING') {
    body.groupName = `publicapi:private_app-api-calls-ten-secondly:${group.appId}:${group.portalId}`;
  } else if (policy === 'DAILY') {
    body.groupName = `publicapi:private_app-api-calls-daily:${group.appId}:${group.portalId}`;
  }
  return body;
}

export interface RateLimitState {
  daily: number;
  dailyRemaining: number;
  max: number;
  remaining: number;
  secondly: number;
  secondlyRemaining: number;
}

export function setRateLimitHeaders(res: Response, s: RateLimitState): void {
  res.setHeader('X-HubSpot-RateLimit-Daily', String(s.daily));
  res.setHeader('X-HubSpot-RateLimit-Daily-Remaining', String(Math.max(0, s.dailyRemaining)));
  res.setHeader('X-HubSpot-RateLimit-Interval-Milliseconds', String(INTERVAL_MS));
  res.setHeader('X-HubSpot-RateLimit-Max', String(s.max));
  res.setHeader('X-HubSpot-RateLimit-Remaining', String(Math.max(0, s.remaining)));
  res.setHeader('X-HubSpot-RateLimit-Secondly', String(s.secondly));
  res.setHeader('X-HubSpot-RateLimit-Secondly-Remaining', String(Math.max(0, s.secondlyRemaining)));
}

export function sendRateLimited(res: Response, body: RateLimitBody): void {
  res.setHeader('x-hubspot-correlation-id', body.correlationId);
  res.status(429).json(body);
}

/** POST /crm/v3/objects/{type}/search, wherever the router is mounted. */
export function isSearchRequest(method: string, originalUrl: string): boolean {
  if (method !== 'POST') return false;
  const path = originalUrl.split('?')[0] ?? '';
  return /^\/crm\/v3\/objects\/[^/]+\/search\/?$/.test(path);
}
