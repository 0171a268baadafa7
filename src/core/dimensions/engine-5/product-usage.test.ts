import fc from 'fast-check';
import { anAccount } from '../../../../test/builders/account';
import type { AccountSnapshot, Usage } from '../../contract';
import { makeContext } from '../../context';
import { productUsage } from './product-usage';

const run = (snapshot: AccountSnapshot) => productUsage.score(makeContext(snapshot, 0.3), productUsage.params.parse({}));
const usage = (u: Usage) => run(anAccount().withUsage(u).build());

describe('engine5.product_usage', () => {
  it('is a gap when there is no usage data it reads', () => {
    expect(run(anAccount().build()).score).toBeNull();
    expect(usage({ seatsActive: 10, seatsPurchased: 20 }).score).toBeNull();
    expect(usage({ dau: 10 }).score).toBeNull(); // no MAU: no ratio
    expect(usage({ coreActions: { last30: 400 } }).score).toBeNull(); // activity with nothing to compare to
  });

  it('low band (< 20% DAU/MAU): 10% stickiness, 20% coverage, core actions down 20% → 24', () => {
    // stickiness 0.1 → 20; coverage 0.2 → 30; core -20% → 35 + 5/15·15 = 40
    // mean (3·20 + 30 + 40) / 5 = 26; blend 0.7·26 + 0.3·20 = 24.2
    const r = usage({ dau: 5, mau: 50, featuresUsed: 4, featuresAvailable: 20, coreActions: { last30: 800, prev30: 1000 } });
    expect(r.score).toBe(24);
    expect(r.trend).toBe('down');
    expect(r.evidence).toEqual([
      'DAU/MAU 10% (5 daily of 50 monthly active users)',
      '4 of 20 features used (20% coverage)',
      '800 core actions in the last 30 days, down 20% from 1,000 the 30 days before',
    ]);
  });

  it('seed band edges: 20% DAU/MAU starts 4-6 at 40, 40% starts 7-10 at 70', () => {
    expect(usage({ dau: 10, mau: 50 }).score).toBe(40);
    expect(usage({ dau: 20, mau: 50 }).score).toBe(70);
    expect(usage({ dau: 9, mau: 50 }).score).toBeLessThan(40);
  });

  it('mid band (20-40%): 30% stickiness, half the features, steady core actions → 56', () => {
    // 0.3 → 55; 0.5 → 60; 0% → 60; mean (165 + 60 + 60) / 5 = 57; blend 0.7·57 + 0.3·55 = 56.4
    const r = usage({ dau: 15, mau: 50, featuresUsed: 10, featuresAvailable: 20, coreActions: { last30: 1000, prev30: 1000 } });
    expect(r.score).toBe(56);
    expect(r.evidence).toContain('1,000 core actions in the last 30 days, unchanged from 1,000 the 30 days before');
  });

  it('high band (> 40%): the thriving account scores 75', () => {
    // 45/80 = 0.5625 → 70 + 0.1625/0.2·15 = 82.19; 17/20 = 0.85 → 88.75; +4% → 63
    // mean (246.56 + 88.75 + 63) / 5 = 79.66; blend 0.7·79.66 + 0.3·63 = 74.66
    const r = run(anAccount().thriving().build());
    expect(r.score).toBe(75);
    expect(r.trend).toBe('flat'); // active users 80 vs 76: +5%, inside ±10%
    expect(r.evidence[0]).toBe('DAU/MAU 56% (45 daily of 80 monthly active users)');
  });

  it('red flag: no login for 30+ days caps the score at 30', () => {
    const r = run(anAccount().thriving().withUsage({ daysSinceLastLogin: 45 }).build());
    expect(r.score).toBe(30);
    expect(r.evidence).toContain('red flag: no login for 45 days');
    expect(run(anAccount().thriving().withUsage({ daysSinceLastLogin: 29 }).build()).score).toBe(75);
  });

  it('no monthly users is affirmative evidence of no usage: 0', () => {
    const r = usage({ dau: 0, mau: 0 });
    expect(r.score).toBe(0);
    expect(r.evidence).toEqual(['DAU/MAU 0%: no monthly active users']);
  });

  it('core actions: none in 60 days is the floor, activity after none is the top', () => {
    expect(usage({ coreActions: { last30: 0, prev30: 0 } }).score).toBe(0);
    const fresh = usage({ coreActions: { last30: 300, prev30: 0 } });
    expect(fresh.score).toBe(90);
    expect(fresh.trend).toBe('up');
    expect(fresh.evidence).toEqual(['300 core actions in the last 30 days, none the 30 days before']);
  });

  it('is monotone: more DAU, features used, core actions, fewer days since login never lower it', () => {
    const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
    const arbUsage = fc.record({
      dau: opt(fc.integer({ min: 0, max: 120 })),
      mau: opt(fc.integer({ min: 0, max: 100 })),
      featuresUsed: opt(fc.integer({ min: 0, max: 30 })),
      featuresAvailable: opt(fc.integer({ min: 0, max: 25 })),
      coreActions: opt(fc.record({ last30: opt(fc.integer({ min: 0, max: 2000 })), prev30: opt(fc.integer({ min: 0, max: 2000 })) })),
      daysSinceLastLogin: opt(fc.integer({ min: 0, max: 90 })),
    });
    const score = (u: Usage) => usage(u).score ?? 50;
    fc.assert(fc.property(arbUsage, fc.integer({ min: 1, max: 60 }), (u, step) => {
      const base = score(u);
      // each healthy move of a reading that is present (adding a field is not a move)
      const moves: Array<[boolean, Usage]> = [
        [u.dau !== undefined, { ...u, dau: (u.dau ?? 0) + step }],
        [u.featuresUsed !== undefined, { ...u, featuresUsed: (u.featuresUsed ?? 0) + step }],
        [u.coreActions?.last30 !== undefined, { ...u, coreActions: { ...u.coreActions, last30: (u.coreActions?.last30 ?? 0) + step * 10 } }],
        [u.daysSinceLastLogin !== undefined, { ...u, daysSinceLastLogin: Math.max(0, (u.daysSinceLastLogin ?? 0) - step) }],
      ];
      for (const [applies, better] of moves) if (applies) expect(score(better)).toBeGreaterThanOrEqual(base);
    }), { numRuns: 500 });
  });
});
