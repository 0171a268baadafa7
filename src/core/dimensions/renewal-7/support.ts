/**
 * Support Ticket Volume and Sentiment (renewal-7, 15%) — the health of the
 * support relationship: volume against the cohort, severity, tone, resolution
 * satisfaction and escalations over the trailing 90 days (seed 002, dimension 2).
 *
 * | part (weight)            | input                                            | table (value → score)                                   |
 * |--------------------------|--------------------------------------------------|---------------------------------------------------------|
 * | volume vs cohort (2)     | tickets in 90 d ÷ cohortAvgTickets90d            | 0→100, 0.5→92, 1→78, 1.5→60, 2.5→40, 4→20               |
 * | volume, no cohort (2)    | tickets in 90 d                                  | 0→95, 2→85, 5→70, 10→50, 20→30                          |
 * | severity (2)             | share of tickets high / urgent                   | 0→95, 0.2→75, 0.4→55, 0.6→35, 1→20                      |
 * | tone (2)                 | mean ticket sentiment (positive 100, neutral 70, negative 20) | as is                                      |
 * | resolution CSAT (2)      | mean CSAT (1-5) of tickets in 90 d               | 1→5, 2.5→30, 3→40, 3.5→55, 4→70, 4.5→90, 5→100          |
 * | escalations (1)          | escalated tickets in 90 d                        | 0→90, 1→65, 2→50, 3→35, 5→15                            |
 *
 * "Minimal volume, below the cohort" reads as ≤ half the cohort average (90+);
 * "at or slightly below the cohort" as 1× (70-89); "above the cohort" as 1.5×
 * (50-69); "significantly above" as 2.5× and beyond (30-49 and lower).
 *
 * Red flags (caps): a high / urgent ticket open more than 5 business days
 * (Mon-Fri) → 49; mean CSAT below 3.0 → 49; ticket text that threatens
 * to cancel or names alternatives → 29; ticket text that voices frustration
 * ("frustrated", "escalate", …) → 49; volume up more than 50% month over
 * month (last 30 d vs the 30 d before, at least 3 tickets) → 49.
 * Green flags (+5 each): tickets end on a positive note (no negative tone and at
 * least half positive); ticket volume stable or falling month over month while
 * usage grows 10%+ (active users, else logins: product maturity).
 * `support` present with no tickets in 90 days is data (a quiet account), not a gap.
 * Trend: tickets in the last 30 days vs the 30 before (fewer = up); null when
 * there were none in either.
 */
import { z } from 'zod';
import type { Ticket } from '../../contract';
import type { ScoringContext } from '../../context';
import { DAY_MS } from '../../dates';
import { describeChange, fmtNum, interpolate, pctChange, round } from '../../scale';
import { CHURN_PHRASES, COMPETITOR_PHRASES, HOSTILE_PHRASES, findPhrase, quote } from '../../text';
import { Rubric, limit, table, type DimensionScorer } from '../rubric';

const Params = z.object({
  volumeVsCohort: table([[0, 100], [0.5, 92], [1, 78], [1.5, 60], [2.5, 40], [4, 20]]),
  volumeAbsolute: table([[0, 95], [2, 85], [5, 70], [10, 50], [20, 30]]),
  severeShare: table([[0, 95], [0.2, 75], [0.4, 55], [0.6, 35], [1, 20]]),
  csat: table([[1, 5], [2.5, 30], [3, 40], [3.5, 55], [4, 70], [4.5, 90], [5, 100]]),
  escalations: table([[0, 90], [1, 65], [2, 50], [3, 35], [5, 15]]),
  sentimentPositive: limit(100),
  sentimentNeutral: limit(70),
  sentimentNegative: limit(20),
  windowDays: limit(90),
  agingBusinessDays: limit(5),
  csatRedFlag: limit(3),
  spikePct: limit(50),
  spikeMinTickets: limit(3),
  usageGrowthPct: limit(10),
  greenFlagPoints: limit(5),
});
type Params = z.infer<typeof Params>;

const SEVERE = new Set<Ticket['priority']>(['high', 'urgent']);

export const support: DimensionScorer<Params> = {
  id: 'renewal7.support',
  params: Params,
  missing: 'support tickets (HubSpot tickets associated with the company) with priority, CSAT and sentiment',
  score(ctx, p) {
    const sup = ctx.snapshot.support;
    const r = new Rubric();
    if (!sup) return r.result(ctx, null);
    // One pass over the tickets, each date read once: the window, and the last two months.
    const recent: Ticket[] = [];
    let last30 = 0;
    let prev30 = 0;
    for (const t of sup.tickets) {
      const age = ctx.daysAgo(t.createdAt);
      if (age >= 0 && age <= p.windowDays) {
        recent.push(t);
        if (age <= 30) last30 += 1;
      }
      if (age > 30 && age <= 60) prev30 += 1;
    }
    const n = recent.length;

    if (sup.cohortAvgTickets90d !== undefined && sup.cohortAvgTickets90d > 0) {
      const ratio = n / sup.cohortAvgTickets90d;
      r.part(interpolate(ratio, p.volumeVsCohort), 2, `${n} ticket${n === 1 ? '' : 's'} in the last ${p.windowDays} days vs a cohort average of ${fmtNum(sup.cohortAvgTickets90d)} (${round(ratio, 1)}×)`);
    } else {
      r.part(interpolate(n, p.volumeAbsolute), 2, `${n} ticket${n === 1 ? '' : 's'} in the last ${p.windowDays} days`);
    }

    const k = tally(recent, p);
    if (k.prioritised > 0) {
      r.part(interpolate(k.severe / k.prioritised, p.severeShare), 2, `${k.severe} of ${k.prioritised} recent tickets high or urgent priority`);
    }
    if (k.toned > 0) {
      r.part(k.toneSum / k.toned, 2, `ticket sentiment: ${k.negative} of ${k.toned} negative`);
    }
    if (k.rated > 0) {
      const mean = k.csatSum / k.rated;
      r.part(interpolate(mean, p.csat), 2, `support CSAT ${round(mean, 1)}/5 over ${k.rated} rated ticket${k.rated === 1 ? '' : 's'}`);
      if (mean < p.csatRedFlag) r.redFlag(49, `support CSAT ${round(mean, 1)}/5 is below ${p.csatRedFlag}`);
    }
    if (k.escalationKnown) {
      r.part(interpolate(k.escalated, p.escalations), 1, `${k.escalated} escalation${k.escalated === 1 ? '' : 's'} in the last ${p.windowDays} days`);
    }

    // Aging is judged on every open ticket, however old: "open tickets aging without resolution".
    const aging = longestWaiting(ctx, sup.tickets, p.agingBusinessDays);
    if (aging) {
      const { t, waited } = aging;
      r.redFlag(49, `${t.priority} ticket ${t.id} open ${Math.floor(ctx.daysAgo(t.createdAt))} days, ${waited} business days (since ${t.createdAt.slice(0, 10)})`);
    }

    const threat = textMatch(recent, (text) => findPhrase(text, CHURN_PHRASES, ctx.lower) ?? findPhrase(text, COMPETITOR_PHRASES, ctx.lower));
    if (threat) r.redFlag(29, `ticket ${threat.t.id} (${threat.t.createdAt.slice(0, 10)}) says ${threat.quoted}`);
    const frustration = threat ? null : textMatch(recent, (text) => findPhrase(text, HOSTILE_PHRASES, ctx.lower));
    if (frustration) r.redFlag(49, `frustration in ticket ${frustration.t.id} (${frustration.t.createdAt.slice(0, 10)}): ${frustration.quoted}`);

    if (last30 >= p.spikeMinTickets && last30 > prev30 * (1 + p.spikePct / 100)) {
      r.redFlag(49, `ticket volume up from ${prev30} to ${last30} month over month`);
    }

    if (k.toned > 0 && k.negative === 0 && k.positive * 2 >= k.toned) {
      r.greenFlag(p.greenFlagPoints, `support interactions end well: ${k.positive} of ${k.toned} recent tickets positive, none negative`);
    }
    const growth = prev30 > 0 && last30 <= prev30 ? usageGrowth(ctx) : null;
    if (growth && growth.pct >= p.usageGrowthPct) {
      r.greenFlag(p.greenFlagPoints, `ticket volume ${last30 < prev30 ? 'falling' : 'stable'} (${last30} in the last 30 days, ${prev30} the 30 before) while ${growth.text}`);
    }

    const trend = last30 === 0 && prev30 === 0 ? null : last30 < prev30 ? 'up' : last30 > prev30 ? 'down' : 'flat';
    return r.result(ctx, trend);
  },
};

/** What the recent tickets say, counted in one pass. */
interface Tally {
  prioritised: number;
  severe: number;
  toned: number;
  /** Sum of the tone values (positive, neutral, negative scores) of the toned tickets. */
  toneSum: number;
  positive: number;
  negative: number;
  rated: number;
  csatSum: number;
  escalated: number;
  /** Whether any ticket says whether it was escalated. */
  escalationKnown: boolean;
}

function tally(tickets: ReadonlyArray<Ticket>, p: Params): Tally {
  const k: Tally = { prioritised: 0, severe: 0, toned: 0, toneSum: 0, positive: 0, negative: 0, rated: 0, csatSum: 0, escalated: 0, escalationKnown: false };
  for (const t of tickets) {
    if (t.priority !== undefined) {
      k.prioritised += 1;
      if (SEVERE.has(t.priority)) k.severe += 1;
    }
    if (t.sentiment !== undefined) {
      k.toned += 1;
      k.toneSum += t.sentiment === 'positive' ? p.sentimentPositive : t.sentiment === 'neutral' ? p.sentimentNeutral : p.sentimentNegative;
      if (t.sentiment === 'positive') k.positive += 1;
      if (t.sentiment === 'negative') k.negative += 1;
    }
    if (t.csat !== undefined) {
      k.rated += 1;
      k.csatSum += t.csat;
    }
    if (t.escalated === true) k.escalated += 1;
    if (t.escalated !== undefined) k.escalationKnown = true;
  }
  return k;
}

/** The open high / urgent ticket waiting the most business days beyond the limit (the first listed of equals). */
function longestWaiting(ctx: ScoringContext, tickets: ReadonlyArray<Ticket>, limitDays: number): { t: Ticket; waited: number } | null {
  let longest: { t: Ticket; waited: number } | null = null;
  for (const t of tickets) {
    if (!SEVERE.has(t.priority) || isClosed(ctx, t)) continue;
    const waited = businessDaysOpen(ctx, t);
    if (waited > limitDays && (longest === null || waited > longest.waited)) longest = { t, waited };
  }
  return longest;
}

/** Closed on or before the date scored (a closing date after asOf is not known yet). */
function isClosed(ctx: ScoringContext, t: Ticket): boolean {
  return t.closedAt !== undefined && ctx.daysAgo(t.closedAt) >= 0;
}

/** Weekdays (Mon-Fri) from the day after the ticket was opened up to the day scored: the seed's SLA is in business days. */
export function businessDaysOpen(ctx: ScoringContext, t: Ticket): number {
  const to = Math.floor(ctx.asOfMs / DAY_MS);
  const from = Math.floor((ctx.asOfMs - ctx.daysAgo(t.createdAt) * DAY_MS) / DAY_MS);
  if (!Number.isFinite(from) || to <= from) return 0;
  const weeks = Math.floor((to - from) / 7);
  let n = weeks * 5;
  for (let day = from + weeks * 7 + 1; day <= to; day++) {
    const weekday = (((day + 4) % 7) + 7) % 7; // day 0 (1970-01-01) was a Thursday; 0 = Sunday
    if (weekday !== 0 && weekday !== 6) n += 1;
  }
  return n;
}

/** The first ticket whose text matches, with the match quoted for the evidence. */
function textMatch(tickets: ReadonlyArray<Ticket>, find: (text: string) => string | null): { t: Ticket; quoted: string } | null {
  for (const t of tickets) {
    const phrase = t.text ? find(t.text) : null;
    if (phrase && t.text) return { t, quoted: quote(t.text, phrase) };
  }
  return null;
}

/** Month-over-month usage growth: active users now vs 30 days ago, else logins. */
function usageGrowth(ctx: ScoringContext): { pct: number; text: string } | null {
  const u = ctx.snapshot.usage;
  const users = u?.activeUsers;
  if (users?.now !== undefined && users.d30 !== undefined) {
    const pct = pctChange(users.now, users.d30);
    if (pct !== null) return { pct, text: `active users grew to ${fmtNum(users.now)}, ${describeChange(users.now, users.d30)}` };
  }
  const logins = u?.logins;
  if (logins?.last30 !== undefined && logins.prev30 !== undefined) {
    const pct = pctChange(logins.last30, logins.prev30);
    if (pct !== null) return { pct, text: `logins grew to ${fmtNum(logins.last30)}, ${describeChange(logins.last30, logins.prev30)}` };
  }
  return null;
}
