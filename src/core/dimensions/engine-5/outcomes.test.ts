import fc from 'fast-check';
import { anAccount } from '../../../../test/builders/account';
import type { AccountSnapshot } from '../../contract';
import { makeContext } from '../../context';
import { outcomes } from './outcomes';

type Outcomes = NonNullable<AccountSnapshot['outcomes']>;
const run = (o: Outcomes | undefined) => {
  const snapshot = o === undefined ? anAccount().build() : anAccount().withOutcomes(o).build();
  return outcomes.score(makeContext(snapshot, 0.3), outcomes.params.parse({}));
};

describe('engine5.outcomes', () => {
  it('is a gap with no outcomes record, or goals defined but achievement untracked', () => {
    expect(run(undefined).score).toBeNull();
    expect(run({}).score).toBeNull();
    const untracked = run({ goalsDefined: 4 });
    expect(untracked.score).toBeNull();
    expect(untracked.evidence).toEqual(['4 success goals defined, achievement not tracked']);
    expect(run({ roiDocumented: false }).score).toBeNull();
  });

  it('low band (none achieved): 0 of 4 → 20', () => {
    const r = run({ goalsDefined: 4, goalsAchieved: 0 });
    expect(r.score).toBe(20);
    expect(r.evidence).toEqual(['0 of 4 success goals achieved (0%)']);
  });

  it('no goals defined is affirmative evidence of no success plan → 25', () => {
    const r = run({ goalsDefined: 0, goalsAchieved: 0 });
    expect(r.score).toBe(25);
    expect(r.evidence).toEqual(['no success goals defined: no success plan on record']);
  });

  it('mid band (partly achieved): 2 of 4 → 50, 1 of 4 → 44', () => {
    expect(run({ goalsDefined: 4, goalsAchieved: 2 }).score).toBe(50);
    // 0.25 → 40 + 0.15/0.4·10 = 43.75
    expect(run({ goalsDefined: 4, goalsAchieved: 1 }).score).toBe(44);
  });

  it('high band (all achieved): 4 of 4 → 80; with ROI documented → 90', () => {
    expect(run({ goalsDefined: 4, goalsAchieved: 4 }).score).toBe(80);
    const r = run({ goalsDefined: 4, goalsAchieved: 4, roiDocumented: true });
    expect(r.score).toBe(90);
    expect(r.evidence).toEqual(['4 of 4 success goals achieved (100%)', 'green flag: ROI documented']);
  });

  it('ROI documented alone lifts the neutral 50 by 10; more achieved than defined reads as all', () => {
    expect(run({ roiDocumented: true }).score).toBe(60);
    expect(run({ goalsDefined: 3, goalsAchieved: 5 }).score).toBe(80);
  });

  it('achievements with no total recorded: 0 → 20, some → 50 (partial, all cannot be confirmed)', () => {
    expect(run({ goalsAchieved: 0 }).score).toBe(20);
    const r = run({ goalsAchieved: 3 });
    expect(r.score).toBe(50);
    expect(r.evidence).toEqual(['3 success goals achieved (number defined not recorded)']);
  });

  it('is monotone: more goals achieved or ROI documented never lowers it', () => {
    const arb = fc.record({
      goalsDefined: fc.option(fc.integer({ min: 0, max: 12 }), { nil: undefined }),
      goalsAchieved: fc.option(fc.integer({ min: 0, max: 12 }), { nil: undefined }),
      roiDocumented: fc.option(fc.boolean(), { nil: undefined }),
    });
    const score = (o: Outcomes) => run(o).score ?? 50;
    fc.assert(fc.property(arb, fc.integer({ min: 1, max: 5 }), (o, step) => {
      const base = score(o);
      if (o.goalsAchieved !== undefined) expect(score({ ...o, goalsAchieved: o.goalsAchieved + step })).toBeGreaterThanOrEqual(base);
      if (o.roiDocumented !== true) expect(score({ ...o, roiDocumented: true })).toBeGreaterThanOrEqual(base);
    }), { numRuns: 500 });
  });
});
