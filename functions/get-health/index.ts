/** App function `get-health`: The company's stored health values and score history; with `live: true`, the full assessment computed from current CRM data (nothing written). */
import { runCardFunction } from '../shared/card-function';

export async function main(context: unknown) {
  return runCardFunction('get-health', context);
}
