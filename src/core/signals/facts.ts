/**
 * Facts derived from the raw snapshot that several signals share. Each fact is
 * either absent (null / empty list: the data does not show it — never bad news
 * by default) or a value with the evidence sentences that prove it, carrying
 * the actual numbers, names and dates.
 *
 * | fact                     | rule                                                                                   |
 * |--------------------------|----------------------------------------------------------------------------------------|
 * | monthly change           | a metric now / last 30 d vs 30 days ago / the 30 d before (active users, logins, core actions, API calls) |
 * | usage decline (30 d)     | active users now vs 30 days ago, else logins last 30 d vs previous 30 d: % fallen ≥ a minimum |
 * | usage collapse           | active users now < 25% of the mean of d30/d60/d90 present; else logins < 25% of prev30 |
 * | stakeholder changes      | stakeholders of given roles in given statuses, newest first, undated last              |
 * | outreach non-response    | ≥ 2 outbound emails since the last inbound; or last two meetings canceled / no-show;   |
 * |                          | or last contact > 30 days ago with outbound emails, and no inbound one, since          |
 * | escalated tickets        | escalated tickets of priority high / urgent created in the last 90 days                |
 * | negative tone            | negative-sentiment tickets or HOSTILE_PHRASES in ticket text / survey comments, 90 d   |
 * | competitor mention       | flags.competitorMentioned, or COMPETITOR_PHRASES in ticket text / survey comments, 180 d |
 * | text mentions            | the first phrase of a list found in each ticket (and survey comment), quoted           |
 */
import type { Stakeholder } from '../contract';
import type { ScoringContext } from '../context';
import { COMPETITOR_PHRASES, HOSTILE_PHRASES, findPhrase, quote } from '../text';
import { describeChange, fmtMoney, fmtNum, fmtPct, pctChange } from '../scale';
import { sortInPlace } from '../sort';

/** Active users (or logins) below this share of their trailing average count as a collapse (seed 002: "below 25%"). */
export const COLLAPSE_SHARE = 0.25;
/** Consecutive unanswered outreach emails that make "not responding to outreach". */
export const UNANSWERED_EMAILS_MIN = 2;
/** Meetings in a row canceled or no-show that make "not responding" (the last two). */
export const MISSED_MEETINGS_MIN = 2;
/** Days since the last two-way contact after which outreach sent since counts as unanswered. */
export const SILENT_CONTACT_DAYS = 30;
/** How far back tickets and survey comments are read for tone and escalations. */
export const TONE_WINDOW_DAYS = 90;
/** How far back ticket text and survey comments are read for competitor mentions. */
export const COMPETITOR_WINDOW_DAYS = 180;

export interface Fact<T> {
  value: T;
  evidence: string[];
}

// ── dates and wording ──────────────────────────────────────────────────────

/** The calendar day of an ISO date or date-time. */
export const day = (iso: string): string => iso.slice(0, 10);

/**
 * Whether `iso` falls in the last `days` days. A timestamp later on the asOf day
 * itself (asOf is often a bare date, i.e. midnight) still counts as today.
 */
export function inLastDays(ctx: ScoringContext, iso: string | undefined, days: number): boolean {
  const d = ctx.daysAgo(iso);
  return d > -1 && d <= days;
}

export interface Dated<T> {
  item: T;
  /** days before asOf (fractional). */
  age: number;
}

/** The items dated in the past (a timestamp later today included), newest first; each date is parsed once. */
export function newestFirst<T>(ctx: ScoringContext, items: ReadonlyArray<T> | undefined, dateOf: (item: T) => string): Array<Dated<T>> {
  const dated: Array<Dated<T>> = [];
  for (const item of items ?? []) {
    const age = ctx.daysAgo(dateOf(item));
    if (age > -1) dated.push({ item, age });
  }
  return sortInPlace(dated, (a, b) => a.age - b.age);
}

/** "21 days ago (2026-11-01)", "today (2026-11-22)", "in 5 days (2026-11-27)". */
export function when(ctx: ScoringContext, iso: string): string {
  const d = Math.trunc(ctx.daysAgo(iso)); // toward zero: later today is "today", not "in 1 day"
  const rel = d === 0 ? 'today' : d > 0 ? `${d} day${d === 1 ? '' : 's'} ago` : `in ${-d} day${d === -1 ? '' : 's'}`;
  return `${rel} (${day(iso)})`;
}

/** "+$20,000", "-$5,000", "$0". */
export function signedMoney(value: number): string {
  const abs = fmtMoney(Math.abs(value));
  return value > 0 ? `+${abs}` : value < 0 ? `-${abs}` : abs;
}

const ROLE_LABEL: Record<Stakeholder['role'], string> = {
  champion: 'champion',
  executive_sponsor: 'executive sponsor',
  decision_maker: 'decision maker',
  admin: 'admin',
  user: 'user',
};
const STATUS_VERB: Record<Stakeholder['status'], string> = {
  departed: 'departed',
  changed_role: 'changed role',
  new: 'joined',
  promoted: 'was promoted',
  active: 'active',
};

/** "champion Jane Roe (VP Operations)". */
export function person(p: Stakeholder): string {
  return `${ROLE_LABEL[p.role]} ${p.name}${p.title ? ` (${p.title})` : ''}`;
}

// ── usage ──────────────────────────────────────────────────────────────────

export type MonthlyMetric = 'active users' | 'logins' | 'core actions' | 'API calls';

export interface MonthlyChange {
  metric: MonthlyMetric;
  now: number;
  before: number;
  /** % change, negative when falling. */
  changePct: number;
}

/** A metric's change over the last month, or null when either side is missing or the base is 0. */
export function monthlyChange(ctx: ScoringContext, metric: MonthlyMetric): MonthlyChange | null {
  const usage = ctx.snapshot.usage;
  let now: number | undefined;
  let before: number | undefined;
  if (metric === 'active users') {
    now = usage?.activeUsers?.now;
    before = usage?.activeUsers?.d30;
  } else {
    const w = metric === 'logins' ? usage?.logins : metric === 'core actions' ? usage?.coreActions : usage?.apiCalls;
    now = w?.last30;
    before = w?.prev30;
  }
  if (now === undefined || before === undefined) return null;
  const changePct = pctChange(now, before);
  if (changePct === null) return null;
  return { metric, now, before, changePct };
}

/** "active users 30, down 45% from 55 thirty days ago" (formatted only for signals that fire). */
export function describeMonthly(c: MonthlyChange): string {
  return c.metric === 'active users'
    ? `active users ${fmtNum(c.now)}, ${describeChange(c.now, c.before)} thirty days ago`
    : `${c.metric} ${fmtNum(c.now)} in the last 30 days, ${describeChange(c.now, c.before)} in the 30 days before`;
}

/** Usage fell at least `minPct` % over 30 days (value = % fallen): active users, else logins. */
export function usageDecline30(ctx: ScoringContext, minPct: number): Fact<number> | null {
  const change = monthlyChange(ctx, 'active users') ?? monthlyChange(ctx, 'logins');
  if (!change || -change.changePct < minPct) return null;
  return { value: -change.changePct, evidence: [describeMonthly(change)] };
}

/** Usage below COLLAPSE_SHARE of its trailing average: value = the share (0-1). */
export function usageCollapse(ctx: ScoringContext): Fact<number> | null {
  const usage = ctx.snapshot.usage;
  const au = usage?.activeUsers;
  const trailing: Array<[string, number]> = [];
  for (const key of ['d30', 'd60', 'd90'] as const) {
    const v = au?.[key];
    if (v !== undefined) trailing.push([key, v]);
  }
  if (au?.now !== undefined && trailing.length > 0) {
    const avg = trailing.reduce((s, [, v]) => s + v, 0) / trailing.length;
    if (avg <= 0) return null;
    const share = au.now / avg;
    if (share >= COLLAPSE_SHARE) return null;
    const parts = trailing.map(([k, v]) => `${k} ${fmtNum(v)}`).join(', ');
    return { value: share, evidence: [`active users ${fmtNum(au.now)}, ${fmtPct(share * 100)} of the trailing 90-day average of ${fmtNum(avg)} (${parts})`] };
  }
  const logins = usage?.logins;
  if (logins?.last30 !== undefined && logins.prev30 !== undefined && logins.prev30 > 0) {
    const share = logins.last30 / logins.prev30;
    if (share >= COLLAPSE_SHARE) return null;
    return { value: share, evidence: [`logins ${fmtNum(logins.last30)} in the last 30 days, ${fmtPct(share * 100)} of the ${fmtNum(logins.prev30)} in the 30 days before`] };
  }
  return null;
}

// ── people ─────────────────────────────────────────────────────────────────

export interface StakeholderChange {
  person: Stakeholder;
  /** Whole days since the status began; null when `since` is missing. */
  daysAgo: number | null;
  evidence: string;
}

/** Stakeholders of `roles` (all roles when omitted) in one of `statuses`, newest change first, undated last. */
export function stakeholderChanges(
  ctx: ScoringContext,
  statuses: ReadonlyArray<Stakeholder['status']>,
  roles?: ReadonlyArray<Stakeholder['role']>,
): StakeholderChange[] {
  // Filtering the one stably sorted list gives the order sorting each selection would.
  return everyStakeholderChange(ctx).filter((c) => statuses.includes(c.person.status) && (!roles || roles.includes(c.person.role)));
}

/** Every stakeholder as a change, newest first: six detectors ask, so it is built once per assessment. */
function everyStakeholderChange(ctx: ScoringContext): StakeholderChange[] {
  return ctx.memo('stakeholderChanges', () => sortInPlace(
    (ctx.snapshot.stakeholders ?? []).map((p): StakeholderChange => new Change(ctx, p)),
    (a, b) => (a.daysAgo ?? Infinity) - (b.daysAgo ?? Infinity),
  ));
}

/** A stakeholder's change, worded only when a signal quotes it (most are never quoted). */
class Change implements StakeholderChange {
  readonly daysAgo: number | null;
  private words: string | undefined;

  constructor(private readonly ctx: ScoringContext, readonly person: Stakeholder) {
    const d = person.since !== undefined ? ctx.daysAgo(person.since) : NaN;
    this.daysAgo = Number.isFinite(d) ? Math.trunc(d) : null;
  }

  get evidence(): string {
    if (this.words === undefined) {
      const p = this.person;
      const at = p.since !== undefined && this.daysAgo !== null ? when(this.ctx, p.since) : '(date unknown)';
      this.words = `${person(p)} ${STATUS_VERB[p.status]} ${at}`;
    }
    return this.words;
  }
}

/** Whether a change happened within `days` (undated changes count: the status itself is current news). */
export const changedWithin = (c: StakeholderChange, days: number): boolean => c.daysAgo === null || c.daysAgo <= days;

/** Champions who departed or changed role, newest first. */
export const championDepartures = (ctx: ScoringContext): StakeholderChange[] =>
  ctx.memo('championDepartures', () => stakeholderChanges(ctx, ['departed', 'changed_role'], ['champion']));

// ── outreach ───────────────────────────────────────────────────────────────

/** The client is not responding: unanswered emails, missed meetings, or silence despite outreach. */
export function outreachNonResponse(ctx: ScoringContext): Fact<true> | null {
  return ctx.memo('outreachNonResponse', () => computeOutreachNonResponse(ctx));
}

function computeOutreachNonResponse(ctx: ScoringContext): Fact<true> | null {
  const eng = ctx.snapshot.engagement;
  const evidence: string[] = [];
  const emails = newestFirst(ctx, eng?.emails, (e) => e.date);

  // newest first, so the consecutive unanswered outreach is the run of outbound emails before the first inbound one
  const lastReply = emails.findIndex((e) => e.item.direction === 'inbound');
  const unanswered = lastReply === -1 ? emails.length : lastReply;
  if (unanswered >= UNANSWERED_EMAILS_MIN) {
    const lastInbound = emails[lastReply]?.item;
    evidence.push(`last ${unanswered} outreach emails unanswered; ${lastInbound ? `last reply from the client ${when(ctx, lastInbound.date)}` : 'no reply on record'}`);
  }

  const meetings = newestFirst(ctx, eng?.meetings?.filter((m) => m.outcome !== 'scheduled' && m.outcome !== 'rescheduled'), (m) => m.date)
    .slice(0, MISSED_MEETINGS_MIN)
    .map((e) => e.item);
  if (meetings.length === MISSED_MEETINGS_MIN && meetings.every((m) => m.outcome === 'canceled' || m.outcome === 'no_show')) {
    const list = meetings.map((m) => `${(m.kind ?? 'meeting').replace('_', '-')} ${day(m.date)} ${m.outcome === 'no_show' ? 'no-show' : 'canceled'}`);
    evidence.push(`last ${MISSED_MEETINGS_MIN} meetings not held: ${list.join(', ')}`);
  }

  const contactAge = ctx.daysAgo(eng?.lastContactAt);
  if (eng?.lastContactAt !== undefined && contactAge > SILENT_CONTACT_DAYS && contactAge !== Infinity) {
    const since = emails.filter((e) => e.age < contactAge);
    const sentSince = since.filter((e) => e.item.direction === 'outbound').length;
    if (sentSince > 0 && sentSince === since.length) evidence.push(`last two-way contact ${when(ctx, eng.lastContactAt)}, ${sentSince} outreach email${sentSince === 1 ? '' : 's'} sent since without reply`);
  }
  return evidence.length > 0 ? { value: true, evidence } : null;
}

// ── support and text ───────────────────────────────────────────────────────

/** One evidence line per ticket (and, with `surveys`, survey comment) in the window whose text contains a phrase. */
export function textMentions(ctx: ScoringContext, phrases: ReadonlyArray<string>, windowDays: number, surveys: boolean): string[] {
  const found: string[] = [];
  for (const t of ctx.snapshot.support?.tickets ?? []) {
    if (!t.text || !inLastDays(ctx, t.createdAt, windowDays)) continue;
    const phrase = findPhrase(t.text, phrases, ctx.lower);
    if (phrase) found.push(`ticket ${t.id} (${day(t.createdAt)}): ${quote(t.text, phrase)}`);
  }
  if (surveys) {
    for (const s of ctx.snapshot.surveys ?? []) {
      if (!s.comment || !inLastDays(ctx, s.date, windowDays)) continue;
      const phrase = findPhrase(s.comment, phrases, ctx.lower);
      if (phrase) found.push(`${s.type.toUpperCase()} comment (${day(s.date)}): ${quote(s.comment, phrase)}`);
    }
  }
  return found;
}

/** Escalated P0/P1 (urgent/high) tickets created in the last 90 days. */
export function escalatedTickets(ctx: ScoringContext): Fact<number> | null {
  const tickets = (ctx.snapshot.support?.tickets ?? []).filter(
    (t) => t.escalated === true && (t.priority === 'high' || t.priority === 'urgent') && inLastDays(ctx, t.createdAt, TONE_WINDOW_DAYS),
  );
  if (tickets.length === 0) return null;
  return {
    value: tickets.length,
    evidence: tickets.map((t) => `${t.priority} ticket ${t.id} opened ${when(ctx, t.createdAt)} escalated${t.closedAt ? ` (closed ${day(t.closedAt)})` : ', still open'}`),
  };
}

/** Hostile or negative tone in the last 90 days: negative ticket sentiment or hostile words. */
export function negativeTone(ctx: ScoringContext): Fact<true> | null {
  return ctx.memo('negativeTone', () => computeNegativeTone(ctx));
}

function computeNegativeTone(ctx: ScoringContext): Fact<true> | null {
  const evidence = (ctx.snapshot.support?.tickets ?? [])
    .filter((t) => t.sentiment === 'negative' && inLastDays(ctx, t.createdAt, TONE_WINDOW_DAYS))
    .map((t) => `ticket ${t.id} (${day(t.createdAt)}) sentiment negative`);
  evidence.push(...textMentions(ctx, HOSTILE_PHRASES, TONE_WINDOW_DAYS, true));
  return evidence.length > 0 ? { value: true, evidence } : null;
}

/** A competitor was mentioned: the CRM flag, or competitor words in tickets or survey comments (180 days). */
export function competitorMention(ctx: ScoringContext): Fact<true> | null {
  return ctx.memo('competitorMention', () => computeCompetitorMention(ctx));
}

function computeCompetitorMention(ctx: ScoringContext): Fact<true> | null {
  const evidence = ctx.snapshot.flags?.competitorMentioned ? ['competitor mentioned (CRM flag)'] : [];
  evidence.push(...textMentions(ctx, COMPETITOR_PHRASES, COMPETITOR_WINDOW_DAYS, true));
  return evidence.length > 0 ? { value: true, evidence } : null;
}
