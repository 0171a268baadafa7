/**
 * Meetings, emails, calls, notes and tasks. Cadence follows the segment;
 * attendance, replies and call connections follow health; planted events
 * leave CSM notes on their dates. Returns when the account was last contacted
 * (HubSpot's `notes_last_contacted` roll-up).
 */
import type { People, Person } from './contacts';
import type { AccountPlan } from './plan';
import type { Rng } from './prng';
import type { Sink } from './sink';
import { CALL_TITLES, INBOUND_EMAIL_SUBJECTS, INBOUND_EMAIL_TEXTS, INBOUND_RISK_EMAIL_TEXTS, OUTBOUND_EMAIL_SUBJECTS, TASK_SUBJECTS } from './text-activities';
import { FEATURES } from './text-tickets';
import { plantedNotes, routineNote } from './notes';
import { atWorkHour, DAY, isoInstant, startOfDay } from './time';

export interface Account {
  plan: AccountPlan;
  companyId: string;
  companyName: string;
  ownerId: string;
  people: People;
}

type MeetingKind = 'qbr' | 'check_in' | 'exec' | 'training' | 'onboarding';

/** Days between meetings of a kind, per segment (a CS team's usual coverage model). */
const CADENCE: Record<AccountPlan['segment'], Partial<Record<MeetingKind, number>>> = {
  enterprise: { qbr: 91, check_in: 45, exec: 182, training: 182 },
  mid_market: { qbr: 91, check_in: 91 },
  smb: { qbr: 182 },
  self_serve: {},
};

const EMAILS_PER_MONTH: Record<AccountPlan['segment'], number> = { enterprise: 1.2, mid_market: 0.6, smb: 0.25, self_serve: 0.08 };
const CALLS_PER_MONTH: Record<AccountPlan['segment'], number> = { enterprise: 0.5, mid_market: 0.25, smb: 0.08, self_serve: 0.02 };

export function buildEngagements(rng: Rng, sink: Sink, a: Account, asOf: number): number | undefined {
  let lastContact: number | undefined;
  const contacted = (at: number) => {
    if (at <= asOf && (lastContact === undefined || at > lastContact)) lastContact = at;
  };
  meetings(rng.fork('meetings'), sink, a, asOf, contacted);
  emails(rng.fork('emails'), sink, a, asOf, contacted);
  calls(rng.fork('calls'), sink, a, asOf, contacted);
  notes(rng.fork('notes'), sink, a, asOf);
  tasks(rng.fork('tasks'), sink, a, asOf);
  return lastContact;
}

function link(sink: Sink, type: 'meetings' | 'emails' | 'calls' | 'notes' | 'tasks', id: string, a: Account, person?: Person): void {
  sink.associate(type, id, 'companies', a.companyId);
  if (person) sink.associate(type, id, 'contacts', person.id);
}

function silent(a: Account, at: number): boolean {
  return a.plan.events.silenceFrom !== undefined && at >= a.plan.events.silenceFrom;
}

function meetings(rng: Rng, sink: Sink, a: Account, asOf: number, contacted: (at: number) => void): void {
  const { plan } = a;
  const slots: [number, MeetingKind][] = [];
  if (plan.customerSince !== undefined && plan.customerSince + 3 * DAY >= plan.activityStart) slots.push([plan.customerSince + 3 * DAY, 'onboarding']);
  if (plan.trajectory === 'new' && plan.customerSince !== undefined) {
    for (const d of [14, 35]) slots.push([plan.customerSince + d * DAY, 'training']);
  }
  const horizon = plan.churnedAt === undefined ? asOf + 30 * DAY : plan.churnedAt;
  for (const [kind, every] of Object.entries(CADENCE[plan.segment]) as [MeetingKind, number][]) {
    const offset = rng.int(0, every - 1) * DAY;
    for (let at = plan.activityStart + offset; at <= horizon; at += every * DAY) slots.push([at, kind]);
  }
  const blip = plan.events.blip;
  let blipUsed = false;
  for (const [day, kind] of slots.sort((x, y) => x[0] - y[0])) {
    const at = atWorkHour(day, rng.int(0, 31));
    const future = at > asOf;
    if (future && (kind === 'training' || at > asOf + 30 * DAY)) continue;
    const h = plan.health.at(Math.min(at, asOf));
    let pDone = (0.5 + 0.45 * Math.min(1, h)) * (silent(a, at) ? 0.6 : 1);
    if (kind === 'qbr' && plan.firstWarningAt !== undefined && at >= plan.firstWarningAt) pDone *= 0.7;
    let outcome = future ? 'SCHEDULED' : rng.chance(pDone) ? 'COMPLETED' : rng.weighted([['CANCELED', 4], ['NO_SHOW', 3], ['RESCHEDULED', 3]] as const);
    if (!future && !blipUsed && blip?.kind === 'canceled_qbr' && kind === 'qbr' && at >= blip.at) {
      outcome = 'CANCELED';
      blipUsed = true;
    }
    const who = kind === 'exec' ? a.people.activeAt(at).find((p) => p.labels.includes('executive_sponsor')) ?? a.people.championAt(at) : a.people.championAt(at);
    const minutes = kind === 'qbr' || kind === 'training' ? 60 : kind === 'exec' ? 45 : 30;
    const id = sink.add('meetings', {
      createdAt: Math.min(asOf, at - rng.int(3, 20) * DAY),
      updatedAt: future ? undefined : Math.min(asOf, at + rng.int(1, 36) * 3_600_000),
      properties: {
        hs_timestamp: isoInstant(at), hs_meeting_title: meetingTitle(rng, kind, a.companyName), hs_meeting_body: meetingBody(kind),
        hs_meeting_start_time: isoInstant(at), hs_meeting_end_time: isoInstant(at + minutes * 60_000),
        hs_meeting_outcome: outcome, hubspot_owner_id: a.ownerId,
      },
    });
    link(sink, 'meetings', id, a, who);
    if (outcome === 'COMPLETED') contacted(at + minutes * 60_000);
  }
}

/** Titles carry the meeting kind: "Quarterly Business Review", "Check-in", "Executive sync", "Training:", "Onboarding kickoff". */
function meetingTitle(rng: Rng, kind: MeetingKind, company: string): string {
  switch (kind) {
    case 'qbr': return `Quarterly Business Review – ${company}`;
    case 'check_in': return `${rng.pick(['Monthly check-in', 'Check-in', 'Success check-in'])} – ${company}`;
    case 'exec': return `Executive sync – ${company}`;
    case 'training': return `Training: ${rng.pick(FEATURES)}`;
    case 'onboarding': return `Onboarding kickoff – ${company}`;
  }
}

function meetingBody(kind: MeetingKind): string {
  switch (kind) {
    case 'qbr': return 'Agenda: usage and adoption review, goals for next quarter, roadmap preview, renewal timeline.';
    case 'check_in': return 'Agenda: open questions, adoption progress, upcoming changes.';
    case 'exec': return 'Executive alignment on business outcomes and the partnership plan.';
    case 'training': return 'Hands-on training for admins and power users.';
    case 'onboarding': return 'Kickoff: goals, success criteria, rollout plan and training schedule.';
  }
}

function emails(rng: Rng, sink: Sink, a: Account, asOf: number, contacted: (at: number) => void): void {
  const { plan } = a;
  for (let from = plan.activityStart; from < plan.windowEnd; from += 30 * DAY) {
    // CSMs chase accounts that go quiet or sour: more outbound when health is low.
    const chasing = plan.health.at(from + 15 * DAY) < 0.5 ? 1.6 : 1;
    for (let n = rng.poisson(EMAILS_PER_MONTH[plan.segment] * chasing); n > 0; n--) {
      const at = atWorkHour(Math.min(from + rng.float(0, 30) * DAY, plan.windowEnd), rng.int(0, 31));
      if (at > asOf) continue;
      const to = a.people.addresseeAt(rng, at);
      const bounced = to?.departedAt !== undefined && to.departedAt <= at;
      const out = sink.add('emails', {
        createdAt: at,
        properties: {
          hs_timestamp: isoInstant(at), hs_email_direction: 'EMAIL', hs_email_subject: rng.pick(OUTBOUND_EMAIL_SUBJECTS),
          hs_email_text: `Hi ${to?.firstName ?? 'there'}, ${rng.pick(['just checking in on how things are going.', 'sharing the notes from our last call.', 'here is the recording from the training.', 'could we find 30 minutes for a review next week?'])}`,
          hs_email_status: bounced ? 'BOUNCED' : 'SENT', hubspot_owner_id: a.ownerId,
        },
      });
      link(sink, 'emails', out, a, to);
      if (bounced) continue;
      contacted(at);
      const h = plan.health.at(at);
      if (!to || !rng.chance((0.15 + 0.6 * Math.min(1, h)) * (silent(a, at) ? 0.15 : 1))) continue;
      const replyAt = at + rng.float(0.1, h > 0.6 ? 2 : 6) * DAY;
      if (replyAt > asOf) continue;
      const risky = h < 0.45 && rng.chance(0.35);
      const inbound = sink.add('emails', {
        createdAt: replyAt,
        properties: {
          hs_timestamp: isoInstant(replyAt), hs_email_direction: 'INCOMING_EMAIL', hs_email_subject: rng.pick(INBOUND_EMAIL_SUBJECTS),
          hs_email_text: risky ? rng.pick(INBOUND_RISK_EMAIL_TEXTS) : rng.pick(INBOUND_EMAIL_TEXTS), hubspot_owner_id: a.ownerId,
        },
      });
      link(sink, 'emails', inbound, a, to);
      contacted(replyAt);
    }
  }
}

function calls(rng: Rng, sink: Sink, a: Account, asOf: number, contacted: (at: number) => void): void {
  const { plan } = a;
  for (let from = plan.activityStart; from < plan.windowEnd; from += 30 * DAY) {
    for (let n = rng.poisson(CALLS_PER_MONTH[plan.segment]); n > 0; n--) {
      const at = atWorkHour(Math.min(from + rng.float(0, 30) * DAY, plan.windowEnd), rng.int(0, 31));
      if (at > asOf) continue;
      const h = plan.health.at(at);
      const connected = rng.chance((0.35 + 0.55 * Math.min(1, h)) * (silent(a, at) ? 0.4 : 1));
      const inbound = connected && rng.chance(0.1 + 0.2 * h);
      const id = sink.add('calls', {
        createdAt: at,
        properties: {
          hs_timestamp: isoInstant(at), hs_call_title: rng.pick(CALL_TITLES), hs_call_direction: inbound ? 'INBOUND' : 'OUTBOUND',
          hs_call_disposition: connected ? 'Connected' : rng.pick(['Left voicemail', 'No answer', 'Busy']),
          hs_call_duration: connected ? rng.int(300, 1800) * 1000 : rng.int(15, 60) * 1000,
          hs_call_body: connected ? 'Talked through current priorities and open items.' : 'Tried to reach the contact; no answer.',
          hubspot_owner_id: a.ownerId,
        },
      });
      link(sink, 'calls', id, a, a.people.championAt(at));
      if (connected) contacted(at);
    }
  }
}

function notes(rng: Rng, sink: Sink, a: Account, asOf: number): void {
  const { plan } = a;
  const every = plan.segment === 'enterprise' || plan.segment === 'mid_market' ? 91 : plan.segment === 'smb' ? 182 : 0;
  const all: [number, string][] = [];
  if (every > 0) for (let at = plan.activityStart + rng.int(5, every) * DAY; at <= Math.min(asOf, plan.windowEnd); at += every * DAY) all.push([at, routineNote(rng, a.people.championAt(at))]);
  all.push(...plantedNotes(rng, plan, a.people, asOf));
  for (const [day, body] of all) {
    const at = Math.min(asOf, atWorkHour(day, rng.int(0, 31)));
    const id = sink.add('notes', { createdAt: at, properties: { hs_timestamp: isoInstant(at), hs_note_body: body, hubspot_owner_id: a.ownerId } });
    link(sink, 'notes', id, a);
  }
}

function tasks(rng: Rng, sink: Sink, a: Account, asOf: number): void {
  const { plan } = a;
  if (plan.kind === 'prospect') return;
  const list: [number, (typeof TASK_SUBJECTS)[number]][] = [];
  for (let n = rng.int(0, 2); n > 0; n--) list.push([startOfDay(asOf) + rng.int(-80, 20) * DAY, rng.pick(TASK_SUBJECTS)]);
  if (plan.nextRenewal && plan.nextRenewal.at - asOf < 90 * DAY) list.push([plan.nextRenewal.at - 45 * DAY, TASK_SUBJECTS[1]]);
  for (const [due, [subject, body]] of list) {
    if (due < plan.activityStart || (plan.churnedAt !== undefined && due > plan.windowEnd)) continue;
    const past = due < asOf;
    const done = past && rng.chance(0.4 + 0.5 * Math.min(1, plan.health.at(due)));
    const createdAt = Math.min(asOf - DAY, due - rng.int(3, 20) * DAY);
    const id = sink.add('tasks', {
      createdAt,
      properties: {
        hs_timestamp: isoInstant(atWorkHour(due, 16)), hs_task_subject: subject, hs_task_body: body,
        hs_task_priority: rng.pick(['LOW', 'MEDIUM', 'HIGH']), hs_task_type: 'TODO', hubspot_owner_id: a.ownerId,
      },
      versions: { hs_task_status: done ? [[createdAt, 'NOT_STARTED'], [Math.min(asOf, due), 'COMPLETED']] : [[createdAt, 'NOT_STARTED']] },
    });
    link(sink, 'tasks', id, a);
  }
}
