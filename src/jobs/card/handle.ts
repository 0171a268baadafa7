/**
 * The card's one entry point, shared by the app functions, the backend's card
 * API and tests: validates the parameters with the contract's zod schemas,
 * runs the operation, and answers `{ ok: true, data }` or
 * `{ ok: false, error }`. It never throws.
 */
import type { JobDeps } from '../run';
import { CardOperation, CardParams, type CardResponse, type CardResults } from './contract';
import { CardFailure, fromZod, toCardError } from './errors';
import { getHealth, recalculateHealth, setOverride } from './health';
import { createPlayTask } from './play-task';

type AnyResponse = CardResponse<CardOperation>;

async function run(deps: JobDeps, op: CardOperation, raw: unknown): Promise<CardResults[CardOperation]> {
  switch (op) {
    case 'get-health': {
      const p = CardParams['get-health'].safeParse(raw);
      if (!p.success) throw fromZod(p.error);
      return getHealth(deps, p.data);
    }
    case 'recalculate-health': {
      const p = CardParams['recalculate-health'].safeParse(raw);
      if (!p.success) throw fromZod(p.error);
      return recalculateHealth(deps, p.data);
    }
    case 'create-play-task': {
      const p = CardParams['create-play-task'].safeParse(raw);
      if (!p.success) throw fromZod(p.error);
      return createPlayTask(deps, p.data);
    }
    case 'set-override': {
      const p = CardParams['set-override'].safeParse(raw);
      if (!p.success) throw fromZod(p.error);
      return setOverride(deps, p.data);
    }
  }
}

/** The company id of the parameters, when there is one, for a 404's message. */
function companyIdOf(raw: unknown): string | undefined {
  const id = (raw as { companyId?: unknown } | null)?.companyId;
  return typeof id === 'string' || typeof id === 'number' ? String(id).trim() : undefined;
}

export async function handleCardOperation<Op extends CardOperation>(deps: JobDeps, operation: Op, rawParams: unknown): Promise<CardResponse<Op>>;
export async function handleCardOperation(deps: JobDeps, operation: string, rawParams: unknown): Promise<AnyResponse>;
export async function handleCardOperation(deps: JobDeps, operation: string, rawParams: unknown): Promise<AnyResponse> {
  try {
    const op = CardOperation.safeParse(operation);
    if (!op.success) {
      throw new CardFailure('bad_request', `Unknown operation "${String(operation)}": expected one of ${CardOperation.options.join(', ')}`,
        [{ field: 'operation', message: `must be one of ${CardOperation.options.join(', ')}` }]);
    }
    const data = await run(deps, op.data, rawParams ?? {});
    return { ok: true, data } as AnyResponse;
  } catch (err) {
    return { ok: false, error: toCardError(err, companyIdOf(rawParams)) };
  }
}
