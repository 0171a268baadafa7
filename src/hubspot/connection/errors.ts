/**
 * What a failed HubSpot call was, read from what @hubspot/api-client v14 throws:
 * - an HTTP answer outside the documented success codes → `ApiException`
 *   { code: status, body, headers } (every codegen package has its own class, so we
 *   read the fields rather than test `instanceof`). `body` is the parsed JSON error
 *   envelope (the client keeps unknown fields such as `policyName`, because no model is
 *   registered for "Error"), or the raw text for HubSpot's HTML edge pages (502/504).
 *   `headers` is a plain object with lower-case names.
 * - a network failure → whatever Node's fetch throws: TypeError "fetch failed" with a
 *   `cause` carrying ECONNRESET / UND_ERR_SOCKET / "other side closed", or, on the
 *   client's http.Agent path, an Error with `code` ECONNRESET / "socket hang up".
 * Note that a batch endpoint's 207 (some records failed) is a success for the client: it
 * returns the body with `errors` and does not throw, so callers must look at `errors`.
 */

export type FailureKind = 'rate_limit' | 'server' | 'network' | 'client' | 'other';

export type RateLimitPolicy = 'TEN_SECONDLY_ROLLING' | 'SECONDLY' | 'DAILY' | 'UNKNOWN';

export interface Failure {
  kind: FailureKind;
  status?: number;
  /** HubSpot's own message (JSON envelope) or a short description. */
  message: string;
  correlationId?: string;
  category?: string;
  policy?: RateLimitPolicy;
  /** X-HubSpot-RateLimit-* hints when HubSpot sent them. */
  hints: { intervalMs?: number; remaining?: number; max?: number };
}

const NETWORK_CODES = new Set([
  'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ECONNABORTED', 'EAI_AGAIN',
  'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_CLOSED',
]);
const NETWORK_MESSAGES = /fetch failed|socket hang up|other side closed|terminated|network socket disconnected/i;

type Loose = Record<string, unknown>;
const asObject = (v: unknown): Loose | undefined => (v !== null && typeof v === 'object' ? (v as Loose) : undefined);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

function header(headers: Loose | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  const value = key === undefined ? undefined : headers[key];
  return Array.isArray(value) ? str(value[0]) : str(value);
}

function intHeader(headers: Loose | undefined, name: string): number | undefined {
  const raw = header(headers, name);
  if (raw === undefined || !/^\d+$/.test(raw.trim())) return undefined;
  return Number(raw);
}

function policyOf(body: Loose | undefined, message: string): RateLimitPolicy {
  const policy = str(body?.policyName);
  if (policy === 'TEN_SECONDLY_ROLLING' || policy === 'SECONDLY' || policy === 'DAILY') return policy;
  // Search 429s have been seen without policyName; the message still says which limit.
  if (/secondly limit/i.test(message) && !/ten_secondly/i.test(message)) return 'SECONDLY';
  if (/ten_secondly/i.test(message)) return 'TEN_SECONDLY_ROLLING';
  if (/daily limit/i.test(message)) return 'DAILY';
  return 'UNKNOWN';
}

function networkCode(err: Loose): string | undefined {
  for (let e: Loose | undefined = err, depth = 0; e && depth < 4; e = asObject(e.cause), depth++) {
    const code = str(e.code);
    if (code && NETWORK_CODES.has(code)) return code;
    if (typeof e.message === 'string' && NETWORK_MESSAGES.test(e.message)) return code ?? e.message;
  }
  return undefined;
}

/** Classifies anything a HubSpot call threw. */
export function classify(error: unknown): Failure {
  const err = asObject(error);
  const status = typeof err?.code === 'number' && err.code >= 100 && err.code <= 599 ? err.code : undefined;
  if (err && status !== undefined) {
    const body = asObject(err.body);
    const headers = asObject(err.headers);
    const text = typeof err.body === 'string' ? err.body : undefined;
    const message = str(body?.message) ?? (text ? briefText(text) : `HTTP ${status}`);
    const hints = {
      intervalMs: intHeader(headers, 'x-hubspot-ratelimit-interval-milliseconds'),
      remaining: intHeader(headers, 'x-hubspot-ratelimit-remaining'),
      max: intHeader(headers, 'x-hubspot-ratelimit-max'),
    };
    const base = { status, message, correlationId: str(body?.correlationId), category: str(body?.category), hints };
    if (status === 429) return { ...base, kind: 'rate_limit', policy: policyOf(body, message) };
    if (status >= 500) return { ...base, kind: 'server' };
    return { ...base, kind: 'client' };
  }
  if (err) {
    const code = networkCode(err);
    if (code) return { kind: 'network', message: `network error (${code})`, hints: {} };
  }
  return { kind: 'other', message: err && typeof err.message === 'string' ? err.message : String(error), hints: {} };
}

/** An HTML edge page says little; keep its title, or the first words of any text. */
function briefText(text: string): string {
  const title = /<title>([^<]*)<\/title>/i.exec(text)?.[1]?.trim();
  return title ?? text.replace(/\s+/g, ' ').trim().slice(0, 120);
}

/** A HubSpot call that failed for good: names the endpoint, the status and HubSpot's message. */
export class HubSpotApiError extends Error {
  readonly endpoint: string;
  readonly status?: number;
  readonly correlationId?: string;
  readonly category?: string;
  readonly attempts: number;

  constructor(endpoint: string, failure: Failure, attempts: number, redact: (s: string) => string) {
    const status = failure.status === undefined ? '' : ` HTTP ${failure.status}`;
    const tries = attempts > 1 ? ` after ${attempts} attempts` : '';
    const id = failure.correlationId ? ` (correlationId ${failure.correlationId})` : '';
    super(redact(`HubSpot ${endpoint} failed${tries}:${status} ${failure.message}${id}`));
    this.name = 'HubSpotApiError';
    this.endpoint = endpoint;
    if (failure.status !== undefined) this.status = failure.status;
    if (failure.correlationId) this.correlationId = failure.correlationId;
    if (failure.category) this.category = failure.category;
    this.attempts = attempts;
  }
}
