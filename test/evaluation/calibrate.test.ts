/**
 * Calibration against data generated with known weights: accounts from the
 * builders, churn drawn from a known weighting of the core's dimension scores,
 * fitted starting from a deliberately wrong model.
 */
import { assess } from '../../src/core/assess';
import { calibrate } from '../../src/core/evaluation/calibrate';
import { extractFeatures, rescore } from '../../src/core/evaluation/features';
import { compileModel, type CompiledModel, type ModelFile } from '../../src/core/model';
import { BUILT_IN_MODELS, builtInModel } from '../../src/core/models';
import { labeledPortfolio } from '../builders/labeled';
import { struggling } from '../builders/portfolio';

const TRUTH = { engagement: 5, support: 30, adoption: 5, sentiment: 30, billing: 10, stakeholders: 10, usage_trend: 10 };
const WRONG = { engagement: 30, support: 5, adoption: 30, sentiment: 5, billing: 10, stakeholders: 10, usage_trend: 10 };

function withWeights(weights: Record<string, number>): CompiledModel {
  const file = structuredClone(BUILT_IN_MODELS['renewal-7']) as unknown as ModelFile;
  const compiled = compileModel({ ...file, dimensions: file.dimensions.map((d) => ({ ...d, weight: weights[d.key]! })), segments: {} });
  if (!compiled.success) throw new Error(compiled.errors.join('; '));
  return compiled.value;
}

const compile = (file: unknown): CompiledModel => {
  const compiled = compileModel(file);
  if (!compiled.success) throw new Error(compiled.errors.join('; '));
  return compiled.value;
};

describe('calibrate on outcomes generated from known weights', () => {
  const defaults = builtInModel('renewal-7');
  const records = labeledPortfolio(600, 7, defaults, TRUTH);
  const wrong = withWeights(WRONG);
  const result = calibrate(records, wrong, { calibratedAt: '2026-11-22', folds: 5, seed: 3 });
  if (!result.ok) throw new Error(result.error);

  it('recovers the weights the outcomes were generated with', () => {
    const fitted = Object.fromEntries(result.report.weights.map((w) => [w.key, w.after]));
    for (const [key, weight] of Object.entries(TRUTH)) expect(Math.abs(fitted[key]! - weight)).toBeLessThan(6);
    expect(result.file.dimensions.reduce((s, d) => s + d.weight, 0)).toBeCloseTo(100, 9);
    expect(result.file.dimensions.every((d) => d.weight >= 0)).toBe(true);
  });

  it('raises held-out AUC over the wrong starting model', () => {
    const { before, after } = result.report.heldOut;
    expect(after.auc!).toBeGreaterThan(before.auc! + 0.1);
    expect(result.report.heldOut.perFold.every((f) => f.aucAfter! > f.aucBefore!)).toBe(true);
    expect(result.report.heldOut.perFold.reduce((s, f) => s + f.records, 0)).toBe(600);
  });

  it('writes a model file that compiles, with the calibration recorded', () => {
    const model = compile(JSON.parse(JSON.stringify(result.file)));
    expect(model.ref).toBe('renewal-7-calibrated@2');
    expect(model.calibratedAt).toBe('2026-11-22');
    expect(result.file.calibration).toMatchObject({ baseModel: 'renewal-7@1', outcomes: 600, folds: 5, seed: 3 });
    expect(result.file.calibration!.heldOutAuc.after).toBeCloseTo(result.report.heldOut.after.auc!, 3);
    const curve = result.file.riskCurve;
    curve.slice(1).forEach((p, i) => expect(p[1]).toBeLessThanOrEqual(curve[i]![1]));
  });

  it('gives the same model for the same seed', () => {
    const again = calibrate(records.slice(0, 200), wrong, { calibratedAt: '2026-11-22', seed: 3 });
    const twice = calibrate(records.slice(0, 200), wrong, { calibratedAt: '2026-11-22', seed: 3 });
    expect(again.ok && twice.ok).toBe(true);
    expect(JSON.stringify(twice)).toBe(JSON.stringify(again));
  });
});

describe('re-weighting reproduces the core', () => {
  const base = builtInModel('renewal-7'); // with per-segment weights
  const records = [
    ...labeledPortfolio(150, 11, base, TRUTH),
    { snapshot: struggling('ov').segment('enterprise').withOverride(75, 'exec call went well', 30).build(), outcome: { renewed: true, date: '2027-01-10' } },
  ];

  it('gives assess()\'s score, tier and risk with the base model, segments and overrides included', () => {
    const features = extractFeatures(records, base);
    expect(features.some((f) => f.overrideScore === 75)).toBe(true);
    expect(new Set(features.map((f) => f.segment)).size).toBe(3);
    for (const f of features) {
      const a = assess(f.record.snapshot, base);
      const weights = base.forSegment(f.segment).dimensions.map((d) => d.weight);
      expect(rescore(f, weights, base)).toEqual({ score: a.score, tier: a.tier, risk: a.renewalRisk });
    }
  });

  it('gives assess()\'s risk under the calibrated model written to file', () => {
    const result = calibrate(records, withWeights(WRONG), { calibratedAt: '2026-11-22' });
    if (!result.ok) throw new Error(result.error);
    const calibrated = compile(result.file);
    const weights = result.file.dimensions.map((d) => d.weight);
    for (const f of extractFeatures(records, base)) {
      const a = assess(f.record.snapshot, calibrated);
      expect(rescore(f, weights, calibrated)).toEqual({ score: a.score, tier: a.tier, risk: a.renewalRisk });
    }
  });
});

describe('too few outcomes', () => {
  const base = builtInModel('renewal-7');

  it('refuses under 40 outcomes and says how many it needs', () => {
    const result = calibrate(labeledPortfolio(30, 1, base, TRUTH), base, { calibratedAt: '2026-11-22' });
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/not enough outcomes.*have 30.*need at least 40 with 10 churned/) });
  });

  it('refuses when fewer than 10 accounts churned', () => {
    const records = labeledPortfolio(60, 1, base, TRUTH).map((r, i) => ({ ...r, outcome: { ...r.outcome, renewed: i >= 5 } }));
    const result = calibrate(records, base, { calibratedAt: '2026-11-22' });
    expect(result).toEqual({ ok: false, error: expect.stringContaining('have 60 (5 churned, 55 renewed)') });
  });

  it('rejects a bad option naming it', () => {
    const result = calibrate(labeledPortfolio(60, 1, base, TRUTH), base, { calibratedAt: '2026-11-22', folds: 1 });
    expect(result).toEqual({ ok: false, error: expect.stringContaining('folds') });
  });
});
