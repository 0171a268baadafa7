/**
 * `che calibrate`'s core: fit a model's dimension weights and risk curve to a
 * portfolio's renewal outcomes, measure the gain on held-out folds, and return a
 * model file every part of the product accepts.
 *
 * 1. Score every record once with the base model (dimension scores, overrides,
 *    churn signals — see features.ts).
 * 2. k-fold cross-validation (stratified, seeded): on each training part fit the
 *    weights (fit-weights.ts; records under a CSM override are left out, their
 *    score ignores the weights) and then the curve on the re-weighted scores
 *    (fit-curve.ts); score the held-out part with the base and the fitted model.
 * 3. Report held-out AUC, PR-AUC, lift and Brier before/after, pooled over the
 *    out-of-fold predictions and per fold.
 * 4. Fit once more on all records: that is the model written.
 *
 * The calibrated weights apply to every segment: per-segment weight overrides
 * of the base model are dropped (their thresholds and urgency windows stay).
 * Refuses with fewer than 40 outcomes, 10 churned or 10 renewed: below that
 * the held-out AUC of a fold swings by more than the gains being measured.
 */
import { z } from 'zod';
import { IsoDate } from '../contract';
import { compileModel, type CompiledModel, type ModelFile } from '../model';
import { auc, averagePrecision, topDecileLift, type Observation } from './metrics';
import { brierScore } from './calibration-table';
import { extractFeatures, rescore, signalUpliftOf, type RecordFeatures, type RiskModel } from './features';
import { fitRiskCurve } from './fit-curve';
import { fitWeights, toPercentWeights } from './fit-weights';
import { stratifiedFolds } from './folds';
import type { LabeledInput } from './outcomes';

export const CalibrateOptions = z.object({
  calibratedAt: IsoDate,
  folds: z.number().int().min(2).max(10).default(5),
  seed: z.number().int().default(1),
  /** Records' worth of evidence the seed weights carry (see fit-weights.ts). */
  priorStrength: z.number().nonnegative().default(50),
  /** Pseudo-records of the base curve in the curve fit (see fit-curve.ts). */
  curvePriorRecords: z.number().positive().default(10),
  minOutcomes: z.number().int().nonnegative().default(40),
  minChurned: z.number().int().nonnegative().default(10),
  minRenewed: z.number().int().nonnegative().default(10),
});
export type CalibrateOptions = z.input<typeof CalibrateOptions>;

export interface HeldOutScores {
  auc: number | null;
  prAuc: number | null;
  topDecileLift: number | null;
  brier: number | null;
}

export interface CalibrationReport {
  baseModel: string;
  model: string;
  outcomes: number;
  churned: number;
  renewed: number;
  folds: number;
  seed: number;
  weights: Array<{ key: string; before: number; after: number }>;
  riskCurve: { before: Array<[number, number]>; after: Array<[number, number]> };
  heldOut: {
    before: HeldOutScores;
    after: HeldOutScores;
    perFold: Array<{ fold: number; records: number; churned: number; aucBefore: number | null; aucAfter: number | null }>;
  };
}

export type CalibrationResult = { ok: true; file: ModelFile; report: CalibrationReport } | { ok: false; error: string };

interface Fitted extends RiskModel {
  weights: number[];
}

function fitOn(features: ReadonlyArray<RecordFeatures>, base: CompiledModel, opts: z.output<typeof CalibrateOptions>): Fitted {
  const free = features.filter((f) => f.overrideScore === undefined);
  const fraction = fitWeights({
    x: free.map((f) => f.scores),
    churned: free.map((f) => f.churned),
    uplift: free.map((f) => signalUpliftOf(f, base)),
    seed: base.forSegment(undefined).dimensions.map((d) => d.weight),
    priorStrength: opts.priorStrength,
  });
  const weights = toPercentWeights(fraction.weights);
  const scores = features.map((f) => rescore(f, weights, base).score);
  const riskCurve = fitRiskCurve({
    scores,
    churned: features.map((f) => f.churned),
    uplift: features.map((f) => signalUpliftOf(f, base)),
    prior: base.riskCurve,
    priorRecords: opts.curvePriorRecords,
  });
  return { weights, riskCurve, signalUplift: base.signalUplift, tiers: base.tiers };
}

function heldOutScores(obs: ReadonlyArray<Observation>): HeldOutScores {
  return { auc: auc(obs), prAuc: averagePrecision(obs), topDecileLift: topDecileLift(obs), brier: brierScore(obs) };
}

const baseWeights = (base: CompiledModel, f: RecordFeatures): number[] => base.forSegment(f.segment).dimensions.map((d) => d.weight);

function calibratedFile(base: CompiledModel, fitted: Fitted, report: Omit<CalibrationReport, 'model'>, opts: z.output<typeof CalibrateOptions>): ModelFile {
  const file = base.file;
  const id = file.id.endsWith('-calibrated') ? file.id : `${file.id}-calibrated`;
  const segments = Object.fromEntries(
    Object.entries(file.segments).flatMap(([name, o]) => {
      if (!o) return [];
      const { weights: _dropped, ...rest } = o;
      return Object.keys(rest).length > 0 ? [[name, rest]] : [];
    }),
  );
  return {
    ...file,
    id,
    version: file.version + 1,
    name: `${file.name.replace(/ — calibrated on .*$/, '')} — calibrated on ${report.outcomes} outcomes`,
    description: `Weights and risk curve fitted by che calibrate to ${report.outcomes} renewal outcomes (${report.churned} churned), starting from ${base.ref}; ${report.folds}-fold held-out AUC ${fmt(report.heldOut.before.auc)} → ${fmt(report.heldOut.after.auc)}.`,
    calibratedAt: opts.calibratedAt,
    calibration: {
      baseModel: base.ref,
      outcomes: report.outcomes,
      churned: report.churned,
      folds: report.folds,
      seed: report.seed,
      priorStrength: opts.priorStrength,
      heldOutAuc: { before: round4(report.heldOut.before.auc), after: round4(report.heldOut.after.auc) },
    },
    dimensions: file.dimensions.map((d, i) => ({ ...d, weight: fitted.weights[i]! })),
    segments,
    riskCurve: fitted.riskCurve as ModelFile['riskCurve'],
  };
}

const round4 = (v: number | null): number | null => (v === null ? null : Math.round(v * 10_000) / 10_000);
const fmt = (v: number | null): string => (v === null ? 'n/a' : v.toFixed(3));

export function calibrate(records: ReadonlyArray<LabeledInput>, base: CompiledModel, options: CalibrateOptions): CalibrationResult {
  const parsed = CalibrateOptions.safeParse(options);
  if (!parsed.success) return { ok: false, error: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
  const opts = parsed.data;
  const churned = records.filter((r) => !r.outcome.renewed).length;
  const renewed = records.length - churned;
  const floor = Math.max(opts.minChurned, opts.folds);
  if (records.length < opts.minOutcomes || churned < floor || renewed < Math.max(opts.minRenewed, opts.folds)) {
    return {
      ok: false,
      error: `not enough outcomes to calibrate: have ${records.length} (${churned} churned, ${renewed} renewed); need at least ${opts.minOutcomes} with ${floor} churned and ${Math.max(opts.minRenewed, opts.folds)} renewed`,
    };
  }

  const features = extractFeatures(records, base);
  const fold = stratifiedFolds(features.map((f) => f.churned), opts.folds, opts.seed);
  const before: Observation[] = [];
  const after: Observation[] = [];
  const perFold: CalibrationReport['heldOut']['perFold'] = [];
  for (let k = 0; k < opts.folds; k++) {
    const test = features.filter((_, i) => fold[i] === k);
    const fitted = fitOn(features.filter((_, i) => fold[i] !== k), base, opts);
    const b = test.map((f) => ({ risk: rescore(f, baseWeights(base, f), base).risk, churned: f.churned }));
    const a = test.map((f) => ({ risk: rescore(f, fitted.weights, fitted).risk, churned: f.churned }));
    before.push(...b);
    after.push(...a);
    perFold.push({ fold: k + 1, records: test.length, churned: test.filter((f) => f.churned).length, aucBefore: auc(b), aucAfter: auc(a) });
  }

  const fitted = fitOn(features, base, opts);
  const partial: Omit<CalibrationReport, 'model'> = {
    baseModel: base.ref,
    outcomes: records.length,
    churned,
    renewed,
    folds: opts.folds,
    seed: opts.seed,
    weights: base.file.dimensions.map((d, i) => ({ key: d.key, before: d.weight, after: fitted.weights[i]! })),
    riskCurve: { before: base.riskCurve.map(([s, r]) => [s, r]), after: fitted.riskCurve.map(([s, r]) => [s, r]) },
    heldOut: { before: heldOutScores(before), after: heldOutScores(after), perFold },
  };
  const file = calibratedFile(base, fitted, partial, opts);
  const compiled = compileModel(file);
  if (!compiled.success) throw new Error(`calibrated model is invalid (a bug): ${compiled.errors.join('; ')}`);
  return { ok: true, file, report: { ...partial, model: compiled.value.ref } };
}
