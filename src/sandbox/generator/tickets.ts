/**
 * Support tickets drawn month by month from the account's health: more and
 * angrier tickets when health is low, feature requests when it is growing,
 * near silence from silent churners. Planted escalations land on their
 * dates. Closed tickets may get a CSAT response (a feedback submission).
 */
import type { People } from './contacts';
import { submitSurvey } from './surveys';
import type { AccountPlan } from './plan';
import type { Rng } from './prng';
import type { Sink } from './sink';
import { ANGRY_TICKETS, COMPETITORS, EXPANSION_TICKETS, FEATURES, fillTicket, NEGATIVE_TICKETS, NEUTRAL_TICKETS } from './text-tickets';
import { DEPARTMENTS } from './names';
import { CSAT_COMMENTS } from './text-activities';
import { DAY, HOUR, isoInstant } from './time';

type Tone = 'neutral' | 'negative' | 'angry' | 'expansion';

const MONTHLY_RATE: Record<AccountPlan['segment'], number> = { enterprise: 1.2, mid_market: 0.6, smb: 0.25, self_serve: 0.12 };

export function buildTickets(rng: Rng, sink: Sink, plan: AccountPlan, companyId: string, ownerId: string, people: People, asOf: number): void {
  const e = plan.events;
  const planned: [number, Tone][] = [
    ...e.escalations.map((at): [number, Tone] => [at, 'angry']),
    ...e.featureRequests.map((at): [number, Tone] => [at, 'expansion']),
  ];
  if (e.blip?.kind === 'angry_ticket') planned.push([e.blip.at, 'angry']);
  for (let from = plan.activityStart; from < plan.windowEnd; from += 30 * DAY) {
    const mid = Math.min(from + 15 * DAY, plan.windowEnd);
    const h = plan.health.at(mid);
    let rate = MONTHLY_RATE[plan.segment] * (0.6 + 1.6 * Math.max(0, 1 - h));
    if (plan.customerSince !== undefined && mid - plan.customerSince < 60 * DAY) rate *= 2; // onboarding questions
    if (e.silenceFrom !== undefined && mid >= e.silenceFrom && plan.trajectory === 'silent_churner') rate *= 0.25;
    for (let n = rng.poisson(rate); n > 0; n--) {
      const at = Math.min(from + rng.float(0, 30) * DAY, plan.windowEnd - HOUR);
      planned.push([at, toneFor(rng, plan.health.at(at))]);
    }
  }
  const used = new Set<string>();
  for (const [at, tone] of planned.sort((a, b) => a[0] - b[0])) {
    if (at > asOf || at < plan.activityStart) continue;
    addTicket(rng, sink, plan, companyId, ownerId, people, at, tone, asOf, used);
  }
}

function toneFor(rng: Rng, h: number): Tone {
  const pNegative = Math.min(0.75, 0.04 + 0.85 * (1 - h) * (1 - h));
  if (!rng.chance(pNegative)) return h > 0.9 && rng.chance(0.15) ? 'expansion' : 'neutral';
  return rng.chance(h < 0.45 ? 0.35 : 0.08) ? 'angry' : 'negative';
}

function addTicket(rng: Rng, sink: Sink, plan: AccountPlan, companyId: string, ownerId: string, people: People, at: number, tone: Tone, asOf: number, used: Set<string>): void {
  const corpus = tone === 'angry' ? ANGRY_TICKETS : tone === 'negative' ? NEGATIVE_TICKETS : tone === 'expansion' ? EXPANSION_TICKETS : NEUTRAL_TICKETS;
  // One account rarely files the same complaint twice: prefer a template it has not used.
  const fresh = corpus.filter((c) => !used.has(c[0]));
  const template = rng.pick(fresh.length > 0 ? fresh : corpus);
  used.add(template[0]);
  const t = fillTicket(template, { feature: rng.pick(FEATURES), competitor: rng.pick(COMPETITORS), department: rng.pick(DEPARTMENTS) });
  const priority = tone === 'angry' ? rng.pick(['HIGH', 'URGENT']) : tone === 'negative' ? rng.pick(['MEDIUM', 'HIGH']) : rng.pick(['LOW', 'LOW', 'MEDIUM']);
  const escalated = tone === 'angry' || (tone === 'negative' && rng.chance(0.15));
  const resolveDays = tone === 'angry' ? rng.float(2, 15) : tone === 'negative' ? rng.float(1, 10) : rng.float(0.1, 4);
  const closedAt = at + resolveDays * DAY;
  const closed = closedAt <= asOf && (plan.churnedAt === undefined || closedAt <= plan.windowEnd + 30 * DAY);
  const stages: [number, string][] = [[at, '1']];
  if (resolveDays > 1) stages.push([at + Math.min(resolveDays / 2, 2) * DAY, rng.pick(['2', '3'])]);
  if (closed) stages.push([closedAt, '4']);
  const requester = people.championAt(at) ?? people.activeAt(at)[0];
  const id = sink.add('tickets', {
    createdAt: at,
    properties: {
      subject: t.subject, content: t.content, hs_pipeline: '0', hs_ticket_priority: priority, hs_ticket_category: t.category,
      closed_date: closed ? isoInstant(closedAt) : undefined, hubspot_owner_id: ownerId, che_escalated: escalated,
    },
    versions: { hs_pipeline_stage: stages.filter(([s]) => s <= asOf) },
  });
  sink.associate('tickets', id, 'companies', companyId);
  if (requester) sink.associate('tickets', id, 'contacts', requester.id);
  if (!closed) return;
  const silent = plan.events.silenceFrom !== undefined && closedAt >= plan.events.silenceFrom;
  if (!rng.chance(silent ? 0.08 : 0.35)) return;
  const base = tone === 'angry' ? 1.6 : tone === 'negative' ? 2.8 : 4.5;
  const score = Math.max(1, Math.min(5, Math.round(base + (plan.health.at(closedAt) - 0.6) * 1.5 + rng.normal(0, 0.6))));
  const comments = score >= 4 ? CSAT_COMMENTS.high : score === 3 ? CSAT_COMMENTS.mid : CSAT_COMMENTS.low;
  const submittedAt = Math.min(asOf, closedAt + rng.float(0.05, 2) * DAY);
  submitSurvey(sink, {
    type: 'CSAT', name: 'Support ticket CSAT', value: score, content: rng.pick(comments), at: submittedAt,
    companyId, contactId: requester?.id, ticketId: id,
  });
}
