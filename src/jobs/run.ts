/**
 * Scoring runs: full (every customer company), incremental (companies whose
 * data changed since an instant) and single (one company). Each chunk the
 * loader yields goes load → assess → plan → write before the next is read, so
 * memory is bounded by the chunk size.
 *
 * One bad company — no snapshot, an assessment that throws, a write HubSpot
 * refuses — is recorded in the summary and the run goes on. A chunk the
 * loader cannot read at all (its retries exhausted) costs only that chunk's
 * companies: the rest are loaded in smaller slices.
 */
import { performance } from 'node:perf_hooks';
import type { CompiledModel } from '../core/model';
import { callsSince } from '../hubspot/connection';
import type { HubSpotConnection, LoadedCompany } from '../hubspot/contracts';
import { changedCompanyIds, listCustomerCompanyIds, loadCompanies } from '../hubspot/load';
import type { Mapping } from '../hubspot/mapping';
import { hubspotMessage, planUpdate, writeUpdates } from '../hubspot/write';
import { assessLoaded } from './assess-loaded';
import { silentProgress, type Progress } from './progress';
import { SummaryBuilder, type RunMode, type RunSummary } from './summary';

export interface JobDeps {
  conn: HubSpotConnection;
  mapping: Mapping;
  model: CompiledModel;
  /** The run's clock: the date scored (asOf) and the instant stamped on writes. */
  now: () => Date;
}

export interface RunOptions {
  /** Plan and report, write nothing. */
  dryRun?: boolean;
  progress?: Progress;
  /** Companies per load chunk (the loader's default otherwise): memory is bounded by it. */
  chunkSize?: number;
}

/** After a failed chunk, the rest is loaded in slices this big, each failing on its own. */
const FALLBACK_SLICE = 100;

const message = (err: unknown): string => (err instanceof Error ? err.message : String(err));

interface Context {
  deps: JobDeps;
  summary: SummaryBuilder;
  /** The run's instant: the loader reads data as of it, writes are stamped with it. */
  nowIso: string;
  /** A single-company run scores the company whatever its lifecycle stage. */
  customersOnly: boolean;
  chunkSize?: number;
  dryRun: boolean;
  progress: Progress;
}

async function processChunk(ctx: Context, chunk: readonly LoadedCompany[]): Promise<void> {
  const { deps, summary } = ctx;
  const updates = [];
  for (const loaded of chunk) {
    summary.warn(loaded.warnings);
    if (!loaded.snapshot) {
      summary.fail({ companyId: loaded.companyId, name: loaded.name, stage: 'load', reason: loaded.error ?? 'no snapshot could be built' });
      continue;
    }
    let assessment;
    try {
      // The tier the company holds now keeps it while the score stays near the cut-off (src/core/hysteresis.ts).
      assessment = assessLoaded({ ...loaded, snapshot: loaded.snapshot }, deps.model);
    } catch (err) {
      summary.fail({ companyId: loaded.companyId, name: loaded.name, stage: 'assess', reason: message(err) });
      continue;
    }
    summary.scored(assessment, loaded.current.che_health_tier);
    try {
      const update = planUpdate(loaded, assessment, ctx.nowIso);
      summary.planned(update);
      if (update) updates.push(update);
    } catch (err) {
      summary.fail({ companyId: loaded.companyId, name: loaded.name, stage: 'plan', reason: message(err) });
    }
  }
  if (!ctx.dryRun && updates.length > 0) {
    const result = await writeUpdates(deps.conn, updates);
    summary.written(result.written);
    const names = new Map(chunk.map((c) => [c.companyId, c.name]));
    for (const f of result.failed) summary.fail({ companyId: f.companyId, name: names.get(f.companyId) ?? '', stage: 'write', reason: f.reason });
  }
  ctx.progress.advance(chunk.length);
}

/** Loads `ids` chunk by chunk; returns the ids never yielded when the loader threw, with the reason. */
async function loadAll(ctx: Context, ids: readonly string[]): Promise<{ left: string[]; reason: string } | null> {
  const seen = new Set<string>();
  try {
    const load = loadCompanies(ctx.deps.conn, ctx.deps.mapping, {
      companyIds: [...ids], asOf: ctx.nowIso, customersOnly: ctx.customersOnly, ...(ctx.chunkSize ? { chunkSize: ctx.chunkSize } : {}),
    });
    for await (const chunk of load) {
      for (const c of chunk) seen.add(c.companyId);
      await processChunk(ctx, chunk);
    }
    // The loader skips companies that are not customers (any more): counted, not failed.
    const skipped = ids.filter((id) => !seen.has(id)).length;
    ctx.summary.skipped(skipped);
    ctx.progress.advance(skipped);
    return null;
  } catch (err) {
    return { left: ids.filter((id) => !seen.has(id)), reason: hubspotMessage(err) };
  }
}

async function scoreCompanies(ctx: Context, ids: readonly string[]): Promise<void> {
  const failedLoad = await loadAll(ctx, ids);
  if (!failedLoad) return;
  for (let i = 0; i < failedLoad.left.length; i += FALLBACK_SLICE) {
    const slice = failedLoad.left.slice(i, i + FALLBACK_SLICE);
    const again = await loadAll(ctx, slice);
    if (!again) continue;
    for (const companyId of again.left) {
      ctx.summary.fail({ companyId, stage: 'load', reason: `could not read the company's data from HubSpot: ${again.reason}` });
    }
    ctx.progress.advance(again.left.length);
  }
}

/** One run over the ids `selectIds` gives (the building block of every job; src/jobs/companies.ts uses it for a given id set). */
export async function runSelected(deps: JobDeps, mode: RunMode, opts: RunOptions, selectIds: () => Promise<string[]>, extra: Partial<RunSummary> = {}): Promise<RunSummary> {
  const started = performance.now();
  const startedAt = new Date();
  const now = deps.now();
  const callsBefore = deps.conn.calls.stats();
  const ctx: Context = {
    deps,
    summary: new SummaryBuilder(mode, { dryRun: opts.dryRun ?? false, model: deps.model.ref, asOf: now.toISOString().slice(0, 10), startedAt }),
    nowIso: now.toISOString(),
    customersOnly: mode !== 'single',
    ...(opts.chunkSize ? { chunkSize: opts.chunkSize } : {}),
    dryRun: opts.dryRun ?? false,
    progress: opts.progress ?? silentProgress,
  };
  const ids = [...new Set(await selectIds())];
  ctx.summary.selected(ids.length);
  ctx.progress.start(ids.length);
  try {
    await scoreCompanies(ctx, ids);
  } finally {
    ctx.progress.done();
  }
  return { ...ctx.summary.finish(new Date(), performance.now() - started, callsSince(callsBefore, deps.conn.calls.stats())), ...extra };
}

/** Every customer company of the portal (the mapping says which companies are customers). */
export function runFull(deps: JobDeps, opts: RunOptions = {}): Promise<RunSummary> {
  return runSelected(deps, 'full', opts, () => listCustomerCompanyIds(deps.conn, deps.mapping));
}

/** Customer companies whose record or associated objects changed since `since` (ISO instant). */
export function runIncremental(deps: JobDeps, opts: RunOptions & { since: string }): Promise<RunSummary> {
  return runSelected(deps, 'incremental', opts, () => changedCompanyIds(deps.conn, deps.mapping, opts.since), { since: opts.since });
}

/** One company, whatever its lifecycle stage (a CSM or a workflow asked for it). */
export function runSingle(deps: JobDeps, companyId: string, opts: RunOptions = {}): Promise<RunSummary> {
  return runSelected(deps, 'single', opts, async () => [companyId]);
}
