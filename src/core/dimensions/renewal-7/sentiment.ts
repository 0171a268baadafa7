/**
 * NPS/CSAT (renewal-7, 10%) — explicit satisfaction from surveys over the last
 * 365 days (seed 002, dimension 4).
 *
 * | part (weight)          | input                                  | table (value → score)                               |
 * |------------------------|----------------------------------------|-----------------------------------------------------|
 * | NPS (2)                | the latest NPS response (0-10)         | 0→0, 4→15, 6→28, 7→45, 8→65, 9→85, 10→95            |
 * | CSAT (2)               | mean of the last three CSAT (1-5)      | 1→0, 2.5→28, 3→38, 3.5→50, 4→70, 4.5→88, 5→100      |
 *
 * The NPS table follows the seed's bands: promoter 9-10 → 85-95 (90-100 needs a
 * referral too: green flag), passive 8 → 65, low passive 7 → 45, detractor ≤ 6 → below 30.
 *
 * Red flags (caps): NPS down 3+ points between the last two responses → 49;
 * CSAT falling across three consecutive measurements → 49; a comment naming
 * competitors, alternatives or cancellation → 29; the last survey invite went
 * unanswered → 59 (non-response is a signal).
 * Green flags: NPS up 2+ points between the last two responses → +5; a promoter
 * who gave a referral or case study → +5.
 * No responses but unanswered invites: 2+ → 35, 1 → 45 (silence is evidence).
 * An invite sent in the last 14 days and not answered yet is pending, not unanswered.
 * Recency (seed 002: weight recent signals more): a part whose latest response
 * is older than 180 days weighs 1 instead of 2.
 * No surveys at all (seed 002 missing-data rule 2): infer from support CSAT or
 * ticket sentiment of the last 180 days, capped at 60 and marked inferred.
 * Trend: last NPS vs the previous (±2), else CSAT latest vs previous (±0.3).
 */
import { z } from 'zod';
import type { AccountSnapshot } from '../../contract';
import type { ScoringContext } from '../../context';
import { interpolate, round } from '../../scale';
import { sortInPlace } from '../../sort';
import { CHURN_PHRASES, COMPETITOR_PHRASES, findPhrase, quote } from '../../text';
import { Rubric, limit, table, type DimensionScorer } from '../rubric';

const Params = z.object({
  nps: table([[0, 0], [4, 15], [6, 28], [7, 45], [8, 65], [9, 85], [10, 95]]),
  csat: table([[1, 0], [2.5, 28], [3, 38], [3.5, 50], [4, 70], [4.5, 88], [5, 100]]),
  windowDays: limit(365),
  freshDays: limit(180),
  freshWeight: limit(2),
  staleWeight: limit(1),
  npsTrendPoints: limit(2),
  csatTrendPoints: limit(0.3),
  inviteGraceDays: limit(14),
  npsDropRedFlag: limit(3),
  npsRiseGreenFlag: limit(2),
  greenFlagPoints: limit(5),
  unansweredOne: limit(45),
  unansweredMany: limit(35),
  lastInviteUnansweredCap: limit(59),
  inferredCap: limit(60),
  inferWindowDays: limit(180),
  sentimentPositive: limit(85),
  sentimentNeutral: limit(60),
  sentimentNegative: limit(25),
});
type Params = z.infer<typeof Params>;
type Survey = NonNullable<AccountSnapshot['surveys']>[number];
type Invite = NonNullable<AccountSnapshot['surveyInvites']>[number];

const day = (iso: string) => iso.slice(0, 10);

function inferFromSupport(ctx: ScoringContext, p: Params, r: Rubric): boolean {
  const tickets = (ctx.snapshot.support?.tickets ?? []).filter((t) => {
    const age = ctx.daysAgo(t.createdAt);
    return age >= 0 && age <= p.inferWindowDays;
  });
  const rated = tickets.filter((t) => t.csat !== undefined);
  if (rated.length > 0) {
    const mean = rated.reduce((s, t) => s + (t.csat as number), 0) / rated.length;
    r.part(Math.min(p.inferredCap, interpolate(mean, p.csat)), 1, `no surveys: inferred from support CSAT ${round(mean, 1)}/5 over ${rated.length} ticket${rated.length === 1 ? '' : 's'} in ${p.inferWindowDays} days (capped at ${p.inferredCap})`);
    return true;
  }
  const toned = tickets.filter((t) => t.sentiment !== undefined);
  if (toned.length > 0) {
    const value = (s: string | undefined) => (s === 'positive' ? p.sentimentPositive : s === 'neutral' ? p.sentimentNeutral : p.sentimentNegative);
    const mean = toned.reduce((s, t) => s + value(t.sentiment), 0) / toned.length;
    const negative = toned.filter((t) => t.sentiment === 'negative').length;
    r.part(Math.min(p.inferredCap, mean), 1, `no surveys: inferred from the tone of ${toned.length} support ticket${toned.length === 1 ? '' : 's'} in ${p.inferWindowDays} days, ${negative} negative (capped at ${p.inferredCap})`);
    return true;
  }
  return false;
}

export const sentiment: DimensionScorer<Params> = {
  id: 'renewal7.sentiment',
  params: Params,
  missing: 'NPS / CSAT survey responses (HubSpot feedback submissions)',
  score(ctx, p) {
    const r = new Rubric();
    // Each date read once; newest first (a stable sort keeps the listed order of equal dates).
    const dated: Array<{ s: Survey; age: number }> = [];
    let stale = 0;
    for (const s of ctx.snapshot.surveys ?? []) {
      const age = ctx.daysAgo(s.date);
      if (age >= 0 && age <= p.windowDays) dated.push({ s, age });
      else if (age > p.windowDays) stale += 1;
    }
    const recent = sortInPlace(dated, (a, b) => a.age - b.age).map((d) => d.s);
    if (stale > 0) r.note(`${stale} survey response${stale === 1 ? '' : 's'} older than ${p.windowDays} days ignored`);

    const nps = recent.filter((s) => s.type === 'nps');
    const csat = recent.filter((s) => s.type === 'csat');
    const [lastNps, prevNps] = nps;
    // An old answer still counts, but less than a fresh one (dates, not scores, set the weight).
    const weight = (latest: Survey) => (ctx.daysAgo(latest.date) <= p.freshDays ? p.freshWeight : p.staleWeight);
    if (lastNps) {
      r.part(interpolate(lastNps.score, p.nps), weight(lastNps), `NPS ${lastNps.score} on ${day(lastNps.date)}${prevNps ? ` (previous ${prevNps.score} on ${day(prevNps.date)})` : ''}`);
      if (prevNps && prevNps.score - lastNps.score >= p.npsDropRedFlag) r.redFlag(49, `NPS dropped ${prevNps.score - lastNps.score} points, from ${prevNps.score} (${day(prevNps.date)}) to ${lastNps.score} (${day(lastNps.date)})`);
      if (prevNps && lastNps.score - prevNps.score >= p.npsRiseGreenFlag) r.greenFlag(p.greenFlagPoints, `NPS improved ${lastNps.score - prevNps.score} points, from ${prevNps.score} (${day(prevNps.date)}) to ${lastNps.score} (${day(lastNps.date)})`);
      if (lastNps.score >= 9 && ctx.snapshot.flags?.referralOrCaseStudy) r.greenFlag(p.greenFlagPoints, `a promoter (NPS ${lastNps.score}) who gave a referral or case study`);
    }
    if (csat.length > 0) {
      const last3 = csat.slice(0, 3);
      const mean = last3.reduce((s, v) => s + v.score, 0) / last3.length;
      const listed = last3.map((v) => `${v.score} on ${day(v.date)}`).join(', ');
      r.part(interpolate(mean, p.csat), weight(last3[0]!), `CSAT ${round(mean, 1)}/5 over the last ${last3.length} survey${last3.length === 1 ? '' : 's'} (${listed})`);
      const [a, b, c] = last3;
      if (a && b && c && a.score < b.score && b.score < c.score) r.redFlag(49, `CSAT falling three times in a row: ${c.score} → ${b.score} → ${a.score}`);
    }
    for (const s of recent) {
      const phrase = findPhrase(s.comment, CHURN_PHRASES, ctx.lower) ?? findPhrase(s.comment, COMPETITOR_PHRASES, ctx.lower);
      if (phrase && s.comment) {
        r.redFlag(29, `${s.type.toUpperCase()} comment on ${day(s.date)}: ${quote(s.comment, phrase)}`);
        break;
      }
    }

    // A fresh invite may still be answered: until the grace period passes it is pending, not silence.
    const sent: Array<{ i: Invite; age: number }> = [];
    for (const i of ctx.snapshot.surveyInvites ?? []) {
      const age = ctx.daysAgo(i.sentAt);
      if (age >= 0 && age <= p.windowDays && (i.responded || age >= p.inviteGraceDays)) sent.push({ i, age });
    }
    const invites = sortInPlace(sent, (a, b) => a.age - b.age).map((x) => x.i); // newest first
    const unanswered = invites.filter((i) => !i.responded);
    const lastInvite = invites[0];
    if (recent.length > 0) {
      if (lastInvite && !lastInvite.responded) r.redFlag(p.lastInviteUnansweredCap, `the last ${lastInvite.type.toUpperCase()} survey (sent ${day(lastInvite.sentAt)}) went unanswered`);
    } else if (unanswered.length > 0) {
      const s = unanswered.length >= 2 ? p.unansweredMany : p.unansweredOne;
      r.part(s, 1, `no survey responses; ${unanswered.length} invitation${unanswered.length === 1 ? '' : 's'} in the last ${p.windowDays} days unanswered`);
    }

    if (!r.hasData && inferFromSupport(ctx, p, r)) return r.result(ctx, null, { inferred: true });

    let trend: 'up' | 'down' | 'flat' | null = null;
    const [lastCsat, prevCsat] = csat;
    // Rounded so that 4.3 − 4 (0.2999… in floating point) counts as the 0.3 it is.
    const change = (now: number, before: number, step: number) => {
      const delta = round(now - before, 6);
      return delta >= step ? 'up' : -delta >= step ? 'down' : 'flat';
    };
    if (lastNps && prevNps) trend = change(lastNps.score, prevNps.score, p.npsTrendPoints);
    else if (lastCsat && prevCsat) trend = change(lastCsat.score, prevCsat.score, p.csatTrendPoints);
    return r.result(ctx, trend);
  },
};
