/**
 * How the card reaches its four operations. A transport takes an operation
 * and its parameters and always resolves to the contract's envelope
 * (`{ ok: true, data }` or `{ ok: false, error }`): failures of the channel
 * itself (a function that threw, an HTTP 500, an answer of the wrong shape)
 * become readable errors too, so the card can show them instead of losing them.
 *
 * - serverlessTransport: HubSpot app functions via `hubspot.serverless(uid, { parameters })`,
 *   which resolves to what the function's `main` returned.
 * - fetchTransport: the backend's card API, `POST {baseUrl}/api/card/{op}` with the
 *   parameters as JSON body (through `hubspot.fetch`, or a standard fetch in the preview).
 */
// A namespace import lets the bundler drop the zod parts (locales) the card never uses.
import * as z from 'zod';
import type { CardError, CardOperation, CardParams, CardResponse } from '../../src/jobs/card/contract';

/** What the card sends for an operation (the contract's zod input: defaults may be left out). */
export type CardRequest<Op extends CardOperation> = z.input<(typeof CardParams)[Op]>;

export type CardTransport = <Op extends CardOperation>(op: Op, params: CardRequest<Op>) => Promise<CardResponse<Op>>;

/** The JSON values `hubspot.serverless` accepts as parameters. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** `hubspot.serverless` (or a stand-in with its signature). */
export type ServerlessRunner = (name: string, options: { parameters: JsonValue }) => Promise<unknown>;

/** `hubspot.fetch`: the body is an object, which HubSpot serializes as JSON. */
export type CardFetch = (
  url: string,
  options: { method: 'POST'; body: { [key: string]: unknown }; headers?: Record<string, string>; timeout?: number },
) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

const ERROR_CODES = ['bad_request', 'not_found', 'forbidden', 'hubspot', 'internal'] as const;

const ErrorShape = z.object({
  code: z.enum(ERROR_CODES).catch('internal'),
  message: z.string().min(1),
  fields: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
});

const Envelope = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: z.record(z.string(), z.unknown()) }),
  z.object({ ok: z.literal(false), error: ErrorShape }),
]);

/**
 * The outline of each answer, checked at the boundary so that a drifted or
 * foreign answer is reported as such rather than crashing a component. The
 * full schemas live in the project's contract, which the separately bundled
 * card may only import types from.
 */
const CardHealthOutline = z.looseObject({
  companyId: z.string(),
  name: z.string(),
  status: z.enum(['scored', 'not_scored']),
  stored: z.looseObject({ score: z.number().nullable() }),
  history: z.array(z.looseObject({ at: z.string(), score: z.number() })),
  assessment: z.looseObject({
    score: z.number(),
    tier: z.string(),
    dimensions: z.array(z.looseObject({ key: z.string(), evidence: z.array(z.string()) })),
    signals: z.looseObject({ churn: z.array(z.unknown()), expansion: z.array(z.unknown()) }),
  }).nullable(),
  warnings: z.array(z.string()),
});
const PlayTaskOutline = z.looseObject({ taskId: z.string(), subject: z.string(), dueDate: z.string(), created: z.boolean() });

const OUTLINES: Record<CardOperation, z.ZodType> = {
  'get-health': CardHealthOutline,
  'recalculate-health': CardHealthOutline,
  'create-play-task': PlayTaskOutline,
  'set-override': CardHealthOutline,
};

export function cardError(code: CardError['code'], message: string): { ok: false; error: CardError } {
  return { ok: false, error: { code, message } };
}

function messageOf(err: unknown): string {
  if (err instanceof Error && err.message) return err.message;
  if (typeof err === 'string' && err) return err;
  return 'unknown error';
}

/**
 * Reads an operation's answer. App functions may answer the envelope itself,
 * wrap it as `{ statusCode, body }` (body as object or JSON text), or arrive
 * as the runner's `{ status: 'SUCCESS', response }` / `{ status: 'ERROR', message }`.
 */
export function readAnswer<Op extends CardOperation>(op: Op, raw: unknown, depth = 0): CardResponse<Op> {
  const envelope = Envelope.safeParse(raw);
  if (envelope.success) {
    if (!envelope.data.ok) return { ok: false, error: envelope.data.error };
    const outline = OUTLINES[op].safeParse(envelope.data.data);
    if (!outline.success) {
      const issue = outline.error.issues[0];
      const where = issue?.path.map(String).join('.') || 'data';
      return cardError('internal', `${op} answered data of an unexpected shape (${where}: ${issue?.message ?? 'invalid'})`);
    }
    return { ok: true, data: envelope.data.data } as CardResponse<Op>;
  }
  if (depth < 2 && raw && typeof raw === 'object') {
    const wrapper = raw as { status?: unknown; response?: unknown; message?: unknown; body?: unknown };
    if (wrapper.status === 'ERROR') {
      return cardError('internal', `${op} failed: ${typeof wrapper.message === 'string' ? wrapper.message : 'the function reported an error'}`);
    }
    if (wrapper.status === 'SUCCESS' && 'response' in wrapper) return readAnswer(op, wrapper.response, depth + 1);
    if ('body' in wrapper) {
      if (typeof wrapper.body !== 'string') return readAnswer(op, wrapper.body, depth + 1);
      try {
        return readAnswer(op, JSON.parse(wrapper.body), depth + 1);
      } catch {
        return cardError('internal', `${op} answered a body that is not JSON`);
      }
    }
  }
  return cardError('internal', `${op} answered in an unexpected shape`);
}

type FunctionNames = Partial<Record<CardOperation, string | undefined>>;

/** Calls each operation as the app function of the same uid (or as renamed in `names`). */
export function serverlessTransport(serverless: ServerlessRunner, names: FunctionNames = {}): CardTransport {
  return async (op, params) => {
    const name = names[op] ?? op;
    try {
      // Parameters are plain JSON data built by the card (strings, numbers, booleans).
      const raw = await serverless(name, { parameters: params as unknown as JsonValue });
      return readAnswer(op, raw);
    } catch (err) {
      return cardError('internal', `The ${name} function failed: ${messageOf(err)}`);
    }
  };
}

/** Calls `POST {baseUrl}/api/card/{op}` with the parameters as JSON body. */
export function fetchTransport(fetch: CardFetch, baseUrl: string): CardTransport {
  const base = baseUrl.replace(/\/+$/, '');
  return async (op, params) => {
    const url = `${base}/api/card/${op}`;
    let response: Awaited<ReturnType<CardFetch>>;
    try {
      response = await fetch(url, { method: 'POST', body: params as { [key: string]: unknown } });
    } catch (err) {
      return cardError('internal', `Could not reach the card API (${op}): ${messageOf(err)}`);
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      return cardError(response.ok ? 'internal' : statusCode(response.status), `The card API answered HTTP ${response.status} without JSON (${op})`);
    }
    const answer = readAnswer(op, body);
    if (response.ok) return answer;
    // An error status with the API's own error envelope: that error says more than the status.
    if (!answer.ok && Envelope.safeParse(body).success) return answer;
    return cardError(statusCode(response.status), `The card API answered HTTP ${response.status} (${op})`);
  };
}

function statusCode(status: number): CardError['code'] {
  if (status === 400 || status === 422) return 'bad_request';
  if (status === 401 || status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  return 'internal';
}

/**
 * Adapts a standard fetch (Node, browsers) to the `hubspot.fetch` shape, so the
 * local preview can use fetchTransport against `che serve` or the sandbox.
 */
export function fromStandardFetch(
  standardFetch: (url: string, init: { method: string; headers: Record<string, string>; body: string }) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>,
): CardFetch {
  return (url, options) => standardFetch(url, {
    method: options.method,
    headers: { 'content-type': 'application/json', ...options.headers },
    body: JSON.stringify(options.body),
  });
}
