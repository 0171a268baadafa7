/**
 * Deals → ARR, renewal date and contract changes. The open renewal deal
 * (renewal pipeline, stage not closed) gives ARR (amount) and the renewal
 * date (closedate); closed-won renewals become `renewal` (or `downgrade` when
 * the amount fell) contract changes, closed-won deals of an expansion type in
 * other pipelines become `upsell`s. Closed/won comes from the stage metadata
 * of the deals pipelines (isClosed, probability 1 = won), else from HubSpot's
 * hs_is_closed / hs_is_closed_won.
 */
import type { AccountSnapshot } from '../../core/contract';
import type { Mapping } from '../mapping/schema';
import type { HsRecord } from './records';
import { date, num, text, type ValueSource, type Warnings } from './values';

export type StageMeta = Map<string, Record<string, string | null>>;

export interface DealParts {
  arr?: number;
  renewalDate?: string;
  contractChanges?: NonNullable<AccountSnapshot['billing']>['contractChanges'];
}

interface Deal {
  id: string;
  renewal: boolean;
  expansion: boolean;
  closed: boolean;
  won: boolean;
  amount?: number;
  closeDate?: string;
}

function readDeal(rec: HsRecord, m: Mapping, stages: StageMeta, warnings: Warnings): Deal {
  const d = m.deals;
  const p = rec.properties;
  const src: ValueSource = { warnings, record: `deal ${rec.id}` };
  const pipeline = text(p[d.pipeline]) ?? 'default';
  const meta = stages.get(`${pipeline}:${p[d.stage] ?? ''}`);
  const closed = meta ? meta.isClosed === 'true' : p.hs_is_closed === 'true';
  const won = closed && (meta ? Number(meta.probability) === 1 : p.hs_is_closed_won === 'true');
  const renewal = d.renewalPipelines.includes(pipeline);
  return {
    id: rec.id,
    renewal,
    expansion: !renewal && d.expansionDealTypes.includes(text(p[d.dealType]) ?? ''),
    closed,
    won,
    amount: num(p[d.amount], d.amount, src, { min: 0 }),
    closeDate: date(p[d.closeDate], d.closeDate, src),
  };
}

/** A closed renewal deal's outcome: won = renewed, lost = churned on its close date. */
export interface RenewalOutcomeDeal {
  dealId: string;
  renewed: boolean;
  /** The close date (ISO instant). */
  date: string;
  amount?: number;
}

/** Closed deals of the renewal pipelines → outcomes; open deals, other pipelines and undated deals → undefined. */
export function renewalOutcomeOf(rec: HsRecord, m: Mapping, stages: StageMeta, warnings: Warnings): RenewalOutcomeDeal | undefined {
  const deal = readDeal(rec, m, stages, warnings);
  if (!deal.renewal || !deal.closed || deal.closeDate === undefined) return undefined;
  return { dealId: deal.id, renewed: deal.won, date: deal.closeDate, ...(deal.amount !== undefined ? { amount: deal.amount } : {}) };
}

export function dealParts(records: HsRecord[], m: Mapping, stages: StageMeta, asOf: string, warnings: Warnings): DealParts {
  const deals = records.map((r) => readDeal(r, m, stages, warnings));
  const since = new Date(Date.parse(asOf) - m.deals.windowDays * 86_400_000).toISOString();
  const byDate = (a: Deal, b: Deal) => (a.closeDate ?? '').localeCompare(b.closeDate ?? '');
  // A deal that closed after asOf was still open then (scoring "as of" a past date).
  const open = deals.filter((x) => x.renewal && (!x.closed || (x.closeDate !== undefined && x.closeDate > asOf))).sort(byDate);
  const next = open.find((x) => x.amount !== undefined) ?? open[0];
  const out: DealParts = {};
  if (next?.amount !== undefined) out.arr = next.amount;
  if (next?.closeDate !== undefined) out.renewalDate = next.closeDate;

  const changes: NonNullable<DealParts['contractChanges']> = [];
  const wonRenewals = deals.filter((x) => x.renewal && x.won && x.closeDate && x.closeDate <= asOf).sort(byDate);
  wonRenewals.forEach((x, i) => {
    if (!x.closeDate || x.closeDate < since) return;
    const before = wonRenewals[i - 1]?.amount;
    const delta = x.amount !== undefined && before !== undefined ? x.amount - before : undefined;
    changes.push({ date: x.closeDate, kind: delta !== undefined && delta < 0 ? 'downgrade' : 'renewal', ...(delta !== undefined ? { arrDelta: delta } : {}) });
  });
  for (const x of deals) {
    if (x.expansion && x.won && x.closeDate && x.closeDate >= since && x.closeDate <= asOf) {
      changes.push({ date: x.closeDate, kind: 'upsell', ...(x.amount !== undefined ? { arrDelta: x.amount } : {}) });
    }
  }
  if (changes.length > 0) out.contractChanges = changes.sort((a, b) => a.date.localeCompare(b.date));
  return out;
}
