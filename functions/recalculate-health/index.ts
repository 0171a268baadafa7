/** App function `recalculate-health`: Scores the company now (a single-company scoring run), writes the changed values back and returns the fresh health with the assessment. */
import { runCardFunction } from '../shared/card-function';

export async function main(context: unknown) {
  return runCardFunction('recalculate-health', context);
}
