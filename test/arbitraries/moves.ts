/**
 * Past values of a trend (activeUsers.d30, logins.prev30, an earlier survey)
 * have no healthy direction: a higher past makes the present a decline. Moves
 * change current values only.
 *
 * "Healthy moves": each takes a snapshot and returns a copy with ONE signal
 * moved one step in its healthy direction, or null when the snapshot does not
 * have that signal. The property test asserts no move lowers the score.
 */
import type { AccountSnapshot } from '../../src/core/contract';

type Move = (s: AccountSnapshot, pick: number) => AccountSnapshot | null;
const clone = (s: AccountSnapshot): AccountSnapshot => structuredClone(s);

const bump = (path: (s: AccountSnapshot) => Record<string, unknown> | undefined, key: string, by: number, min = 0): Move => (s) => {
  const c = clone(s);
  const obj = path(c);
  if (!obj || typeof obj[key] !== 'number') return null;
  const next = (obj[key] as number) + by;
  if (next < min) return null;
  obj[key] = next;
  return c;
};

function step<T extends string>(order: readonly T[], value: T | undefined): T | null {
  if (value === undefined) return null;
  const i = order.indexOf(value);
  return i >= 0 && i < order.length - 1 ? order[i + 1]! : null;
}

const inArray = <T>(get: (s: AccountSnapshot) => T[] | undefined, change: (item: T) => boolean): Move => (s, pick) => {
  const c = clone(s);
  const items = get(c);
  if (!items || items.length === 0) return null;
  return change(items[pick % items.length]!) ? c : null;
};

const setFlag = (key: keyof NonNullable<AccountSnapshot['flags']>, healthy: boolean): Move => (s) => {
  if (s.flags?.[key] === undefined || s.flags[key] === healthy) return null;
  const c = clone(s);
  c.flags![key] = healthy;
  return c;
};

export const HEALTHY_MOVES: Record<string, Move> = {
  'more daily users': bump((s) => s.usage, 'dau', 1),
  'more active users now': bump((s) => s.usage?.activeUsers, 'now', 3),
  'more logins last 30 days': bump((s) => s.usage?.logins, 'last30', 50),
  'more core actions last 30 days': bump((s) => s.usage?.coreActions, 'last30', 100),
  'more API calls last 30 days': bump((s) => s.usage?.apiCalls, 'last30', 1000),
  'fewer days since last login': bump((s) => s.usage, 'daysSinceLastLogin', -2),
  'more features used': (s, p) => (s.usage?.featuresUsed !== undefined && s.usage.featuresAvailable !== undefined && s.usage.featuresUsed < s.usage.featuresAvailable ? bump((x) => x.usage, 'featuresUsed', 1)(s, p) : null),
  'more features adopted recently': bump((s) => s.usage, 'featuresAdoptedLast180d', 1),
  'more integrations': bump((s) => s.usage, 'integrationsActive', 1),
  'more seats active': bump((s) => s.usage, 'seatsActive', 2),
  'fewer data exports': bump((s) => s.usage, 'dataExports30d', -1),
  'lower discount': bump((s) => s.billing, 'discountPct', -5),
  'fewer days past due': bump((s) => s.billing, 'daysPastDue', -10),
  'payment status improves': (s) => {
    const next = step(['delinquent', 'late', 'current'] as const, s.billing?.paymentStatus);
    if (!next) return null;
    const c = clone(s);
    c.billing!.paymentStatus = next;
    return c;
  },
  'ticket priority lower': inArray((s) => s.support?.tickets, (t) => {
    const next = step(['urgent', 'high', 'medium', 'low'] as const, t.priority);
    if (!next) return false;
    t.priority = next;
    return true;
  }),
  'ticket sentiment better': inArray((s) => s.support?.tickets, (t) => {
    const next = step(['negative', 'neutral', 'positive'] as const, t.sentiment);
    if (!next) return false;
    t.sentiment = next;
    return true;
  }),
  'ticket no longer escalated': inArray((s) => s.support?.tickets, (t) => {
    if (t.escalated !== true) return false;
    t.escalated = false;
    return true;
  }),
  'ticket CSAT higher': inArray((s) => s.support?.tickets, (t) => {
    if (t.csat === undefined || t.csat >= 5) return false;
    t.csat += 1;
    return true;
  }),
  // Only the latest response of a type is the current signal: an earlier score is the
  // baseline of a trend (NPS up 2+ / down 3+), where a higher past means a worse trend.
  'latest survey score higher': (s, pick) => {
    const surveys = s.surveys ?? [];
    if (surveys.length === 0) return null;
    const type = surveys[pick % surveys.length]!.type;
    const latest = surveys.reduce<number>((best, v, i) => (v.type === type && (best < 0 || Date.parse(v.date) > Date.parse(surveys[best]!.date)) ? i : best), -1);
    const tied = surveys.filter((v) => v.type === type && v.date === surveys[latest]!.date).length > 1;
    const max = type === 'nps' ? 10 : 5;
    if (tied || surveys[latest]!.score >= max) return null;
    const c = clone(s);
    c.surveys![latest]!.score += 1;
    return c;
  },
  'meeting outcome better': inArray((s) => s.engagement?.meetings, (m) => {
    if (m.outcome === 'completed' || m.outcome === 'scheduled') return false;
    m.outcome = 'completed';
    return true;
  }),
  'email answered': inArray((s) => s.engagement?.emails, (e) => {
    if (e.direction === 'inbound') return false;
    e.direction = 'inbound';
    return true;
  }),
  'invoice not disputed': inArray((s) => s.billing?.invoices, (i) => {
    if (i.disputed !== true) return false;
    i.disputed = false;
    return true;
  }),
  'contract change better': inArray((s) => s.billing?.contractChanges, (c) => {
    const next = step(['downgrade', 'discount', 'renewal', 'upsell'] as const, c.kind);
    if (!next) return false;
    c.kind = next;
    return true;
  }),
  'stakeholder status better': inArray((s) => s.stakeholders, (p) => {
    const next = step(['departed', 'changed_role', 'active', 'promoted'] as const, p.status);
    if (!next) return false;
    p.status = next;
    return true;
  }),
  'more goals achieved': (s) => {
    const o = s.outcomes;
    if (!o || o.goalsAchieved === undefined || o.goalsDefined === undefined || o.goalsAchieved >= o.goalsDefined) return null;
    const c = clone(s);
    c.outcomes!.goalsAchieved = o.goalsAchieved + 1;
    return c;
  },
  'no competitor mentioned': setFlag('competitorMentioned', false),
  'no budget review': setFlag('budgetReview', false),
  'no downgrade requested': setFlag('downgradeRequested', false),
  'no executive turnover': setFlag('executiveTurnover', false),
  'not acquired': setFlag('acquisition', false),
  'renewal not stalled': setFlag('renewalStalled', false),
  'new department adopted': setFlag('newDepartmentAdoption', true),
  'referral or case study': setFlag('referralOrCaseStudy', true),
  'community active': (s) => {
    if (s.engagement?.communityActive !== false) return null;
    const c = clone(s);
    c.engagement!.communityActive = true;
    return c;
  },
  'ROI documented': (s) => {
    if (s.outcomes?.roiDocumented !== false) return null;
    const c = clone(s);
    c.outcomes!.roiDocumented = true;
    return c;
  },
  'multi-year agreement': (s) => {
    if (s.billing?.multiYear !== false) return null;
    const c = clone(s);
    c.billing!.multiYear = true;
    return c;
  },
};
