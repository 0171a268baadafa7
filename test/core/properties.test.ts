/**
 * Properties that must hold for ANY valid snapshot, under both built-in models.
 */
import fc from 'fast-check';
import { assess } from '../../src/core/assess';
import { AccountSnapshot, HealthAssessment } from '../../src/core/contract';
import { builtInModel, type BuiltInModelName } from '../../src/core/models';
import { predictionOf, renewalRiskOf, tierOf } from '../../src/core/tiers';
import { snapshotArb } from '../arbitraries/snapshot';
import { HEALTHY_MOVES } from '../arbitraries/moves';

const MODELS: BuiltInModelName[] = ['renewal-7', 'engine-5'];
const RUNS = { numRuns: 300 };

function findNonFinite(value: unknown, path = ''): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? null : path || '(root)';
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = findNonFinite(value[i], `${path}[${i}]`);
      if (hit) return hit;
    }
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const hit = findNonFinite(v, path ? `${path}.${k}` : k);
      if (hit) return hit;
    }
  }
  return null;
}

describe.each(MODELS)('model %s — for any valid snapshot', (name) => {
  const model = builtInModel(name);

  it('generated snapshots are valid by the contract', () => {
    fc.assert(fc.property(snapshotArb, (s) => AccountSnapshot.safeParse(s).success), { numRuns: 100 });
  });

  it('scores are integers in 0-100, nothing is NaN, and the output satisfies the contract', () => {
    fc.assert(
      fc.property(snapshotArb, (s) => {
        const a = assess(s, model);
        expect(Number.isInteger(a.score) && a.score >= 0 && a.score <= 100).toBe(true);
        expect(Number.isInteger(a.computedScore) && a.computedScore >= 0 && a.computedScore <= 100).toBe(true);
        expect(Number.isInteger(a.renewalRisk) && a.renewalRisk >= 0 && a.renewalRisk <= 100).toBe(true);
        for (const d of a.dimensions) if (d.score !== null) expect(Number.isInteger(d.score)).toBe(true);
        expect(findNonFinite(a)).toBeNull();
        const parsed = HealthAssessment.safeParse(JSON.parse(JSON.stringify(a)));
        if (!parsed.success) throw new Error(parsed.error.message);
      }),
      RUNS,
    );
  });

  it('tier and prediction agree with the score in force', () => {
    fc.assert(
      fc.property(snapshotArb, (s) => {
        const a = assess(s, model);
        expect(a.tier).toBe(tierOf(a.score, model.tiers));
        expect(a.prediction).toBe(predictionOf(a.tier));
        if (!a.override) expect(a.score).toBe(a.computedScore);
      }),
      RUNS,
    );
  });

  it('the same input gives the same output', () => {
    fc.assert(
      fc.property(snapshotArb, (s) => {
        expect(assess(structuredClone(s), model)).toEqual(assess(structuredClone(s), model));
      }),
      { numRuns: 100 },
    );
  });

  it('does not mutate its input', () => {
    fc.assert(
      fc.property(snapshotArb, (s) => {
        const before = structuredClone(s);
        assess(s, model);
        expect(s).toEqual(before);
      }),
      { numRuns: 50 },
    );
  });

  it.each(Object.keys(HEALTHY_MOVES))('moving one signal in its healthy direction never lowers the score: %s', (moveName) => {
    const move = HEALTHY_MOVES[moveName]!;
    fc.assert(
      fc.property(snapshotArb, fc.nat(), (s, pick) => {
        const moved = move(s, pick);
        fc.pre(moved !== null);
        const before = assess(s, model);
        const after = assess(moved!, model);
        if (after.computedScore < before.computedScore) {
          const changed = after.dimensions.flatMap((d, i) => (d.score === before.dimensions[i]!.score ? [] : [`${d.key}: ${before.dimensions[i]!.score} → ${d.score}`]));
          throw new Error(`${moveName} lowered the score ${before.computedScore} → ${after.computedScore} (${changed.join(', ')})`);
        }
        expect(after.score).toBeGreaterThanOrEqual(before.score);
      }),
      { numRuns: 200 },
    );
  });
});

describe('renewal risk', () => {
  const model = builtInModel('renewal-7');
  it('never rises as the score rises, for fixed signals', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99 }), fc.array(fc.constantFrom('high', 'medium' as const), { maxLength: 6 }), (score, severities) => {
        const churn = severities.map((severity, i) => ({ key: `s${i}`, severity, evidence: [] }));
        expect(renewalRiskOf(score + 1, churn, model)).toBeLessThanOrEqual(renewalRiskOf(score, churn, model));
      }),
    );
  });
});
