/**
 * `che run`: one scoring run against the portal HUBSPOT_ACCESS_TOKEN opens
 * (HubSpot, or the sandbox through HUBSPOT_BASE_URL) — parse options → read
 * the environment → connect → run the job → print the summary.
 */
import { z } from 'zod';
import { createHubSpotConnection } from '../../hubspot/connection';
import type { HubSpotConnection } from '../../hubspot/contracts';
import { hubSpotConfigFromEnv, HubSpotEnvError, type HubSpotConfig } from '../../hubspot/env';
import { DEFAULT_MAPPING, MappingError, parseMapping, type Mapping } from '../../hubspot/mapping';
import { renderSummary, runFull, runIncremental, runSingle, terminalProgress, type JobDeps, type RunSummary } from '../../jobs';
import type { TerminalLike } from '../../jobs/progress';
import { UsageError, type Io } from '../io';
import { loadModel } from '../load-model';

const instant = z
  .string()
  .trim()
  .refine((s) => /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(s) && !Number.isNaN(Date.parse(s)), 'expected an ISO date or date-time such as 2026-11-01T00:00:00Z')
  .transform((s) => new Date(Date.parse(s)).toISOString());

const optionsSchema = z.object({
  full: z.boolean().optional(),
  changedSince: instant.optional(),
  company: z.string().trim().regex(/^\d+$/, 'expected a HubSpot company id (digits)').optional(),
  dryRun: z.boolean().default(false),
  json: z.boolean().default(false),
  model: z.string().min(1).optional(),
  mapping: z.string().min(1).optional(),
});

const FLAG: Record<string, string> = { full: '--full', changedSince: '--changed-since', company: '--company', dryRun: '--dry-run', json: '--json', model: '--model', mapping: '--mapping' };

export interface RunCommandDeps {
  /** The environment (HUBSPOT_ACCESS_TOKEN, HUBSPOT_BASE_URL, …): process.env in the CLI, an object in tests. */
  env: Record<string, string | undefined>;
  connect?: (config: HubSpotConfig) => HubSpotConnection;
  now?: () => Date;
  /** Where the progress bar goes when it is a terminal (process.stderr). */
  terminal?: TerminalLike;
}

function parseOptions(raw: Record<string, unknown>) {
  const parsed = optionsSchema.safeParse(raw);
  if (!parsed.success) {
    throw new UsageError(parsed.error.issues.map((i) => `${FLAG[String(i.path[0])] ?? String(i.path[0])}: ${i.message}`).join('\n'));
  }
  const opts = parsed.data;
  const modes = (['full', 'changedSince', 'company'] as const).filter((k) => opts[k] !== undefined && opts[k] !== false);
  if (modes.length > 1) throw new UsageError(`${modes.map((m) => FLAG[m]).join(', ')}: pick one of --full, --changed-since and --company`);
  return opts;
}

export async function loadMapping(path: string | undefined, io: Io): Promise<Mapping> {
  if (path === undefined) return DEFAULT_MAPPING;
  let text: string;
  try {
    text = await io.readText(path);
  } catch (err) {
    throw new UsageError(`--mapping: cannot read ${path} (${(err as Error).message})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new UsageError(`--mapping: ${path} is not valid JSON (${(err as Error).message})`);
  }
  try {
    return parseMapping(json, path);
  } catch (err) {
    if (err instanceof MappingError) throw new UsageError(`--mapping ${err.message}`);
    throw err;
  }
}

export function connectionConfig(env: RunCommandDeps['env']): HubSpotConfig {
  try {
    return hubSpotConfigFromEnv(env);
  } catch (err) {
    if (err instanceof HubSpotEnvError) throw new UsageError(err.message);
    throw err;
  }
}

export async function runRun(raw: Record<string, unknown>, io: Io, deps: RunCommandDeps): Promise<number> {
  const opts = parseOptions(raw);
  const model = await loadModel(opts.model, io);
  const mapping = await loadMapping(opts.mapping, io);
  const conn = (deps.connect ?? createHubSpotConnection)(connectionConfig(deps.env));
  const jobDeps: JobDeps = { conn, mapping, model, now: deps.now ?? (() => new Date()) };
  const runOpts = { dryRun: opts.dryRun, progress: terminalProgress(deps.terminal ?? process.stderr) };
  let summary: RunSummary;
  if (opts.company !== undefined) summary = await runSingle(jobDeps, opts.company, runOpts);
  else if (opts.changedSince !== undefined) summary = await runIncremental(jobDeps, { ...runOpts, since: opts.changedSince });
  else summary = await runFull(jobDeps, runOpts);
  io.stdout(opts.json ? `${JSON.stringify(summary, null, 2)}\n` : renderSummary(summary));
  return 0;
}
