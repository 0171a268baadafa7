/**
 * The hidden health curve of an account: a piecewise-linear path through
 * keypoints plus week-to-week noise. Every observable (usage, ticket tone,
 * meeting attendance, survey scores) is drawn from it, so signals agree with
 * each other on average but none of them is a perfect predictor.
 */
import { DAY } from './time';

export interface Keypoint {
  at: number;
  h: number;
}

export class HealthCurve {
  private readonly points: Keypoint[];

  /** `salt` makes the noise differ per account; `noise` is the weekly noise amplitude. */
  constructor(points: Keypoint[], private readonly salt: number, private readonly noise = 0.035) {
    this.points = [...points].sort((a, b) => a.at - b.at);
    if (this.points.length === 0) throw new Error('a health curve needs at least one keypoint');
  }

  /** The underlying trend at `at`, without noise. */
  trend(at: number): number {
    const p = this.points;
    const first = p[0]!;
    if (at <= first.at) return first.h;
    for (let i = 1; i < p.length; i++) {
      const b = p[i]!;
      if (at <= b.at) {
        const a = p[i - 1]!;
        const f = b.at === a.at ? 1 : (at - a.at) / (b.at - a.at);
        return a.h + (b.h - a.h) * f;
      }
    }
    return p[p.length - 1]!.h;
  }

  /** Health at `at` in [0, 1.1]: the trend plus deterministic weekly noise. */
  at(at: number): number {
    const week = Math.floor(at / (7 * DAY));
    const n = (hashUnit(this.salt, week) - 0.5) * 2 * this.noise;
    return Math.max(0, Math.min(1.1, this.trend(at) + n));
  }
}

/** A deterministic number in [0, 1) from two integers (a small integer hash). */
export function hashUnit(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x632be5ab, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return (h >>> 0) / 4294967296;
}
