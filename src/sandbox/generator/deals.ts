/**
 * Deals of an account: the original purchase, one renewal deal per contract
 * year (closed won/lost in the past, the next one open), and expansion deals.
 * Returns the ids the ground truth needs.
 */
import { LOST_REASONS } from './text-activities';
import type { AccountPlan } from './plan';
import { RENEWAL_STAGES, RENEWALS_PIPELINE_ID, SALES_STAGES } from './pipelines';
import type { Rng } from './prng';
import type { Sink } from './sink';
import { DAY, isoInstant } from './time';

export interface DealIds {
  pastRenewals: string[];
  nextRenewal?: string;
}

export function buildDeals(rng: Rng, sink: Sink, plan: AccountPlan, companyId: string, companyName: string, ownerId: string, asOf: number): DealIds {
  const add = (name: string, createdAt: number, props: Record<string, string | number | undefined>, stages: [number, string][]) => {
    const id = sink.add('deals', {
      createdAt,
      properties: { dealname: name, hubspot_owner_id: ownerId, ...props },
      versions: { dealstage: stages },
    });
    sink.associate('deals', id, 'companies', companyId);
    return id;
  };
  if (plan.kind === 'prospect') {
    if (rng.chance(0.5)) {
      const created = Math.max(plan.createdAt, asOf - 60 * DAY);
      add(`${companyName} – New business`, created, {
        pipeline: 'default', dealtype: 'newbusiness', amount: plan.arr, closedate: isoInstant(asOf + rng.int(20, 120) * DAY),
      }, [[created, SALES_STAGES.qualified]]);
    }
    return { pastRenewals: [] };
  }
  const since = plan.customerSince!;
  const firstAmount = plan.pastRenewals[0]?.amount ?? plan.nextRenewal?.amount ?? plan.arr;
  add(`${companyName} – New business`, plan.createdAt, {
    pipeline: 'default', dealtype: 'newbusiness', amount: firstAmount, closedate: isoInstant(since),
  }, [[plan.createdAt, SALES_STAGES.qualified], [since - 20 * DAY, SALES_STAGES.contract], [since, SALES_STAGES.won]]);

  const ids: DealIds = { pastRenewals: [] };
  let previousClose = since;
  for (const r of plan.pastRenewals) {
    const created = previousClose;
    const won = r.outcome === 'won';
    ids.pastRenewals.push(add(`${companyName} – Renewal ${yearOf(r.at)}`, created, {
      pipeline: RENEWALS_PIPELINE_ID, dealtype: 'existingbusiness', amount: r.amount, closedate: isoInstant(r.at),
      closed_lost_reason: won ? undefined : rng.pick(LOST_REASONS),
    }, [[created, RENEWAL_STAGES.upcoming], [r.at - rng.int(50, 90) * DAY, RENEWAL_STAGES.engaged],
      [r.at - rng.int(10, 45) * DAY, RENEWAL_STAGES.negotiation], [r.at, won ? RENEWAL_STAGES.won : RENEWAL_STAGES.lost]]));
    previousClose = r.at;
  }
  if (plan.nextRenewal) {
    const r = plan.nextRenewal;
    const days = (r.at - asOf) / DAY;
    const stages: [number, string][] = [[previousClose, RENEWAL_STAGES.upcoming]];
    if (days < 120) stages.push([Math.min(asOf - DAY, r.at - rng.int(100, 130) * DAY), RENEWAL_STAGES.engaged]);
    if (days < 60) stages.push([Math.min(asOf - DAY, r.at - rng.int(45, 60) * DAY), RENEWAL_STAGES.negotiation]);
    if (days < 40 && r.expected === 'won' && plan.health.at(asOf) > 0.6) stages.push([asOf - rng.int(1, 5) * DAY, RENEWAL_STAGES.committed]);
    ids.nextRenewal = add(`${companyName} – Renewal ${yearOf(r.at)}`, previousClose, {
      pipeline: RENEWALS_PIPELINE_ID, dealtype: 'existingbusiness', amount: r.amount, closedate: isoInstant(r.at),
    }, stages.filter(([at]) => at >= previousClose));
  }
  const x = plan.events.expansionDeal;
  if (x) {
    const stages: [number, string][] = [[x.at, SALES_STAGES.qualified]];
    if (x.won) stages.push([x.closeAt, SALES_STAGES.won]);
    else if (rng.chance(0.5)) stages.push([Math.min(asOf - DAY, x.at + rng.int(3, 20) * DAY), SALES_STAGES.presentation]);
    add(`${companyName} – Expansion (${x.won ? 'added seats' : 'new team'})`, x.at, {
      pipeline: 'default', dealtype: 'existingbusiness', amount: x.amount, closedate: isoInstant(x.closeAt),
    }, stages);
  }
  return ids;
}

function yearOf(ms: number): number {
  return new Date(ms).getUTCFullYear();
}
