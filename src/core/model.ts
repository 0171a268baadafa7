/**
 * Scoring models are data: a JSON model file names its dimensions (scorer,
 * label, weight, threshold overrides), per-segment overrides, tier cut-offs,
 * the risk curve and the priority rules. `compileModel` validates a file with
 * zod, resolves every scorer's thresholds (defaults from the dimension file,
 * overridden by the model and then by the segment) and returns a model ready to
 * assess with, or errors that name the bad field.
 */
import { z } from 'zod';
import { IsoDate, Segment, type Segment as SegmentName } from './contract';
import type { DimensionScorer } from './dimensions/rubric';
import { scorers } from './dimensions/registry';
import { formatIssues, formatPath, type Parsed } from './validation';

const ParamOverrides = z.record(z.string(), z.unknown());

const SegmentOverride = z.strictObject({
  /** Replacement weights by dimension key; the merged weights must still sum to 100. */
  weights: z.record(z.string(), z.number().min(0).max(100)).optional(),
  /** Threshold overrides by dimension key. */
  params: z.record(z.string(), ParamOverrides).optional(),
  /** Renewals closer than this raise a play's priority (enterprise cycles start earlier). */
  urgencyWindowDays: z.number().int().positive().optional(),
});

const RiskCurve = z
  .array(z.tuple([z.number().min(0).max(100), z.number().min(0).max(100)]))
  .min(2)
  .superRefine((curve, ctx) => {
    curve.forEach((point, i) => {
      const prev = curve[i - 1];
      if (prev && point[0] <= prev[0]) ctx.addIssue({ code: 'custom', path: [i, 0], message: 'scores must strictly ascend' });
      if (prev && point[1] > prev[1]) ctx.addIssue({ code: 'custom', path: [i, 1], message: 'risk must not rise as the score rises (the curve is monotone)' });
    });
    if (curve[0]?.[0] !== 0 || curve[curve.length - 1]?.[0] !== 100) {
      ctx.addIssue({ code: 'custom', path: [], message: 'the curve must start at score 0 and end at score 100' });
    }
  });

export const ModelFile = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'lower-case letters, digits and dashes' }),
  version: z.number().int().positive(),
  name: z.string().min(1),
  description: z.string().optional(),
  calibratedAt: IsoDate.optional(),
  /** Written by `che calibrate`: what the weights and curve were fitted on and how they did on held-out folds. */
  calibration: z
    .strictObject({
      baseModel: z.string().min(1),
      outcomes: z.number().int().nonnegative(),
      churned: z.number().int().nonnegative(),
      folds: z.number().int().min(2),
      seed: z.number().int(),
      priorStrength: z.number().nonnegative(),
      heldOutAuc: z.strictObject({ before: z.number().min(0).max(1).nullable(), after: z.number().min(0).max(1).nullable() }),
    })
    .optional(),
  /** How far each dimension's blend leans toward its weakest part (0 = mean, 1 = minimum). */
  conservatism: z.number().min(0).max(1).default(0.3),
  dimensions: z
    .array(
      z.strictObject({
        key: z.string().regex(/^[a-z][a-z0-9_]*$/, { error: 'snake_case key expected' }),
        label: z.string().min(1),
        weight: z.number().min(0).max(100),
        scorer: z.string().min(1),
        params: ParamOverrides.default({}),
        /** Score per product line and roll up by ARR when the snapshot lists products. */
        perProduct: z.boolean().default(false),
      }),
    )
    .min(1),
  segments: z
    .strictObject({ enterprise: SegmentOverride.optional(), mid_market: SegmentOverride.optional(), smb: SegmentOverride.optional(), self_serve: SegmentOverride.optional() })
    .default({}),
  tiers: z
    .strictObject({ thriving: z.number().min(0).max(100), healthy: z.number().min(0).max(100), atRisk: z.number().min(0).max(100) })
    .refine((t) => t.thriving > t.healthy && t.healthy > t.atRisk, { error: 'cut-offs must satisfy thriving > healthy > atRisk' })
    .default({ thriving: 80, healthy: 60, atRisk: 40 }),
  /** `[score, % chance of not renewing]` points; monotone non-increasing. */
  riskCurve: RiskCurve,
  /** Points of renewal risk added per active compound churn signal. */
  signalUplift: z
    .strictObject({ high: z.number().min(0).max(50), medium: z.number().min(0).max(50), max: z.number().min(0).max(100) })
    .default({ high: 8, medium: 2, max: 97 }),
  priority: z
    .strictObject({ urgencyWindowDays: z.number().int().positive(), arrAtRiskEscalation: z.number().nonnegative() })
    .default({ urgencyWindowDays: 90, arrAtRiskEscalation: 50_000 }),
});
export type ModelFile = z.infer<typeof ModelFile>;

export interface CompiledDimension {
  key: string;
  label: string;
  weight: number;
  scorer: DimensionScorer<unknown>;
  params: unknown;
  perProduct: boolean;
}

export interface CompiledModel {
  id: string;
  version: number;
  /** `id@version`, written to che_model_version. */
  ref: string;
  name: string;
  calibratedAt?: string;
  conservatism: number;
  tiers: ModelFile['tiers'];
  riskCurve: ReadonlyArray<readonly [number, number]>;
  signalUplift: ModelFile['signalUplift'];
  arrAtRiskEscalation: number;
  /** The dimensions and urgency window resolved for a segment (or the default). */
  forSegment(segment: SegmentName | undefined): { dimensions: CompiledDimension[]; urgencyWindowDays: number };
  /** The validated file, for `che model show` and calibration. */
  file: ModelFile;
}

function mergeParams(...layers: Array<Record<string, unknown> | undefined>): Record<string, unknown> {
  return Object.assign({}, ...layers.filter(Boolean));
}

export function compileModel(input: unknown): Parsed<CompiledModel> {
  const parsed = ModelFile.safeParse(input);
  if (!parsed.success) return { success: false, errors: formatIssues(parsed.error) };
  const file = parsed.data;
  const errors: string[] = [];
  const keys = new Set<string>();

  file.dimensions.forEach((d, i) => {
    if (keys.has(d.key)) errors.push(`dimensions[${i}].key: duplicate key "${d.key}"`);
    keys.add(d.key);
    if (!scorers[d.scorer]) errors.push(`dimensions[${i}].scorer: unknown scorer "${d.scorer}" (known: ${Object.keys(scorers).join(', ')})`);
  });
  if (errors.length > 0) return { success: false, errors };

  const resolve = (segment: SegmentName | undefined): CompiledDimension[] => {
    const override = segment ? file.segments[segment] : undefined;
    const where = segment ? `segments.${segment}` : 'dimensions';
    for (const key of Object.keys(override?.weights ?? {})) if (!keys.has(key)) errors.push(`${where}.weights.${key}: not a dimension of this model`);
    for (const key of Object.keys(override?.params ?? {})) if (!keys.has(key)) errors.push(`${where}.params.${key}: not a dimension of this model`);
    const dims = file.dimensions.map((d, i) => {
      const scorer = scorers[d.scorer]!;
      const result = scorer.params.safeParse(mergeParams(d.params, override?.params?.[d.key]));
      if (!result.success) {
        for (const issue of result.error.issues) {
          const origin = override?.params?.[d.key] ? `${where}.params.${d.key}` : `dimensions[${i}].params`;
          errors.push(`${origin}.${formatPath(issue.path)}: ${issue.message.replace(/^Invalid input: /, '')}`);
        }
      }
      return { key: d.key, label: d.label, weight: override?.weights?.[d.key] ?? d.weight, scorer, params: result.success ? result.data : undefined, perProduct: d.perProduct };
    });
    const total = dims.reduce((s, d) => s + d.weight, 0);
    if (Math.abs(total - 100) > 1e-6) errors.push(`${segment ? `${where}.weights` : 'dimensions'}: weights sum to ${Math.round(total * 100) / 100}, expected 100`);
    return dims;
  };

  const base = resolve(undefined);
  const bySegment = new Map<SegmentName, { dimensions: CompiledDimension[]; urgencyWindowDays: number }>();
  for (const segment of Segment.options) {
    const override = file.segments[segment];
    bySegment.set(segment, {
      dimensions: override ? resolve(segment) : base,
      urgencyWindowDays: override?.urgencyWindowDays ?? file.priority.urgencyWindowDays,
    });
  }
  if (errors.length > 0) return { success: false, errors: [...new Set(errors)] };

  const fallback = { dimensions: base, urgencyWindowDays: file.priority.urgencyWindowDays };
  return {
    success: true,
    value: {
      id: file.id,
      version: file.version,
      ref: `${file.id}@${file.version}`,
      name: file.name,
      ...(file.calibratedAt ? { calibratedAt: file.calibratedAt } : {}),
      conservatism: file.conservatism,
      tiers: file.tiers,
      riskCurve: file.riskCurve,
      signalUplift: file.signalUplift,
      arrAtRiskEscalation: file.priority.arrAtRiskEscalation,
      forSegment: (segment) => (segment ? bySegment.get(segment) ?? fallback : fallback),
      file,
    },
  };
}

/** The model with every threshold written out: what `che model show` prints. */
export function resolvedModelFile(model: CompiledModel): ModelFile {
  const dims = model.forSegment(undefined).dimensions;
  return {
    ...model.file,
    dimensions: model.file.dimensions.map((d, i) => ({ ...d, params: dims[i]!.params as Record<string, unknown> })),
  };
}
