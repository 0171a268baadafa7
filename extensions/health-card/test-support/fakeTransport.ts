/**
 * A transport for tests: each operation answers from a script (a value, or a
 * function of the parameters), and every call is recorded with its parameters.
 * An operation without a script answers an error naming it, so a test never
 * passes because of a silent default.
 */
import type { CardHealth, CardOperation, CardResponse } from '../../../src/jobs/card/contract';
import type { CardRequest, CardTransport } from '../transport';

type Script = {
  [Op in CardOperation]?: CardResponse<Op> | ((params: CardRequest<Op>) => CardResponse<Op> | Promise<CardResponse<Op>>);
};

export interface RecordedCall { op: CardOperation; params: unknown }

export interface FakeTransport {
  transport: CardTransport;
  calls: RecordedCall[];
  callsTo: (op: CardOperation) => unknown[];
  /** Replace or add answers after rendering (e.g. make the retry succeed). */
  script: (more: Script) => void;
}

export function fakeTransport(initial: Script = {}): FakeTransport {
  const answers: Script = { ...initial };
  const calls: RecordedCall[] = [];
  const transport: CardTransport = async (op, params) => {
    calls.push({ op, params: structuredClone(params) });
    const answer = answers[op] as CardResponse<typeof op> | ((p: typeof params) => CardResponse<typeof op> | Promise<CardResponse<typeof op>>) | undefined;
    if (answer === undefined) return { ok: false, error: { code: 'internal', message: `test transport: no answer scripted for ${op}` } };
    return typeof answer === 'function' ? answer(params) : answer;
  };
  return {
    transport,
    calls,
    callsTo: (op) => calls.filter((call) => call.op === op).map((call) => call.params),
    script: (more) => Object.assign(answers, more),
  };
}

/** A promise settled from outside, to hold the card in its loading state. */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => { resolve = r; });
  return { promise, resolve };
}

export const ok = <T>(data: T) => ({ ok: true as const, data });

type HealthAnswer = CardResponse<'get-health'> | Promise<CardResponse<'get-health'>>;

/** A health as get-health answers it without live: the stored values and history, no assessment. */
export const storedOnly = (health: CardHealth): CardHealth => ({ ...health, assessment: null });

/**
 * get-health as the backend answers it: `live: false` gets the stored values
 * alone, `live: true` gets `live` (default: the whole health; a function is
 * called per request, e.g. to hand out a deferred answer).
 */
export function byPhase(health: CardHealth, live: HealthAnswer | (() => HealthAnswer) = ok(health)) {
  return (params: CardRequest<'get-health'>): HealthAnswer => {
    if (!params.live) return ok(storedOnly(health));
    return typeof live === 'function' ? live() : live;
  };
}
