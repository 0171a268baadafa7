import fc from 'fast-check';
import { itNeverFallsOnHealthyMoves } from '../../../../test/arbitraries/monotone';
import type { AccountSnapshot } from '../../contract';
import { makeContext } from '../../context';
import { anAccount, type AccountBuilder } from '../../../../test/builders/account';
import { snapshotArb } from '../../../../test/arbitraries/snapshot';
import { adoption } from './adoption';

const assess = (account: AccountBuilder | AccountSnapshot, conservatism = 0.3) => {
  const snapshot = 'build' in account ? account.build() : account;
  return adoption.score(makeContext(snapshot, conservatism), adoption.params.parse({}));
};
const scoreOf = (account: AccountBuilder | AccountSnapshot) => assess(account).score;

/** 17 of 20 features, 3 adopted in 180 days, 4 integrations, 90 of 100 seats active. */
const broadAccount = () => anAccount().withFeatures(17, 20, 3).withUsage({ integrationsActive: 4, seatsPurchased: 100, seatsActive: 90 });

/** 6 of 20 features, none adopted in 180 days, 1 integration, 40 of 100 seats active. */
const narrowAccount = () => anAccount().withFeatures(6, 20, 0).withUsage({ integrationsActive: 1, seatsPurchased: 100, seatsActive: 40 });

describe('renewal7.adoption', () => {
  describe('gaps', () => {
    it('is a gap with no usage data', () => {
      expect(assess(anAccount())).toEqual({ score: null, trend: null, evidence: [] });
    });

    it('is a gap when usage has no feature, integration or seat data', () => {
      expect(assess(anAccount().withUsage({ dau: 20, mau: 100, daysSinceLastLogin: 2 }))).toEqual({ score: null, trend: null, evidence: [] });
      // Nothing to divide by: no features or seats on the plan.
      expect(scoreOf(anAccount().withUsage({ featuresUsed: 0, featuresAvailable: 0, seatsActive: 0, seatsPurchased: 0 }))).toBeNull();
    });
  });

  describe('worked examples', () => {
    it('scores broad adoption in the 90-100 band', () => {
      // breadth 17 ÷ 20 = 0.85 → 92.5 (w3), 3 new features → 87.5 (w2), 4 integrations → 95 (w1), seats 0.9 → 95 (w2)
      // mean (277.5 + 175 + 95 + 190) / 8 = 92.19, min 87.5 → 0.7 × 92.19 + 0.3 × 87.5 = 90.78 → 91
      const result = assess(broadAccount());
      expect(result.score).toBe(91);
      expect(result.trend).toBe('up');
      expect(result.evidence).toEqual([
        '17 of 20 purchased features in use (85%)',
        '3 new features adopted in the last 180 days',
        '4 active integrations',
        '90 of 100 seats active (90%)',
      ]);
    });

    it('scores narrow adoption in the 30-49 band', () => {
      // breadth 6 ÷ 20 = 0.3 → 40 (w3), 0 new features → 30 (w2), 1 integration → 65 (w1), seats 0.4 → 45 (w2)
      // mean (120 + 60 + 65 + 90) / 8 = 41.88, min 30 → 0.7 × 41.88 + 9 = 38.31 → 38 (the no-new-feature cap 69 does not bind)
      const result = assess(narrowAccount());
      expect(result.score).toBe(38);
      expect(result.trend).toBe('down');
      expect(result.evidence).toEqual([
        '6 of 20 purchased features in use (30%)',
        '0 new features adopted in the last 180 days',
        'red flag: no feature adopted in the last 6 months',
        '1 active integration',
        '40 of 100 seats active (40%)',
      ]);
    });

    it('treats over-use of seats as full utilisation', () => {
      // 130 of 100 seats → beyond 0.9 → 95, the only part
      expect(assess(anAccount().withUsage({ seatsPurchased: 100, seatsActive: 130 }))).toEqual({
        score: 95, trend: null, evidence: ['130 of 100 seats active (130%)'],
      });
    });
  });

  describe('red flags', () => {
    it('caps a single feature in use at 29', () => {
      // breadth 1 ÷ 20 = 0.05 → 10 (w3), 2 new → 80 (w2), 3 integrations → 87.5 (w1), seats 0.8 → 85 (w2)
      // mean (30 + 160 + 87.5 + 170) / 8 = 55.94, min 10 → 39.16 + 3 = 42.16, capped at 29
      const result = assess(anAccount().withFeatures(1, 20, 2).withUsage({ integrationsActive: 3, seatsPurchased: 100, seatsActive: 80 }));
      expect(result.score).toBe(29);
      expect(result.evidence).toContain('1 of 20 purchased features in use (5%)');
      expect(result.evidence).toContain('red flag: only a single feature in use of 20 purchased');
      // Two features: no cap (breadth 0.1 → 20: mean 59.69, min 20 → 41.78 + 6 = 47.78 → 48)
      expect(scoreOf(anAccount().withFeatures(2, 20, 2).withUsage({ integrationsActive: 3, seatsPurchased: 100, seatsActive: 80 }))).toBe(48);
    });

    it('reads a count of one feature as evidence even when the catalogue size is unknown', () => {
      // no part to blend: the neutral 50, capped at 29
      expect(assess(anAccount().withUsage({ featuresUsed: 1 }))).toEqual({ score: 29, trend: null, evidence: ['red flag: only a single feature in use'] });
      expect(assess(anAccount().withUsage({ featuresUsed: 0, featuresAvailable: 12 })).evidence).toContain('red flag: no feature in use of 12 purchased');
    });

    it('does not flag the one feature of a one-feature plan: that is full adoption', () => {
      // breadth 1 ÷ 1 → 100, the only part
      expect(assess(anAccount().withFeatures(1, 1))).toEqual({ score: 100, trend: null, evidence: ['1 of 1 purchased features in use (100%)'] });
    });

    it('caps no feature adopted in 180 days at 69, except for new clients', () => {
      // breadth 20 ÷ 20 → 100 (w3), 0 new → 30 (w2), 4 integrations → 95 (w1), seats 1.0 → 95 (w2): mean 645 / 8 = 80.63, min 30.
      const stale = () => anAccount().withFeatures(20, 20, 0).withUsage({ integrationsActive: 4, seatsPurchased: 50, seatsActive: 50 });
      // At the default conservatism 0.3 the weak part already holds the blend under the cap: 56.44 + 9 = 65.44 → 65
      expect(scoreOf(stale())).toBe(65);
      // With a plain mean (conservatism 0) the cap binds: 80.63 → 69
      const plain = assess(stale(), 0);
      expect(plain.score).toBe(69);
      expect(plain.evidence).toContain('red flag: no feature adopted in the last 6 months');
      // A client of 60 days has had no time to adopt new releases: no cap (80.63 → 81). Breadth is judged on the
      // ramp 60 ÷ 90 = 0.67, but 100% of features is already full marks.
      const newClient = assess(stale().customerForDays(60), 0);
      expect(newClient.score).toBe(81);
      expect(newClient.evidence.some((e) => e.startsWith('red flag'))).toBe(false);
      expect(newClient.evidence).toContain('no new feature yet, not held against a new client (60 days)');
    });

    it('caps a single active seat on a multi-seat licence at 29', () => {
      // breadth 92.5 (w3), 3 new → 87.5 (w2), 4 integrations → 95 (w1), seats 1 ÷ 25 = 0.04 → 9 (w2)
      // mean (277.5 + 175 + 95 + 18) / 8 = 70.69, min 9 → 49.48 + 2.7 = 52.18, capped at 29
      const single = assess(broadAccount().withUsage({ seatsPurchased: 25, seatsActive: 1 }));
      expect(single.score).toBe(29);
      expect(single.evidence).toContain('1 of 25 seats active (4%)');
      expect(single.evidence).toContain('red flag: a single active user on a 25-seat licence');
      expect(assess(broadAccount().withUsage({ seatsPurchased: 25, seatsActive: 0 })).evidence).toContain('red flag: no active user on a 25-seat licence');
      // One seat of a one-seat licence is full use: 1.0 → 95, as in the broad account → 91
      expect(scoreOf(broadAccount().withUsage({ seatsPurchased: 1, seatsActive: 1 }))).toBe(91);
    });
  });

  describe('green flags', () => {
    it('adds 5 when the client asks for higher-tier or add-on capabilities', () => {
      const result = assess(broadAccount().withFlags({ adjacentFeatureRequest: true }));
      expect(result.score).toBe(96); // 90.78 + 5 = 95.78
      expect(result.evidence).toContain('green flag: asked for higher-tier or add-on capabilities (long-term investment)');
      expect(scoreOf(narrowAccount().withFlags({ adjacentFeatureRequest: true }))).toBe(43); // 38.31 + 5
      expect(scoreOf(broadAccount().withFlags({ adjacentFeatureRequest: false }))).toBe(91);
    });

    it('does not score a request alone: without measured adoption it stays a gap', () => {
      expect(scoreOf(anAccount().withFlags({ adjacentFeatureRequest: true }))).toBeNull();
      expect(scoreOf(anAccount().withUsage({ dau: 5, mau: 10 }).withFlags({ adjacentFeatureRequest: true }))).toBeNull();
    });

    it('is still capped by a red flag', () => {
      expect(scoreOf(broadAccount().withUsage({ seatsPurchased: 25, seatsActive: 1 }).withFlags({ adjacentFeatureRequest: true }))).toBe(29);
    });
  });

  describe('new clients', () => {
    it('judges breadth against the onboarding ramp (tenure ÷ 90, at least 0.34)', () => {
      const features = (days?: number) => {
        const a = anAccount().withFeatures(6, 20);
        return assess(days === undefined ? a : a.customerForDays(days));
      };
      // Established (tenure unknown or 90+ days): 0.3 → 40
      expect(features().score).toBe(40);
      expect(features(90).score).toBe(40);
      // 45 days: ramp 0.5, judged 0.3 ÷ 0.5 = 0.6 → 70
      const ramping = features(45);
      expect(ramping.score).toBe(70);
      expect(ramping.evidence).toEqual(['6 of 20 purchased features in use (30%) — judged against onboarding after 45 days (60% of the expected ramp)']);
      // 10 days: ramp floored at 0.34, judged 0.3 ÷ 0.34 = 0.882 → 90 + 0.082 ÷ 0.2 × 10 = 94.1 → 94
      expect(features(10).score).toBe(94);
      expect(features(10).evidence[0]).toContain('(88% of the expected ramp)');
    });
  });

  describe('trend', () => {
    it('is up with a feature adopted in 180 days, down with none, null when unknown', () => {
      expect(assess(anAccount().withFeatures(5, 10, 1)).trend).toBe('up');
      expect(assess(anAccount().withFeatures(5, 10, 0)).trend).toBe('down');
      expect(assess(anAccount().withFeatures(5, 10)).trend).toBeNull();
    });
  });

  describe('monotonicity', () => {
    it('never falls as one input rises', () => {
      const ladders: number[][] = [
        [0, 1, 2, 3, 6, 10, 14, 18, 20].map((used) => scoreOf(narrowAccount().withFeatures(used, 20, 0))!),
        [0, 1, 2, 3, 4, 6].map((n) => scoreOf(narrowAccount().withUsage({ featuresAdoptedLast180d: n }))!),
        [0, 1, 2, 4, 8].map((n) => scoreOf(narrowAccount().withUsage({ integrationsActive: n }))!),
        [0, 1, 2, 10, 40, 75, 90, 120].map((n) => scoreOf(narrowAccount().withUsage({ seatsActive: n }))!),
      ];
      for (const scores of ladders) scores.forEach((s, i) => expect(s).toBeGreaterThanOrEqual(scores[i - 1] ?? 0));
    });

    it('never falls when a request for adjacent capabilities appears (property; not among the shared moves)', () => {
      fc.assert(fc.property(snapshotArb, (s) => {
        fc.pre(s.flags?.adjacentFeatureRequest !== true);
        const asked: AccountSnapshot = { ...s, flags: { ...s.flags, adjacentFeatureRequest: true } };
        expect(scoreOf(asked) ?? 50).toBeGreaterThanOrEqual(scoreOf(s) ?? 50);
      }), { numRuns: 300 });
    });

    itNeverFallsOnHealthyMoves(scoreOf);
  });
});
