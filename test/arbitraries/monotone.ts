/**
 * The monotonicity property for one scorer: for every healthy move, over random
 * snapshots, the score (a gap counting as 50) never falls.
 */
import fc from 'fast-check';
import type { AccountSnapshot } from '../../src/core/contract';
import { HEALTHY_MOVES } from './moves';
import { snapshotArb } from './snapshot';

export function itNeverFallsOnHealthyMoves(scoreOf: (s: AccountSnapshot) => number | null, numRuns = 200): void {
  it.each(Object.keys(HEALTHY_MOVES))('never falls when one signal moves in its healthy direction (property): %s', (name) => {
    const move = HEALTHY_MOVES[name]!;
    fc.assert(fc.property(snapshotArb, fc.nat(), (s, pick) => {
      const moved = move(s, pick);
      fc.pre(moved !== null);
      expect(scoreOf(moved!) ?? 50).toBeGreaterThanOrEqual(scoreOf(s) ?? 50);
    }), { numRuns });
  });
}
