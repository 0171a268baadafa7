/**
 * The scales every dimension uses. A threshold table is a list of
 * `[value, score]` points; a value between two points scores on the straight
 * line between them, and values beyond the ends take the end scores. Tables
 * are data (model files carry them), so a calibrated model can move them.
 */

export type Table = ReadonlyArray<readonly [number, number]>;

export function interpolate(value: number, table: Table): number {
  const first = table[0];
  const last = table[table.length - 1];
  if (!first || !last) return 50;
  if (value <= first[0]) return first[1];
  if (value >= last[0]) return last[1];
  for (let i = 1; i < table.length; i++) {
    const hi = table[i]!;
    if (value <= hi[0]) {
      const lo = table[i - 1]!;
      const span = hi[0] - lo[0];
      return span === 0 ? hi[1] : lo[1] + ((value - lo[0]) / span) * (hi[1] - lo[1]);
    }
  }
  return last[1];
}

export interface Part {
  score: number;
  weight: number;
}

/**
 * Combines sub-scores conservatively (seed 002: "when signals conflict, weight
 * the negative signals more heavily"): a weighted mean pulled toward the
 * weakest part by `conservatism` (0 = plain mean, 1 = the minimum). Both terms
 * rise with every part, so the blend never falls when a part improves.
 */
export function blend(parts: ReadonlyArray<Part>, conservatism: number): number | null {
  if (parts.length === 0) return null;
  let sum = 0;
  let weights = 0;
  let min = Infinity;
  for (const p of parts) {
    sum += p.score * p.weight;
    weights += p.weight;
    if (p.score < min) min = p.score;
  }
  return blendTotals(sum, weights, min, conservatism);
}

/** `blend` from running totals: Σ score × weight, Σ weight and the lowest score. */
export function blendTotals(sum: number, weights: number, min: number, conservatism: number): number {
  const mean = weights > 0 ? sum / weights : min;
  return (1 - conservatism) * mean + conservatism * min;
}

export function clamp(value: number, lo = 0, hi = 100): number {
  return value < lo ? lo : value > hi ? hi : value;
}

/** Percentage change from `before` to `now`; null when there is no base. */
export function pctChange(now: number, before: number): number | null {
  if (before <= 0) return null;
  return ((now - before) / before) * 100;
}

/** 10^0 … 10^6, the scales `round` uses (the same values `10 ** digits` gives, without the pow call). */
const POWERS_OF_TEN = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000];

export function round(value: number, digits = 0): number {
  const f = POWERS_OF_TEN[digits] ?? 10 ** digits;
  return Math.round(value * f) / f;
}

export function fmtPct(value: number): string {
  return `${Math.round(Math.abs(value))}%`;
}

/**
 * `1234567.89` → `1,234,567.9`. Written out rather than `toLocaleString`: Intl
 * formatting dominated the cost of building evidence strings.
 */
export function fmtNum(value: number): string {
  const rounded = Number.isInteger(value) ? value : round(value, 1);
  if (rounded > -1000 && rounded < 1000) return String(rounded);
  // Whole numbers (counts, money) are grouped arithmetically: splitting strings was a hot spot.
  if (Number.isSafeInteger(rounded)) return rounded < 0 ? `-${groupThousands(-rounded)}` : groupThousands(rounded);
  const text = String(Math.abs(rounded));
  const dot = text.indexOf('.');
  const whole = dot < 0 ? text : text.slice(0, dot);
  let grouped = whole.slice(0, ((whole.length - 1) % 3) + 1);
  for (let i = grouped.length; i < whole.length; i += 3) grouped += `,${whole.slice(i, i + 3)}`;
  return `${rounded < 0 ? '-' : ''}${grouped}${dot < 0 ? '' : text.slice(dot)}`;
}

/** A safe integer ≥ 1000 with thousands separators. */
function groupThousands(n: number): string {
  let rest = n;
  let grouped = '';
  while (rest >= 1000) {
    const group = rest % 1000;
    grouped = `,${group < 10 ? '00' : group < 100 ? '0' : ''}${group}${grouped}`;
    rest = Math.floor(rest / 1000);
  }
  return `${rest}${grouped}`;
}

export function fmtMoney(value: number): string {
  const rounded = Math.round(value);
  return rounded < 0 ? `-$${fmtNum(-rounded)}` : `$${fmtNum(rounded)}`;
}

/** "down 45% from 55" / "up 10% from 20" / "unchanged from 20". */
export function describeChange(now: number, before: number): string {
  const change = pctChange(now, before);
  if (change === null) return `from ${fmtNum(before)}`;
  if (Math.round(change) === 0) return `unchanged from ${fmtNum(before)}`;
  return `${change < 0 ? 'down' : 'up'} ${fmtPct(change)} from ${fmtNum(before)}`;
}
