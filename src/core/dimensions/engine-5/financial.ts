/**
 * Financial (engine-5, 15%) — does the client pay, and is the contract growing
 * (seed 000 phase 1: payment history, contract value trend, expansion signs).
 *
 * Seed rubric (0-10, mapped to 0-100 by ×10):
 *
 * | seed band       | 0-10 | × 10   | this file gives | how                                                        |
 * |-----------------|------|--------|-----------------|------------------------------------------------------------|
 * | late payment    | 0-3  | 0-30   | 0-39            | late or > 5 days past due → capped at 39; delinquent → 20   |
 * | pays on time    | 4-6  | 40-60  | 40-61           | payment parts top out at 55 (+3 multi-year, +3 auto-renew)  |
 * | expansion       | 7-10 | 70-100 | 70-86           | + 25 for an upsell (or a change adding ARR) in 12 months    |
 *
 * | part (weight)           | input                                                    | table / value                                 |
 * |-------------------------|----------------------------------------------------------|-----------------------------------------------|
 * | payment status (2)      | billing.paymentStatus                                    | current 55, late 25, delinquent 5             |
 * | days past due (1)       | billing.daysPastDue                                      | 0→55, 5→50, 15→30, 30→20, 60→10, 90→0         |
 * | invoices on time (1)    | share of invoices due in the last 365 d (or paid early, undisputed) paid within 5 days of due and not disputed | 0→10, 0.5→25, 0.8→40, 1→55 |
 *
 * Every payment part tops out at the same 55, so an invoice entering the
 * window paid on time can never pull the blend down.
 *
 * Red flags (caps): delinquent → 20; late, or more than 5 days past due → 39;
 * contraction risk (a downgrade or an ARR-reducing change in 12 months, or a
 * downgrade requested) → 50.
 * Green flags: expansion (+25): an upsell, or any non-downgrade change with
 * arrDelta > 0, in 12 months; multi-year contract (+3); auto-renew (+3).
 */
import { z } from 'zod';
import { fmtMoney, fmtNum, fmtPct, interpolate } from '../../scale';
import { DAY_MS, toMs } from '../../dates';
import type { ScoringContext } from '../../context';
import type { Trend } from '../../contract';
import { Rubric, limit, table, type DimensionScorer } from '../rubric';

const Params = z.object({
  statusCurrent: limit(55),
  statusLate: limit(25),
  statusDelinquent: limit(5),
  daysPastDue: table([[0, 55], [5, 50], [15, 30], [30, 20], [60, 10], [90, 0]]),
  invoicesOnTime: table([[0, 10], [0.5, 25], [0.8, 40], [1, 55]]),
  statusWeight: limit(2),
  daysPastDueWeight: limit(1),
  invoicesWeight: limit(1),
  graceDays: limit(5),
  windowDays: limit(365),
  lateCap: limit(39),
  delinquentCap: limit(20),
  contractionCap: limit(50),
  expansionPoints: limit(25),
  multiYearPoints: limit(3),
  autoRenewPoints: limit(3),
});
type Params = z.infer<typeof Params>;

type Change = NonNullable<NonNullable<ScoringContext['snapshot']['billing']>['contractChanges']>[number];

const signedMoney = (n: number): string => `${n < 0 ? '-' : '+'}${fmtMoney(Math.abs(n))}`;
const describeChange = (c: Change): string =>
  `${c.kind} on ${c.date.slice(0, 10)}${c.arrDelta !== undefined ? ` (${signedMoney(c.arrDelta)} ARR)` : ''}`;

/** An upsell, or any change other than a downgrade that added ARR. */
const isExpansion = (c: Change): boolean => c.kind === 'upsell' || (c.kind !== 'downgrade' && (c.arrDelta ?? 0) > 0);
/** A downgrade, or any change other than an upsell that removed ARR. */
const isContraction = (c: Change): boolean => c.kind === 'downgrade' || (c.kind !== 'upsell' && (c.arrDelta ?? 0) < 0);

export const financial: DimensionScorer<Params> = {
  id: 'engine5.financial',
  params: Params,
  missing: 'billing: payment status, days past due, invoices, contract changes',
  score(ctx, p) {
    const { billing, flags } = ctx.snapshot;
    const r = new Rubric();

    if (billing?.paymentStatus !== undefined) {
      const status = billing.paymentStatus;
      const value = status === 'current' ? p.statusCurrent : status === 'late' ? p.statusLate : p.statusDelinquent;
      r.part(value, p.statusWeight, `payment status ${status}`);
      if (status === 'delinquent') r.redFlag(p.delinquentCap, 'account delinquent on payment');
      if (status === 'late') r.redFlag(p.lateCap, 'payment late');
    }

    if (billing?.daysPastDue !== undefined) {
      const dpd = billing.daysPastDue;
      r.part(interpolate(dpd, p.daysPastDue), p.daysPastDueWeight, dpd === 0 ? 'nothing past due' : `${fmtNum(dpd)} days past due`);
      if (dpd > p.graceDays) r.redFlag(p.lateCap, `payment ${fmtNum(dpd)} days past due`);
    }

    const invoices = invoiceRecord(billing?.invoices ?? [], ctx, p);
    if (invoices.counted > 0) {
      const share = invoices.onTime / invoices.counted;
      r.part(interpolate(share, p.invoicesOnTime), p.invoicesWeight,
        `${invoices.onTime} of ${invoices.counted} invoices in the last ${fmtNum(p.windowDays)} days paid on time (${fmtPct(share * 100)})${invoices.disputed > 0 ? `, ${invoices.disputed} disputed` : ''}`);
    }

    const changes = (billing?.contractChanges ?? []).filter((c) => {
      const d = ctx.daysAgo(c.date);
      return d >= 0 && d <= p.windowDays;
    });
    const contractions = changes.filter(isContraction);
    const expansions = changes.filter(isExpansion);
    if (contractions.length > 0) r.redFlag(p.contractionCap, `contraction: ${contractions.map(describeChange).join('; ')}`);
    if (flags?.downgradeRequested) r.redFlag(p.contractionCap, 'contraction risk: the client requested a downgrade');
    if (expansions.length > 0) r.greenFlag(p.expansionPoints, `expansion: ${expansions.map(describeChange).join('; ')}`);
    if (billing?.multiYear) r.greenFlag(p.multiYearPoints, 'multi-year contract');
    if (billing?.autoRenew) r.greenFlag(p.autoRenewPoints, 'contract renews automatically');

    return r.result(ctx, contractTrend(changes.length > 0, expansions.length > 0, contractions.length > 0));
  },
};

function contractTrend(anyChange: boolean, expanded: boolean, contracted: boolean): Trend | null {
  if (expanded && !contracted) return 'up';
  if (contracted && !expanded) return 'down';
  return anyChange ? 'flat' : null;
}

/**
 * Invoices that tell us about payment behaviour: those due in the window (on or
 * before asOf), plus any paid, undisputed, ahead of a future due date. On time =
 * paid (on or before asOf) within `graceDays` of the due date and not disputed.
 */
function invoiceRecord(list: NonNullable<NonNullable<ScoringContext['snapshot']['billing']>['invoices']>, ctx: ScoringContext, p: Params): { counted: number; onTime: number; disputed: number } {
  let counted = 0;
  let onTime = 0;
  let disputed = 0;
  for (const inv of list) {
    const dueAgo = ctx.daysAgo(inv.dueDate);
    const paidAgo = ctx.daysAgo(inv.paidDate);
    const paid = Number.isFinite(paidAgo) && paidAgo >= 0;
    // A not-yet-due invoice counts only once paid cleanly, so paying early can only help.
    const inWindow = (dueAgo >= 0 && dueAgo <= p.windowDays) || (dueAgo < 0 && paid && !inv.disputed);
    if (!inWindow) continue;
    counted += 1;
    if (inv.disputed) disputed += 1;
    const paidWithinGrace = paid && (toMs(inv.paidDate!) - toMs(inv.dueDate)) / DAY_MS <= p.graceDays;
    if (paidWithinGrace && !inv.disputed) onTime += 1;
  }
  return { counted, onTime, disputed };
}
