/**
 * Where `che forecast | dashboard | backtest | calibrate` read from: a file
 * (`--input FILE`) or the portal HUBSPOT_ACCESS_TOKEN opens (`--hubspot`;
 * HUBSPOT_BASE_URL for the sandbox). Exactly one of the two. The HubSpot
 * loaders return what the file loaders return, so the commands stay the same.
 */
import { createHubSpotConnection } from '../hubspot/connection';
import type { HubSpotConnection } from '../hubspot/contracts';
import type { HubSpotConfig } from '../hubspot/env';
import { loadCurrentPortfolio, loadLabeledHistory, type PortfolioLoad } from '../jobs/portfolio';
import { connectionConfig, loadMapping } from './commands/run';
import { UsageError, type Io } from './io';
import { intOption, loadLabeledFile, type LoadedLabeled } from './load-labeled';
import { loadPortfolioFile, parseAsOf, type LoadedPortfolio } from './load-portfolio';

export interface SourceOptions {
  input?: string;
  hubspot?: boolean;
  mapping?: string;
  asOf?: string;
  /** Labeled history: days before each renewal the snapshot is taken (default 90). */
  historyLeadDays?: string;
}

export interface HubSpotSourceDeps {
  env: Record<string, string | undefined>;
  connect?: (config: HubSpotConfig) => HubSpotConnection;
  now?: () => Date;
}

type Source = { kind: 'file'; path: string } | { kind: 'hubspot' };

export function sourceOf(opts: SourceOptions): Source {
  if (opts.input !== undefined && opts.hubspot) throw new UsageError('--input, --hubspot: give one of them, not both');
  if (opts.input !== undefined) return { kind: 'file', path: opts.input };
  if (opts.hubspot) return { kind: 'hubspot' };
  throw new UsageError('--input FILE or --hubspot: say where the accounts come from');
}

async function open(opts: SourceOptions, io: Io, deps: HubSpotSourceDeps) {
  const mapping = await loadMapping(opts.mapping, io);
  const conn = (deps.connect ?? createHubSpotConnection)(connectionConfig(deps.env));
  const day = parseAsOf(opts.asOf);
  // As of the end of the given day (everything dated that day counts), else now.
  const asOf = day ? `${day}T23:59:59.999Z` : (deps.now ?? (() => new Date()))().toISOString();
  return { conn, mapping, asOf };
}

function report(load: PortfolioLoad, io: Io): void {
  for (const f of load.failed) io.stderr(`che: ${f} (left out)\n`);
  if (load.warnings.length > 0) {
    io.stderr(`che: ${load.warnings.length} data problems became gaps, e.g. ${load.warnings.slice(0, 3).join('; ')}\n`);
  }
}

/** Customers as of --as-of (or now); with outcomes, also last year's churned accounts (dashboard retention). */
export function portfolioLoader(deps: HubSpotSourceDeps, withOutcomes: boolean) {
  return async (opts: SourceOptions, io: Io): Promise<LoadedPortfolio> => {
    const source = sourceOf(opts);
    if (source.kind === 'file') return loadPortfolioFile(source.path, io);
    const { conn, mapping, asOf } = await open(opts, io, deps);
    const load = await loadCurrentPortfolio({ conn, mapping }, { asOf, withOutcomes });
    report(load, io);
    const churned = load.records.filter((r) => r.outcome?.renewed === false).length;
    const label = `HubSpot ${conn.baseUrl}: ${load.records.length - churned} customer companies${withOutcomes ? `, ${churned} churned in the last year` : ''} (${conn.calls.stats().total} API calls)`;
    return { records: load.records, source: { label, skipped: load.failed.length } };
  };
}

/** Labeled records: every closed renewal of the last year, the company as it stood --history-lead-days before. */
export function labeledLoader(deps: HubSpotSourceDeps) {
  return async (opts: SourceOptions, io: Io): Promise<LoadedLabeled> => {
    const source = sourceOf(opts);
    if (source.kind === 'file') return loadLabeledFile(source.path, io);
    const leadDays = intOption('history-lead-days', opts.historyLeadDays, 90, 0, 365);
    const { conn, mapping, asOf } = await open(opts, io, deps);
    const load = await loadLabeledHistory({ conn, mapping }, { asOf, leadDays });
    report(load, io);
    const records = load.records.flatMap((r) => (r.outcome ? [{ snapshot: r.snapshot, outcome: r.outcome }] : []));
    if (records.length === 0) throw new UsageError(`--hubspot: no closed renewal deal in the last year at ${conn.baseUrl} (pipelines ${mapping.deals.renewalPipelines.join(', ')})`);
    io.stderr(`che: ${records.length} renewals from HubSpot (${records.filter((r) => !r.outcome.renewed).length} churned), each scored ${leadDays} days or more before it closed; ${conn.calls.stats().total} API calls\n`);
    return { records, skipped: load.failed.length };
  };
}
