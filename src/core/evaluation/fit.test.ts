import { interpolate } from '../scale';
import { fitRiskCurve } from './fit-curve';
import { fitWeights, projectToSimplex, toPercentWeights } from './fit-weights';
import { stratifiedFolds } from './folds';
import { seededRandom } from './prng';

describe('projectToSimplex', () => {
  it('returns non-negative weights summing to 1, unchanged when already on the simplex', () => {
    expect(projectToSimplex([0.2, 0.3, 0.5])).toEqual([0.2, 0.3, 0.5].map((x) => expect.closeTo(x, 12)));
    const p = projectToSimplex([2, -1, 0.5]);
    expect(p.every((x) => x >= 0)).toBe(true);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(p[1]).toBe(0);
  });
});

describe('toPercentWeights', () => {
  it('rounds to one decimal and sums to exactly 100', () => {
    const w = toPercentWeights([1 / 3, 1 / 3, 1 / 3]);
    expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 9);
    expect(w.every((x) => Math.round(x * 10) === x * 10)).toBe(true);
  });
});

describe('fitWeights', () => {
  it('moves weight onto the dimension that predicts churn', () => {
    const random = seededRandom(5);
    const x = Array.from({ length: 400 }, () => [random() * 100, random() * 100]);
    const churned = x.map(([a]) => random() < 1 / (1 + Math.exp(-(50 - a!) / 8)));
    const fit = fitWeights({ x, churned, uplift: x.map(() => 0), seed: [50, 50], priorStrength: 10 });
    expect(fit.weights[0]).toBeGreaterThan(0.85);
    expect(fit.weights[0]! + fit.weights[1]!).toBeCloseTo(1, 9);
  });

  it('stays at the seed weights when outcomes carry no signal and the prior is strong', () => {
    const x = Array.from({ length: 100 }, (_, i) => [i, 100 - i]);
    const churned = x.map((_, i) => i % 2 === 0);
    const fit = fitWeights({ x, churned, uplift: x.map(() => 0), seed: [30, 70], priorStrength: 1e6 });
    expect(fit.weights[0]).toBeCloseTo(0.3, 3);
  });
});

describe('fitRiskCurve', () => {
  it('writes a monotone curve from score 0 to 100 that follows observed churn', () => {
    const scores = [...Array.from({ length: 50 }, () => 20), ...Array.from({ length: 50 }, () => 80)];
    const churned = scores.map((s, i) => (s === 20 ? i % 5 !== 0 : i % 10 === 0)); // 80% churn at 20, 10% at 80
    const curve = fitRiskCurve({ scores, churned, uplift: scores.map(() => 0), prior: [[0, 50], [100, 50]], priorRecords: 1 });
    expect(curve[0]![0]).toBe(0);
    expect(curve[curve.length - 1]![0]).toBe(100);
    curve.forEach((p, i) => {
      if (i === 0) return;
      expect(p[0]).toBeGreaterThan(curve[i - 1]![0]);
      expect(p[1]).toBeLessThanOrEqual(curve[i - 1]![1]);
    });
    expect(curve[0]![1]).toBeGreaterThan(70);
    expect(curve[curve.length - 1]![1]).toBeLessThan(20);
  });

  it('subtracts each record\'s signal uplift from its target', () => {
    const scores = Array.from({ length: 40 }, () => 50);
    const churned = scores.map((_, i) => i % 2 === 0); // 50% churn
    const plain = fitRiskCurve({ scores, churned, uplift: scores.map(() => 0), prior: [[0, 50], [100, 50]], priorRecords: 0.01 });
    const lifted = fitRiskCurve({ scores, churned, uplift: scores.map(() => 10), prior: [[0, 50], [100, 50]], priorRecords: 0.01 });
    // Every record sits at score 50: the pooled step from 50 up carries the fitted value out to score 100.
    expect(interpolate(100, plain)).toBeCloseTo(50, 0);
    expect(interpolate(100, lifted)).toBeCloseTo(40, 0);
  });
});

describe('stratifiedFolds', () => {
  it('spreads churned records evenly over the folds, the same way for the same seed', () => {
    const churned = Array.from({ length: 53 }, (_, i) => i % 4 === 0); // 14 churned
    const folds = stratifiedFolds(churned, 5, 9);
    const perFold = [0, 1, 2, 3, 4].map((k) => folds.filter((f, i) => f === k && churned[i]).length);
    expect(Math.max(...perFold) - Math.min(...perFold)).toBeLessThanOrEqual(1);
    expect(stratifiedFolds(churned, 5, 9)).toEqual(folds);
    expect(stratifiedFolds(churned, 5, 10)).not.toEqual(folds);
  });
});
