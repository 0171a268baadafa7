/**
 * Fitting dimension weights to outcomes: penalised logistic regression with the
 * weights on the simplex (non-negative, summing to 1).
 *
 *   z_i  = Σ_d w_d · x_id                      (the composite score, 0-100)
 *   p_i  = σ(a + b · (50 − z_i)/10 + c · u_i/10) (chance of churn; u_i = signal uplift points)
 *   loss = mean_i logloss(p_i, churned_i) + (τ / n) · Σ_d (w_d − w0_d)²
 *
 * a, b ≥ 0 and c ≥ 0 are nuisance parameters; w0 are the seed (base model)
 * weights and τ ("prior strength", default 50) says how many records' worth of
 * evidence the seed weights carry: the pull toward them fades as outcomes
 * accumulate. Minimised by projected gradient descent with a backtracking
 * (Armijo) line search; the weight step is projected onto the simplex.
 * Deterministic: no randomness, fixed start (the seed weights).
 */
export interface WeightFitInput {
  /** Dimension scores per record (0-100; gaps at 50). */
  x: ReadonlyArray<ReadonlyArray<number>>;
  churned: ReadonlyArray<boolean>;
  /** Signal uplift points per record. */
  uplift: ReadonlyArray<number>;
  /** Seed weights (any positive scale; normalised). */
  seed: ReadonlyArray<number>;
  priorStrength: number;
  iterations?: number;
}

export interface WeightFit {
  /** Fitted weights as fractions summing to 1. */
  weights: number[];
  loss: number;
  iterations: number;
}

/** Euclidean projection onto { w ≥ 0, Σ w = 1 } (sort-based). */
export function projectToSimplex(v: ReadonlyArray<number>): number[] {
  const u = [...v].sort((a, b) => b - a);
  let cum = 0;
  let theta = 0;
  for (let j = 0; j < u.length; j++) {
    cum += u[j]!;
    const t = (cum - 1) / (j + 1);
    if (u[j]! - t > 0) theta = t;
  }
  return v.map((x) => Math.max(0, x - theta));
}

interface Params { w: number[]; a: number; b: number; c: number }

const sigmoid = (t: number): number => (t >= 0 ? 1 / (1 + Math.exp(-t)) : Math.exp(t) / (1 + Math.exp(t)));
const softplus = (t: number): number => (t > 30 ? t : Math.log1p(Math.exp(t)));

function normalised(v: ReadonlyArray<number>): number[] {
  const s = v.reduce((a, b) => a + b, 0);
  return s > 0 ? v.map((x) => x / s) : v.map(() => 1 / v.length);
}

export function fitWeights(input: WeightFitInput): WeightFit {
  const n = input.x.length;
  const D = input.seed.length;
  const w0 = normalised(input.seed);
  const ridge = input.priorStrength / Math.max(1, n);

  const evaluate = (p: Params, withGrad: boolean): { loss: number; grad?: Params } => {
    let loss = 0;
    const gw = new Array<number>(D).fill(0);
    let ga = 0;
    let gb = 0;
    let gc = 0;
    for (let i = 0; i < n; i++) {
      const xi = input.x[i]!;
      let z = 0;
      for (let d = 0; d < D; d++) z += p.w[d]! * xi[d]!;
      const s = (50 - z) / 10;
      const u = input.uplift[i]! / 10;
      const eta = p.a + p.b * s + p.c * u;
      const y = input.churned[i] ? 1 : 0;
      loss += softplus(eta) - y * eta;
      if (!withGrad) continue;
      const r = sigmoid(eta) - y;
      ga += r;
      gb += r * s;
      gc += r * u;
      for (let d = 0; d < D; d++) gw[d]! += (-r * p.b * xi[d]!) / 10;
    }
    let penalty = 0;
    for (let d = 0; d < D; d++) penalty += (p.w[d]! - w0[d]!) ** 2;
    const total = loss / n + ridge * penalty;
    if (!withGrad) return { loss: total };
    return { loss: total, grad: { w: gw.map((g, d) => g / n + 2 * ridge * (p.w[d]! - w0[d]!)), a: ga / n, b: gb / n, c: gc / n } };
  };

  const rate = input.churned.filter(Boolean).length / Math.max(1, n);
  const clampedRate = Math.min(0.99, Math.max(0.01, rate));
  let p: Params = { w: w0, a: Math.log(clampedRate / (1 - clampedRate)), b: 1, c: 0.5 };
  let current = evaluate(p, true);
  let step = 1;
  const maxIterations = input.iterations ?? 400;
  let it = 0;
  for (; it < maxIterations; it++) {
    const g = current.grad!;
    let accepted = false;
    for (let tries = 0; tries < 40; tries++) {
      const next: Params = {
        w: projectToSimplex(p.w.map((w, d) => w - step * g.w[d]!)),
        a: p.a - step * g.a,
        b: Math.max(0, p.b - step * g.b),
        c: Math.max(0, p.c - step * g.c),
      };
      // Armijo condition on the projected step.
      let decrease = (p.a - next.a) * g.a + (p.b - next.b) * g.b + (p.c - next.c) * g.c;
      for (let d = 0; d < D; d++) decrease += (p.w[d]! - next.w[d]!) * g.w[d]!;
      const candidate = evaluate(next, false);
      if (candidate.loss <= current.loss - 1e-4 * decrease) {
        const improvement = current.loss - candidate.loss;
        p = next;
        current = evaluate(p, true);
        accepted = true;
        step *= 2;
        if (improvement < 1e-10) it = maxIterations;
        break;
      }
      step /= 2;
    }
    if (!accepted) break;
  }
  return { weights: p.w, loss: current.loss, iterations: it };
}

/** Fractions → weights out of 100 with one decimal, summing to exactly 100 (the remainder goes to the largest). */
export function toPercentWeights(fractions: ReadonlyArray<number>): number[] {
  const out = fractions.map((f) => Math.round(f * 1000) / 10);
  const rest = Math.round((100 - out.reduce((a, b) => a + b, 0)) * 10) / 10;
  if (rest !== 0) {
    const largest = out.indexOf(Math.max(...out));
    out[largest] = Math.round((out[largest]! + rest) * 10) / 10;
  }
  return out;
}
