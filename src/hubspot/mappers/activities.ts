/**
 * Tickets, feedback submissions, meetings and emails → snapshot lists.
 * Records dated after asOf are left out (except meetings scheduled ahead);
 * a record whose date does not parse is dropped with a warning.
 */
import type { AccountSnapshot, Ticket } from '../../core/contract';
import type { Mapping } from '../mapping/schema';
import type { HsRecord } from './records';
import type { StageMeta } from './deals';
import { bool, date, num, oneOf, text, type Warnings } from './values';

type Sentiment = NonNullable<Ticket['sentiment']>;
type Meeting = NonNullable<NonNullable<AccountSnapshot['engagement']>['meetings']>[number];
type Email = NonNullable<NonNullable<AccountSnapshot['engagement']>['emails']>[number];
type Survey = NonNullable<AccountSnapshot['surveys']>[number];

/** Sentiment of a text: negative phrases win over positive ones; neither is neutral. */
export function sentimentOf(body: string, m: Mapping): Sentiment {
  const lower = body.toLowerCase();
  if (m.sentimentPhrases.negative.some((p) => lower.includes(p.toLowerCase()))) return 'negative';
  if (m.sentimentPhrases.positive.some((p) => lower.includes(p.toLowerCase()))) return 'positive';
  return 'neutral';
}

/** Ticket closed stages: the mapping's explicit list, else the pipelines' isClosed metadata. */
export function isClosedTicket(rec: HsRecord, m: Mapping, stages: StageMeta): boolean {
  const key = `${rec.properties[m.tickets.pipeline] ?? '0'}:${rec.properties[m.tickets.stage] ?? ''}`;
  if (m.tickets.closedStages.length > 0) return m.tickets.closedStages.includes(key);
  return stages.get(key)?.isClosed === 'true';
}

export function ticketTextOf(rec: HsRecord, m: Mapping): string {
  return m.tickets.text.map((p) => text(rec.properties[p])).filter(Boolean).join('\n');
}

export function ticketOf(rec: HsRecord, m: Mapping, stages: StageMeta, asOf: string, warnings: Warnings, csat?: number): Ticket | undefined {
  const t = m.tickets;
  const p = rec.properties;
  const src = { warnings, record: `ticket ${rec.id}` };
  const createdAt = date(p.createdate ?? rec.createdAt, 'createdate', src);
  if (!createdAt || createdAt > asOf) return undefined;
  const body = ticketTextOf(rec, m);
  const closedAt = isClosedTicket(rec, m, stages) ? date(p[t.closedDate], t.closedDate, src) ?? date(rec.updatedAt, 'updatedAt', src) : undefined;
  const ticket: Ticket = { id: rec.id, createdAt };
  if (closedAt && closedAt <= asOf) ticket.closedAt = closedAt;
  const priority = oneOf(p[t.priority.property], t.priority.values, t.priority.property, src);
  if (priority) ticket.priority = priority;
  const sentiment = t.sentiment ? oneOf(p[t.sentiment.property], t.sentiment.values, t.sentiment.property, src) : body ? sentimentOf(body, m) : undefined;
  if (sentiment) ticket.sentiment = sentiment;
  const escalated = t.escalated ? bool(p[t.escalated], t.escalated, src) : undefined;
  if (escalated !== undefined) ticket.escalated = escalated;
  if (csat !== undefined) ticket.csat = csat;
  if (body) ticket.text = body;
  return ticket;
}

export function surveyOf(rec: HsRecord, m: Mapping, asOf: string, warnings: Warnings): Survey | undefined {
  const s = m.surveys;
  const p = rec.properties;
  const src = { warnings, record: `feedback submission ${rec.id}` };
  const rawType = text(p[s.type]);
  const type = rawType === undefined ? undefined : s.types[rawType] ?? s.types[rawType.toUpperCase()];
  if (!type) return undefined; // CES and other survey kinds do not feed NPS/CSAT
  const [lo, hi] = type === 'nps' ? [0, 10] : [1, 5];
  const score = num(p[s.value], s.value, src, { min: lo, max: hi });
  const at = date(p[s.date] ?? rec.createdAt, s.date, src);
  if (score === undefined || !at || at > asOf) return undefined;
  const comment = text(p[s.comment]);
  return { type, score, date: at, ...(comment ? { comment } : {}) };
}

export function meetingOf(rec: HsRecord, m: Mapping, asOf: string, warnings: Warnings): Meeting | undefined {
  const mm = m.meetings;
  const p = rec.properties;
  const src = { warnings, record: `meeting ${rec.id}` };
  const at = date(p[mm.date], mm.date, src);
  if (!at) return undefined;
  const ahead = new Date(Date.parse(asOf) + mm.aheadDays * 86_400_000).toISOString();
  if (at > ahead) return undefined;
  let outcome = oneOf(p[mm.outcome], mm.outcomes, mm.outcome, src);
  // A meeting in the future is scheduled whatever its outcome says (asOf may lie in the past).
  if (at > asOf) outcome = 'scheduled';
  if (!outcome) return undefined; // a past meeting with no outcome logged says nothing about attendance
  const title = (text(p[mm.title]) ?? '').toLowerCase();
  const kind = mm.kinds.find((k) => k.keywords.some((w) => title.includes(w.toLowerCase())))?.kind ?? 'other';
  return { date: at, kind, outcome };
}

export function emailOf(rec: HsRecord, m: Mapping, asOf: string, warnings: Warnings): Email | undefined {
  const e = m.emails;
  const p = rec.properties;
  const src = { warnings, record: `email ${rec.id}` };
  const at = date(p[e.date], e.date, src);
  const dir = text(p[e.direction]);
  if (!at || at > asOf || !dir) return undefined;
  if (e.inbound.includes(dir)) return { date: at, direction: 'inbound' };
  if (e.outbound.includes(dir)) return { date: at, direction: 'outbound' };
  return undefined;
}
