/**
 * Billing History (renewal-7, 10%) — the financial health of the relationship
 * and the commitment the client expresses through purchasing (seed 002, dimension 5).
 *
 * | part (weight)              | input                                                   | table (value → score)                      |
 * |----------------------------|---------------------------------------------------------|--------------------------------------------|
 * | payment status (2)         | billing.paymentStatus                                   | current 85, late 50, delinquent 15         |
 * | days past due (2)          | billing.daysPastDue                                     | 0→90, 15→65, 30→45, 60→20, 90→5            |
 * | payment timeliness (2)     | invoices due in the last 12 months paid > 5 days late,  | 0→95, 1→65, 2→55, 3→40, 5→25               |
 * |                            | or still unpaid > 5 days after the due date             |                                            |
 * | invoice disputes (1)       | disputed invoices due in the last 12 months             | 0→90, 1→60, 2→40, 3→30                     |
 * | discount dependency (1)    | billing.discountPct                                     | 0→90, 10→80, 20→60, 30→40, 50→20           |
 * | contract changes (2)       | mean over changes in the last 12 months                 | upsell 95, renewal at same or higher value |
 * |                            |                                                         | (or unknown) 75, renewal at a lower value  |
 * |                            |                                                         | 55, discount 50, downgrade 35              |
 *
 * "All invoices paid on time, no disputes, expanded, multi-year" reads as 90+;
 * "paid within terms, stable" as 70-89; "1-2 late payments, one dispute, discount
 * at last renewal" as 50-69; "multiple late payments, downgrade, heavy discount" as
 * 30-49; "60+ days overdue, collections risk" as 0-29.
 *
 * Red flags (caps): 60+ days past due → 29; 30+ days past due → 49; payment status
 * delinquent → 39; downgrade in the last 12 months → 49; a price concession (discount,
 * or a downgrade) in each of the last two contract years (discount dependency) → 49.
 * Contract-change scores keep the order downgrade ≤ discount ≤ renewal ≤ upsell, so
 * relabelling a change one step up that ladder never lowers the score.
 * Green flags: multi-year agreement +5; auto-renew +3; upsell (mid-cycle expansion)
 * in the last 12 months +5.
 * Trend: the latest contract change in 12 months (upsell up; downgrade or discount
 * down; renewal flat), else late payments due in the last 90 days against the 90 before.
 */
import { z } from 'zod';
import type { AccountSnapshot, Trend } from '../../contract';
import type { ScoringContext } from '../../context';
import { fmtMoney, fmtNum, interpolate } from '../../scale';
import { sortInPlace } from '../../sort';
import { Rubric, limit, table, type DimensionScorer } from '../rubric';

type BillingData = NonNullable<AccountSnapshot['billing']>;
type Invoice = NonNullable<BillingData['invoices']>[number];
type ContractChange = NonNullable<BillingData['contractChanges']>[number];

const Params = z.object({
  currentScore: limit(85),
  lateScore: limit(50),
  delinquentScore: limit(15),
  daysPastDue: table([[0, 90], [15, 65], [30, 45], [60, 20], [90, 5]]),
  lateInvoices: table([[0, 95], [1, 65], [2, 55], [3, 40], [5, 25]]),
  disputes: table([[0, 90], [1, 60], [2, 40], [3, 30]]),
  discountPct: table([[0, 90], [10, 80], [20, 60], [30, 40], [50, 20]]),
  upsellScore: limit(95),
  renewalScore: limit(75),
  renewalLowerScore: limit(55),
  discountScore: limit(50),
  downgradeScore: limit(35),
  /** an invoice paid within this many days of its due date is on time. */
  graceDays: limit(5),
  windowDays: limit(365),
  trendWindowDays: limit(90),
  /** length of a contract year, and how many consecutive years with a price concession mean dependency. */
  contractYearDays: limit(365),
  discountDependencyYears: limit(2),
  overdueCapDays: limit(30),
  severelyOverdueCapDays: limit(60),
  multiYearPoints: limit(5),
  autoRenewPoints: limit(3),
  upsellPoints: limit(5),
});
type Params = z.infer<typeof Params>;

export const billing: DimensionScorer<Params> = {
  id: 'renewal7.billing',
  params: Params,
  missing: 'billing platform data: payment status, invoices with due and paid dates, discounts and contract changes',
  score(ctx, p) {
    const b = ctx.snapshot.billing;
    const r = new Rubric();
    if (!b) return r.result(ctx, null);
    const period = p.windowDays === 365 ? 'the last 12 months' : `the last ${fmtNum(p.windowDays)} days`;

    if (b.paymentStatus !== undefined) {
      const byStatus = { current: p.currentScore, late: p.lateScore, delinquent: p.delinquentScore };
      r.part(byStatus[b.paymentStatus], 2, `payment status ${b.paymentStatus}`);
      if (b.paymentStatus === 'delinquent') r.redFlag(39, 'account is delinquent (collections risk)');
    }

    if (b.daysPastDue !== undefined) {
      const d = b.daysPastDue;
      r.part(interpolate(d, p.daysPastDue), 2, d > 0 ? `balance ${fmtNum(d)} days past due` : 'no balance past due');
      if (d >= p.severelyOverdueCapDays) r.redFlag(29, `payment ${fmtNum(d)} days past due (${p.severelyOverdueCapDays}+ days)`);
      else if (d >= p.overdueCapDays) r.redFlag(49, `payment ${fmtNum(d)} days past due (${p.overdueCapDays}+ days)`);
    }

    const recentInvoices = (b.invoices ?? []).filter((i) => inWindow(ctx.daysAgo(i.dueDate), 0, p.windowDays));
    if (recentInvoices.length > 0) {
      const n = recentInvoices.length;
      const late = recentInvoices.filter((i) => daysLate(i, ctx) > p.graceDays);
      r.part(interpolate(late.length, p.lateInvoices), 2, late.length === 0
        ? `${n === 1 ? 'the one invoice' : n === 2 ? 'both invoices' : `all ${n} invoices`} due in ${period} paid on time`
        : `${late.length} of ${n} invoices due in ${period} paid late or overdue (${late.map((i) => describeLate(i, ctx)).join('; ')})`);
      const disputed = recentInvoices.filter((i) => i.disputed === true);
      r.part(interpolate(disputed.length, p.disputes), 1, disputed.length === 0
        ? `no invoice disputes in ${period}`
        : `${disputed.length} of ${n} invoices due in ${period} disputed (due ${disputed.map((i) => i.dueDate.slice(0, 10)).join(', ')})`);
    }

    if (b.discountPct !== undefined) {
      r.part(interpolate(b.discountPct, p.discountPct), 1, b.discountPct > 0 ? `discount ${fmtNum(b.discountPct)}% of contract value` : 'no discount on the contract');
    }

    const changes = sortInPlace( // newest first
      (b.contractChanges ?? []).filter((c) => inWindow(ctx.daysAgo(c.date), 0, p.windowDays)),
      (a, c) => ctx.daysAgo(a.date) - ctx.daysAgo(c.date),
    );
    if (changes.length > 0) {
      const mean = changes.reduce((sum, c) => sum + changeScore(c, p), 0) / changes.length;
      r.part(mean, 2, `contract changes in ${period}: ${changes.map(describeChangeEvent).join(', ')}`);
      for (const c of changes.filter((x) => x.kind === 'downgrade')) {
        r.redFlag(49, `contract downgraded on ${c.date.slice(0, 10)}${c.arrDelta !== undefined ? ` (${signedMoney(c.arrDelta)} ARR)` : ''}`);
      }
    }

    const concessions = discountDependency(b.contractChanges ?? [], ctx, p);
    if (concessions) {
      r.redFlag(49, `discount dependency: a price concession in each of the last ${p.discountDependencyYears} contract years (${concessions.join(', ')})`);
    }

    if (b.multiYear) r.greenFlag(p.multiYearPoints, 'multi-year agreement in place');
    if (b.autoRenew) r.greenFlag(p.autoRenewPoints, 'contract renews automatically');
    const upsell = changes.find((c) => c.kind === 'upsell');
    if (upsell) r.greenFlag(p.upsellPoints, `expanded the contract mid-cycle (${describeChangeEvent(upsell)})`);

    return r.result(ctx, billingTrend(changes, b.invoices ?? [], ctx, p));
  },
};

function inWindow(daysAgo: number, from: number, to: number): boolean {
  return daysAgo >= from && daysAgo < to;
}

/** Days after the due date an invoice was paid, or, unpaid, has been outstanding (negative = early). */
function daysLate(i: Invoice, ctx: ScoringContext): number {
  const paidAgo = i.paidDate !== undefined ? ctx.daysAgo(i.paidDate) : 0;
  return ctx.daysAgo(i.dueDate) - (Number.isFinite(paidAgo) ? paidAgo : 0);
}

function describeLate(i: Invoice, ctx: ScoringContext): string {
  const days = Math.round(daysLate(i, ctx));
  return i.paidDate !== undefined
    ? `due ${i.dueDate.slice(0, 10)}, paid ${days} days late`
    : `due ${i.dueDate.slice(0, 10)}, unpaid and ${days} days past due`;
}

/** Each kind scores at least as much as the kinds below it: downgrade → discount → renewal → upsell. */
function changeScore(c: ContractChange, p: Params): number {
  const downgrade = p.downgradeScore;
  const discount = Math.max(downgrade, p.discountScore);
  const renewal = Math.max(discount, c.arrDelta !== undefined && c.arrDelta < 0 ? p.renewalLowerScore : p.renewalScore);
  const upsell = Math.max(renewal, p.upsellScore);
  return { downgrade, discount, renewal, upsell }[c.kind];
}

function signedMoney(delta: number): string {
  return `${delta < 0 ? '-' : '+'}${fmtMoney(Math.abs(delta))}`;
}

function describeChangeEvent(c: ContractChange): string {
  return `${c.kind}${c.arrDelta !== undefined ? ` ${signedMoney(c.arrDelta)}` : ''} (${c.date.slice(0, 10)})`;
}

/**
 * One price concession (discount, or downgrade) in each of the last
 * `discountDependencyYears` contract years, newest first, or null when some year had
 * none. Years are counted back from asOf rather than from renewal events, and a
 * downgrade counts as a concession, so that moving any change up the ladder
 * (downgrade → discount → renewal → upsell) can never create a streak.
 */
function discountDependency(all: ReadonlyArray<ContractChange>, ctx: ScoringContext, p: Params): string[] | null {
  if (p.discountDependencyYears < 1) return null;
  const found: string[] = [];
  for (let year = 0; year < p.discountDependencyYears; year++) {
    const hit = all.find((c) => (c.kind === 'discount' || c.kind === 'downgrade')
      && inWindow(ctx.daysAgo(c.date), year * p.contractYearDays, (year + 1) * p.contractYearDays));
    if (!hit) return null;
    found.push(`${hit.kind} ${hit.date.slice(0, 10)}`);
  }
  return found;
}

function billingTrend(recentChanges: ReadonlyArray<ContractChange>, invoices: ReadonlyArray<Invoice>, ctx: ScoringContext, p: Params): Trend | null {
  const latest = recentChanges[0];
  if (latest) return latest.kind === 'upsell' ? 'up' : latest.kind === 'renewal' ? 'flat' : 'down';
  const w = p.trendWindowDays;
  const recent = invoices.filter((i) => inWindow(ctx.daysAgo(i.dueDate), 0, w));
  const before = invoices.filter((i) => inWindow(ctx.daysAgo(i.dueDate), w, 2 * w));
  if (recent.length + before.length === 0) return null;
  const lateIn = (list: ReadonlyArray<Invoice>) => list.filter((i) => daysLate(i, ctx) > p.graceDays).length;
  const now = lateIn(recent);
  const then = lateIn(before);
  return now > then ? 'down' : now < then ? 'up' : 'flat';
}
