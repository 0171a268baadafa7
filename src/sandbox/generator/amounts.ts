/** Money and size helpers for plans. */
import type { Rng } from './prng';

/** Log-uniform in [lo, hi): ARR and headcounts spread over orders of magnitude. */
export function logUniform(rng: Rng, lo: number, hi: number): number {
  return Math.exp(rng.float(Math.log(lo), Math.log(hi)));
}

/** ARR as sales quotes it: to 500 above 10k, to 50 below. */
export function roundArr(v: number): number {
  return v >= 10_000 ? Math.round(v / 500) * 500 : Math.round(v / 50) * 50;
}
