/** The bridge to the seeded portfolio generator (kept apart so a hand-made seed never loads it). */
import { generatePortfolio } from './generator';
import type { SandboxSeed } from './types';

export function generate(opts: { companies: number; seed: number; asOf?: string }): SandboxSeed {
  return generatePortfolio(opts);
}
