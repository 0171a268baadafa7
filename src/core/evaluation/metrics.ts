/**
 * Ranking metrics of renewal risk against observed churn. The positive class is
 * "churned" (renewed = false); a higher risk should mean more churn.
 *
 * Every metric takes observations sorted by risk, highest first, and a weight
 * per observation (1 each for the data as it is; a bootstrap resample passes
 * how often each record was drawn), so a resample costs one pass and no sort.
 * Equal risks form one group: AUC counts a tied churned/renewed pair as half
 * a correct ordering, average precision treats a tied group as one threshold,
 * and the top decile takes a tied group at its edge fractionally.
 * A metric is null when it is undefined (no churned or no renewed records).
 */
export interface Observation {
  risk: number;
  churned: boolean;
}

export type Weights = ArrayLike<number>;

/** Observations sorted by risk, highest first (stable: ties keep input order). */
export function byRiskDescending<T extends Observation>(obs: ReadonlyArray<T>): T[] {
  return obs.map((o, i) => ({ o, i })).sort((a, b) => b.o.risk - a.o.risk || a.i - b.i).map((x) => x.o);
}

const ones = (n: number): Weights => new Float64Array(n).fill(1);

interface Group { pos: number; neg: number }

/** Tied-risk groups of sorted observations, highest risk first, with their churned / renewed weight. */
function groups(sorted: ReadonlyArray<Observation>, w: Weights): Group[] {
  const out: Group[] = [];
  let prev = NaN;
  for (let i = 0; i < sorted.length; i++) {
    const o = sorted[i]!;
    const wi = w[i]!;
    if (o.risk !== prev || out.length === 0) out.push({ pos: 0, neg: 0 });
    prev = o.risk;
    const g = out[out.length - 1]!;
    if (o.churned) g.pos += wi;
    else g.neg += wi;
  }
  return out;
}

/** Area under the ROC curve (Mann–Whitney: the chance a churned account outranks a renewed one; ties count half). */
export function aucSorted(sorted: ReadonlyArray<Observation>, w: Weights = ones(sorted.length)): number | null {
  const gs = groups(sorted, w);
  let pos = 0;
  let neg = 0;
  let pairs = 0;
  // Walking from the highest risk down: each renewed account is outranked by every churned one already passed (ties: half).
  for (const g of gs) {
    pairs += g.neg * (pos + 0.5 * g.pos);
    pos += g.pos;
    neg += g.neg;
  }
  if (pos === 0 || neg === 0) return null;
  return pairs / (pos * neg);
}

/** Average precision (PR-AUC): Σ over risk thresholds of recall gained × precision at that threshold. */
export function averagePrecisionSorted(sorted: ReadonlyArray<Observation>, w: Weights = ones(sorted.length)): number | null {
  const gs = groups(sorted, w);
  const total = gs.reduce((s, g) => s + g.pos, 0);
  if (total === 0) return null;
  let tp = 0;
  let fp = 0;
  let ap = 0;
  for (const g of gs) {
    tp += g.pos;
    fp += g.neg;
    if (g.pos > 0) ap += (g.pos / total) * (tp / (tp + fp));
  }
  return ap;
}

/** Churn rate in the riskiest 10% of accounts ÷ the overall churn rate (1 = no better than random). */
export function topDecileLiftSorted(sorted: ReadonlyArray<Observation>, w: Weights = ones(sorted.length), share = 0.1): number | null {
  const gs = groups(sorted, w);
  let pos = 0;
  let all = 0;
  for (const g of gs) {
    pos += g.pos;
    all += g.pos + g.neg;
  }
  if (pos === 0 || all === 0) return null;
  let room = all * share;
  let topPos = 0;
  for (const g of gs) {
    if (room <= 0) break;
    const size = g.pos + g.neg;
    if (size === 0) continue; // a group no bootstrap draw picked: nothing to take (and no 0/0)
    const take = Math.min(size, room);
    topPos += (g.pos * take) / size;
    room -= take;
  }
  return topPos / (all * share) / (pos / all);
}

export const auc = (obs: ReadonlyArray<Observation>): number | null => aucSorted(byRiskDescending(obs));
export const averagePrecision = (obs: ReadonlyArray<Observation>): number | null => averagePrecisionSorted(byRiskDescending(obs));
export const topDecileLift = (obs: ReadonlyArray<Observation>): number | null => topDecileLiftSorted(byRiskDescending(obs));
