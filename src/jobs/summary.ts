/**
 * What a scoring run did, accumulated company by company (memory bounded by
 * the attention list, not the portfolio — except a dry run's change list,
 * which is the point of a dry run), and returned as JSON-ready data.
 */
import type { HealthAssessment, Tier } from '../core/contract';
import { compareUrgency } from '../core/portfolio/ranking';
import type { CallStats, CompanyUpdate } from '../hubspot/contracts';
import { TIER_ORDER } from '../hubspot/write/plan-changes';

export type RunMode = 'full' | 'incremental' | 'single';
export type FailureStage = 'load' | 'assess' | 'plan' | 'write';

export interface RunFailure {
  companyId: string;
  name?: string;
  stage: FailureStage;
  reason: string;
}

/** An account that needs attention, as the summary lists it. */
export interface AttentionItem {
  companyId: string;
  name: string;
  score: number;
  tier: Tier;
  renewalRisk: number;
  arr?: number;
  arrAtRisk?: number;
  renewalDate?: string;
  daysUntilRenewal?: number;
  play?: { key: string; name: string; priority: string; owner: string; dueDate: string; action: string };
  topSignal?: string;
}

export interface RunSummary {
  mode: RunMode;
  dryRun: boolean;
  model: string;
  asOf: string;
  /** Incremental runs: the instant changes were looked for from. */
  since?: string;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  /** Companies the run set out to score. */
  selected: number;
  scored: number;
  /** Selected but not scored because the mapping does not count them as customers (e.g. churned since). */
  skipped: number;
  unchanged: number;
  /** Companies whose changes reached HubSpot (0 on a dry run). */
  written: number;
  /** Companies with at least one property that would change (written or not). */
  changed: number;
  failed: RunFailure[];
  /** Data problems that became gaps ("company 12: che_active_users: 'N/A' is not a number"). */
  warnings: string[];
  tierMoves: { up: number; down: number; moves: Record<string, number> };
  tiers: Record<Tier, { companies: number; arr: number }>;
  /** The accounts to act on first (play priority, renewal urgency, ARR at risk, renewal proximity). */
  attention: AttentionItem[];
  /** A dry run's planned writes (what would change), in load order. */
  plannedChanges?: CompanyUpdate[];
  api: CallStats;
}

export const ATTENTION_SIZE = 5;

const emptyTiers = (): RunSummary['tiers'] => ({
  thriving: { companies: 0, arr: 0 },
  healthy: { companies: 0, arr: 0 },
  at_risk: { companies: 0, arr: 0 },
  critical: { companies: 0, arr: 0 },
});

function attentionItem(a: HealthAssessment): AttentionItem {
  const item: AttentionItem = { companyId: a.accountId, name: a.name, score: a.score, tier: a.tier, renewalRisk: a.renewalRisk };
  if (a.renewal.arr !== undefined) item.arr = a.renewal.arr;
  if (a.renewal.arrAtRisk !== undefined) item.arrAtRisk = a.renewal.arrAtRisk;
  if (a.renewal.date !== undefined) item.renewalDate = a.renewal.date;
  if (a.renewal.daysUntil !== undefined) item.daysUntilRenewal = a.renewal.daysUntil;
  if (a.play) {
    const { key, name, priority, owner, dueDate, action } = a.play;
    item.play = { key, name, priority, owner, dueDate, action };
  }
  const signal = a.signals.churn[0]?.key;
  if (signal) item.topSignal = signal;
  return item;
}

const isTier = (v: string | null | undefined): v is Tier => typeof v === 'string' && (TIER_ORDER as readonly string[]).includes(v);

/** Accumulates one run's outcome; `finish` returns the summary. */
export class SummaryBuilder {
  private readonly s: Omit<RunSummary, 'finishedAt' | 'durationMs' | 'attention' | 'api'>;
  private top: HealthAssessment[] = [];

  constructor(mode: RunMode, opts: { dryRun: boolean; model: string; asOf: string; startedAt: Date }) {
    this.s = {
      mode, dryRun: opts.dryRun, model: opts.model, asOf: opts.asOf, startedAt: opts.startedAt.toISOString(),
      selected: 0, scored: 0, skipped: 0, unchanged: 0, written: 0, changed: 0, failed: [], warnings: [],
      tierMoves: { up: 0, down: 0, moves: {} }, tiers: emptyTiers(),
      ...(opts.dryRun ? { plannedChanges: [] } : {}),
    };
  }

  selected(count: number): void { this.s.selected = count; }
  skipped(count: number): void { this.s.skipped += count; }
  warn(warnings: readonly string[]): void { this.s.warnings.push(...warnings); }
  fail(failure: RunFailure): void { this.s.failed.push(failure); }
  written(count: number): void { this.s.written += count; }

  scored(a: HealthAssessment, previousTier: string | null | undefined): void {
    this.s.scored += 1;
    const bucket = this.s.tiers[a.tier];
    bucket.companies += 1;
    bucket.arr += a.renewal.arr ?? 0;
    if (isTier(previousTier) && previousTier !== a.tier) {
      const up = TIER_ORDER.indexOf(a.tier) > TIER_ORDER.indexOf(previousTier);
      if (up) this.s.tierMoves.up += 1;
      else this.s.tierMoves.down += 1;
      const key = `${previousTier}→${a.tier}`;
      this.s.tierMoves.moves[key] = (this.s.tierMoves.moves[key] ?? 0) + 1;
    }
    if (a.play) {
      this.top.push(a);
      this.top.sort(compareUrgency);
      if (this.top.length > ATTENTION_SIZE) this.top.length = ATTENTION_SIZE;
    }
  }

  planned(update: CompanyUpdate | null): void {
    if (update === null) {
      this.s.unchanged += 1;
      return;
    }
    this.s.changed += 1;
    this.s.plannedChanges?.push(update);
  }

  /** `durationMs` from a monotonic clock: the run's `now` may be a fixed test instant. */
  finish(finishedAt: Date, durationMs: number, api: CallStats): RunSummary {
    return {
      ...this.s,
      finishedAt: finishedAt.toISOString(),
      durationMs: Math.round(durationMs),
      attention: this.top.map(attentionItem),
      api,
    };
  }
}
