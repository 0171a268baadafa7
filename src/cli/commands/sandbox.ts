/**
 * `che sandbox`: runs the local HubSpot-compatible CRM until SIGINT/SIGTERM.
 * Prints the base URL and the token it accepts, and writes the generated
 * portfolio's ground truth to a file for evaluations.
 */
import { z } from 'zod';
import { startSandbox, DEFAULT_TOKEN, type RunningSandbox, type SandboxOptions } from '../../sandbox/server';
import { parseSeed } from '../../sandbox/seed-schema';
import type { SandboxSeed } from '../../sandbox/types';
import { UsageError, type Io } from '../io';
import { untilSignal } from '../until-signal';

const optionsSchema = z.object({
  port: z.coerce.number().int().min(0).max(65_535).default(8787),
  companies: z.coerce.number().int().min(0).max(100_000).default(100),
  seed: z.coerce.number().int().default(1),
  token: z.string().min(1).default(DEFAULT_TOKEN),
  truth: z.string().min(1).default('sandbox-truth.json'),
  seedFile: z.string().min(1).optional(),
  rateLimit: z.coerce.number().int().min(1).default(190),
  searchRate: z.coerce.number().int().min(1).default(5),
  fault429: z.coerce.number().min(0).max(1).default(0),
  fault5xx: z.coerce.number().min(0).max(1).default(0),
  faultDrop: z.coerce.number().min(0).max(1).default(0),
  latency: z.coerce.number().int().min(0).default(0),
});

/** commander's camelCase option names → the flags a user typed, for error messages. */
const flag = (key: string) => `--${key.replace(/([A-Z])/g, '-$1').replace(/(\d+)/, '-$1').toLowerCase()}`;

export interface SandboxDeps {
  start?: (options: SandboxOptions) => Promise<RunningSandbox>;
  /** Resolves when the process is asked to stop. */
  untilStopped?: () => Promise<void>;
}

export async function runSandbox(raw: Record<string, unknown>, io: Io, deps: SandboxDeps = {}): Promise<number> {
  const parsed = optionsSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UsageError(`${flag(String(issue.path[0] ?? 'option'))}: ${issue.message}`);
  }
  const opts = parsed.data;
  const seed = opts.seedFile ? await readSeed(opts.seedFile, io) : undefined;
  const sandbox = await (deps.start ?? startSandbox)({
    port: opts.port,
    token: opts.token,
    rateLimit: { perTenSeconds: opts.rateLimit, searchPerSecond: opts.searchRate },
    faults: { rate429: opts.fault429, rate5xx: opts.fault5xx, dropRate: opts.faultDrop, latencyMs: opts.latency },
    ...(seed ? { seed } : { companies: opts.companies, seed: opts.seed }),
  });
  try {
    await io.writeText(opts.truth, `${JSON.stringify(sandbox.truth, null, 2)}\n`);
    io.stdout(`HubSpot sandbox listening on ${sandbox.url}\n`);
    io.stdout(`token: ${sandbox.token}\n`);
    io.stdout(`ground truth (${sandbox.truth.length} companies) written to ${opts.truth}\n`);
    await (deps.untilStopped ?? untilSignal)();
  } finally {
    await sandbox.stop();
  }
  return 0;
}

async function readSeed(path: string, io: Io): Promise<SandboxSeed> {
  try {
    return parseSeed(JSON.parse(await io.readText(path)));
  } catch (e) {
    throw new UsageError(`--seed-file ${path}: ${(e as Error).message}`);
  }
}
