/** App function `set-override`: Sets or clears the CSM's score override, then rescores so the score in force reflects it. */
import { runCardFunction } from '../shared/card-function';

export async function main(context: unknown) {
  return runCardFunction('set-override', context);
}
