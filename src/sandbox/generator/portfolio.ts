/** Builds one account after another into a Sink, and the ground truth from the plans and the deal ids. */
import type { GroundTruth } from '../types';
import { buildCompany, setLastContacted } from './company';
import { buildContacts } from './contacts';
import { buildDeals } from './deals';
import { buildEngagements } from './engagements';
import { companyName } from './names';
import { planAccount } from './plan';
import type { Rng } from './prng';
import type { Sink } from './sink';
import { buildNps } from './surveys';
import { buildTickets } from './tickets';
import { isoInstant } from './time';

export function buildAccount(root: Rng, sink: Sink, index: number, ownerIds: string[], taken: Set<string>, asOf: number): GroundTruth | undefined {
  const rng = root.fork(`company:${index}`);
  const plan = planAccount(rng.fork('plan'), index, asOf);
  const { name, domain } = companyName(rng.fork('name'), index, taken);
  const ownerId = ownerIds[index % ownerIds.length]!;
  const companyId = buildCompany(rng.fork('company'), sink, plan, { name, domain, ownerId }, asOf);
  const people = buildContacts(rng.fork('contacts'), sink, plan, companyId, domain, ownerId, asOf);
  const deals = buildDeals(rng.fork('deals'), sink, plan, companyId, name, ownerId, asOf);
  if (plan.kind !== 'prospect') {
    buildTickets(rng.fork('tickets'), sink, plan, companyId, ownerId, people, asOf);
    buildNps(rng.fork('nps'), sink, plan, companyId, people, asOf);
  }
  const last = buildEngagements(rng.fork('engagements'), sink, { plan, companyId, companyName: name, ownerId, people }, asOf);
  setLastContacted(sink, companyId, last);
  if (plan.kind === 'prospect') return undefined;
  const truth: GroundTruth = {
    companyId,
    name,
    trajectory: plan.trajectory,
    segment: plan.segment,
    arr: plan.arr,
    pastRenewals: plan.pastRenewals.map((r, i) => ({ dealId: deals.pastRenewals[i]!, closeDate: isoInstant(r.at), outcome: r.outcome, amount: r.amount })),
  };
  if (plan.nextRenewal && deals.nextRenewal) {
    truth.nextRenewal = { dealId: deals.nextRenewal, closeDate: isoInstant(plan.nextRenewal.at), amount: plan.nextRenewal.amount, expectedOutcome: plan.nextRenewal.expected };
  }
  if (plan.firstWarningAt !== undefined) truth.firstWarningAt = isoInstant(plan.firstWarningAt);
  return truth;
}
