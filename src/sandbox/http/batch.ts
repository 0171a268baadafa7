/** HubSpot's batch rules shared by the batch routes: input limits and the 207 shape for missing records. */
import { OBJECT_META } from '../schema';
import type { ObjectType } from '../types';
import { validationError } from './errors';

export const BATCH_MAX = 100;
export const HISTORY_BATCH_MAX = 50;

export function checkBatchSize(count: number, max = BATCH_MAX): void {
  if (count > max) {
    throw validationError(`The maximum number of inputs supported in a batch request is ${max}. ${count} inputs were provided; please reduce the number of items and try again.`, {
      context: { inputs: [String(count)] },
    });
  }
}

/** The batch error entry HubSpot gives for ids it cannot find. */
export function notFoundError(type: ObjectType, ids: string[], verb = 'get') {
  return {
    status: 'error',
    category: 'OBJECT_NOT_FOUND',
    message: `Could not ${verb} some ${OBJECT_META[type].singular.toUpperCase()} objects, they may be deleted or not exist. Check that ids are valid.`,
    context: { ids },
    errors: [],
    links: {},
  };
}
