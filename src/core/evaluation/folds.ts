/**
 * Stratified k-fold assignment: churned and renewed records are shuffled
 * separately (seeded) and dealt round-robin, so every fold holds about the same
 * share of churn. Returns the fold index of each record.
 */
import { seededRandom, shuffled } from './prng';

export function stratifiedFolds(churned: ReadonlyArray<boolean>, k: number, seed: number): number[] {
  const random = seededRandom(seed);
  const fold = new Array<number>(churned.length).fill(0);
  let next = 0;
  for (const cls of [true, false]) {
    const members = churned.flatMap((c, i) => (c === cls ? [i] : []));
    for (const i of shuffled(members, random)) {
      fold[i] = next;
      next = (next + 1) % k;
    }
  }
  return fold;
}
