import fc from 'fast-check';
import { anAccount } from '../../test/builders/account';
import { assess } from './assess';
import type { HealthAssessment, Tier } from './contract';
import { applyTierHysteresis, heldTier, TIER_HYSTERESIS_POINTS } from './hysteresis';
import { builtInModel } from './models';
import { tierOf } from './tiers';

const model = builtInModel('renewal-7');
const cutoffs = model.tiers;

/** Scores one run after another, each run seeing the tier the previous one wrote. */
function tiersOverRuns(scores: number[], start: Tier | null): Tier[] {
  let current: Tier | null = start;
  return scores.map((s) => (current = heldTier(s, tierOf(s, cutoffs), current, cutoffs)));
}

describe('tier hysteresis', () => {
  it('uses the documented default cut-offs and band', () => {
    expect(cutoffs).toMatchObject({ thriving: 80, healthy: 60, atRisk: 40 });
    expect(TIER_HYSTERESIS_POINTS).toBe(3);
  });

  it('a score wobbling around a cut-off does not flap between tiers', () => {
    expect(tiersOverRuns([80, 79, 80, 78, 81, 77, 80], 'healthy')).toEqual(['healthy', 'healthy', 'healthy', 'healthy', 'healthy', 'healthy', 'healthy']);
    expect(tiersOverRuns([59, 61, 58, 60, 57], 'healthy')).toEqual(['healthy', 'healthy', 'healthy', 'healthy', 'healthy']);
    expect(tiersOverRuns([41, 39, 40, 38], 'critical')).toEqual(['critical', 'critical', 'critical', 'critical']);
  });

  it('moves once the score is past the band, and then holds the new tier', () => {
    expect(tiersOverRuns([83, 79, 77, 76], 'healthy')).toEqual(['thriving', 'thriving', 'thriving', 'healthy']);
    expect(tiersOverRuns([56, 60, 62, 63], 'healthy')).toEqual(['at_risk', 'at_risk', 'at_risk', 'healthy']);
  });

  it('a big jump goes straight to the plain tier', () => {
    expect(heldTier(30, 'critical', 'thriving', cutoffs)).toBe('critical');
  });

  it('with no tier held yet (or an unknown value), the plain cut-offs decide', () => {
    expect(heldTier(80, 'thriving', null, cutoffs)).toBe('thriving');
    expect(heldTier(80, 'thriving', 'not-a-tier', cutoffs)).toBe('thriving');
  });

  it('property: within the band of the held tier nothing changes; beyond it the plain tier wins', () => {
    const tiers: Tier[] = ['critical', 'at_risk', 'healthy', 'thriving'];
    fc.assert(fc.property(fc.integer({ min: 0, max: 100 }), fc.constantFrom(...tiers), (score, current) => {
      const plain = tierOf(score, cutoffs);
      const held = heldTier(score, plain, current, cutoffs);
      // The held tier is either the plain tier or the current one, and never more than the band away from the score's tier.
      expect([plain, current]).toContain(held);
      if (held !== plain) {
        const nearby = [score - TIER_HYSTERESIS_POINTS, score + TIER_HYSTERESIS_POINTS].map((s) => tierOf(Math.max(0, Math.min(100, s)), cutoffs));
        expect(nearby).toContain(current);
      }
    }));
  });

  describe('on an assessment', () => {
    const base = assess(anAccount().build(), model);
    const withScore = (score: number, extra: Partial<HealthAssessment> = {}): HealthAssessment =>
      ({ ...base, score, tier: tierOf(score, cutoffs), ...extra });

    it('keeps the held tier and its prediction, never the score', () => {
      const held = applyTierHysteresis(withScore(79), 'thriving', cutoffs);
      expect(held).toMatchObject({ score: 79, tier: 'thriving', prediction: 'likely_to_renew' });
    });

    it('a CSM override is shown as it is', () => {
      const a = withScore(79, { override: { score: 79, reason: 'exec escalation handled' } });
      expect(applyTierHysteresis(a, 'thriving', cutoffs).tier).toBe('healthy');
    });

    it('returns the same object when nothing is held', () => {
      const a = withScore(70);
      expect(applyTierHysteresis(a, 'healthy', cutoffs)).toBe(a);
    });
  });
});
