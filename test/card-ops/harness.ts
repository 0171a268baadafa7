/**
 * A scored sandbox portfolio for the card operations: the jobs' harness
 * (generated portfolio, provisioned, real client, fake clock) after one full
 * scoring run, plus a call helper that goes through handleCardOperation as
 * every transport does.
 */
import { runFull } from '../../src/jobs';
import { handleCardOperation } from '../../src/jobs/card';
import type { CardOperation, CardResponse } from '../../src/jobs/card/contract';
import { startJobSandbox, type JobSandbox } from '../jobs/harness';

export const MINUTE = 60_000;

export interface CardSandbox extends JobSandbox {
  call<Op extends CardOperation>(op: Op, params: unknown): Promise<CardResponse<Op>>;
  /** Data of a call that must succeed (fails the test with the card error otherwise). */
  ok<Op extends CardOperation>(op: Op, params: unknown): Promise<Extract<CardResponse<Op>, { ok: true }>['data']>;
  /** A customer company the full run scored. */
  scoredId: string;
}

export async function startCardSandbox(opts: { companies: number; seed: number }): Promise<CardSandbox> {
  const h = await startJobSandbox(opts);
  h.clock.advance(MINUTE);
  const run = await runFull(h.deps);
  if (run.failed.length > 0) throw new Error(`the setup run failed: ${JSON.stringify(run.failed)}`);
  const call = <Op extends CardOperation>(op: Op, params: unknown) => {
    h.clock.advance(MINUTE);
    return handleCardOperation(h.deps, op, params);
  };
  return {
    ...h,
    call,
    async ok(op, params) {
      const res = await call(op, params);
      if (!res.ok) throw new Error(`${op} failed: ${JSON.stringify(res.error)}`);
      return res.data;
    },
    scoredId: h.customerIds[0]!,
  };
}
