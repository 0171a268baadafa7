/**
 * Engagement (engine-5, 20%) — is the client leaning in or drifting away
 * (seed 000 phase 1: login trend, support-ticket volume, community activity,
 * last proactive contact).
 *
 * Seed rubric (0-10, mapped to 0-100 by ×10), driven by the login trend:
 *
 * | seed band              | 0-10 | × 10   | this table gives | login change anchors                     |
 * |------------------------|------|--------|------------------|------------------------------------------|
 * | down (below -10%)      | 0-3  | 0-30   | 0-35             | -50% → 0, -30% → 15, -10% → 35           |
 * | flat (within ±10%)     | 4-6  | 40-60  | 35-65            | -5% → 42.5, 0 → 50, +5% → 57.5           |
 * | up (above +10%)        | 7-10 | 70-100 | 65-100           | +10% → 65, +30% → 85, +60% → 100         |
 *
 * The table runs straight through the ±10% edges instead of jumping, so a
 * one-login difference never moves the score by a whole band.
 *
 * | part (weight)          | input                                                   | table (value → score)                          |
 * |------------------------|---------------------------------------------------------|------------------------------------------------|
 * | login trend (3)        | logins last 30 d vs previous 30 d, %                    | -50→0, -30→15, -10→35, 0→50, 10→65, 30→85, 60→100 |
 * | support tickets (1)    | tickets opened in the last 30 d (fewer is healthier)    | 0→70, 2→65, 5→50, 10→30, 20→15                 |
 * | last contact (1)       | days since the last two-way contact: `lastContactAt` or the latest inbound email, whichever is newer; outreach with no reply on record, and any silence longer than 120 days, reads as 120 | 0→85, 14→75, 30→60, 60→40, 90→25, 120→15 |
 *
 * No logins in the window scores -100% (the floor); logins now after none before
 * score the top; logins with no earlier window are not scored (see product-usage).
 *
 * Red flag (cap): logins down more than 30% → 35 (the seed's "down" band).
 * Green flag (+5): active in the customer community.
 */
import { z } from 'zod';
import type { AccountSnapshot } from '../../contract';
import { fmtNum, fmtPct, interpolate } from '../../scale';
import { Rubric, limit, table, trendOf, type DimensionScorer } from '../rubric';
import { describeWindow, windowChangePct } from './product-usage';

const Params = z.object({
  loginChangePct: table([[-50, 0], [-30, 15], [-10, 35], [0, 50], [10, 65], [30, 85], [60, 100]]),
  ticketsLast30d: table([[0, 70], [2, 65], [5, 50], [10, 30], [20, 15]]),
  daysSinceContact: table([[0, 85], [14, 75], [30, 60], [60, 40], [90, 25], [120, 15]]),
  loginWeight: limit(3),
  ticketWeight: limit(1),
  contactWeight: limit(1),
  ticketWindowDays: limit(30),
  /** Days of silence assumed when outreach emails exist but no reply or contact is on record. */
  noReplyDays: limit(120),
  loginDropRedFlagPct: limit(30),
  loginDropCap: limit(35),
  communityPoints: limit(5),
  trendThresholdPct: limit(10),
});
type Params = z.infer<typeof Params>;

export const engagement: DimensionScorer<Params> = {
  id: 'engine5.engagement',
  params: Params,
  missing: 'login counts for the last two 30-day windows, support tickets, logged emails or last contact date',
  score(ctx, p) {
    const { usage, support, engagement: eng } = ctx.snapshot;
    const r = new Rubric();

    const loginChange = windowChangePct(usage?.logins);
    if (loginChange !== null) {
      r.part(interpolate(loginChange, p.loginChangePct), p.loginWeight, describeWindow(usage!.logins!, 'logins'));
      if (loginChange < -p.loginDropRedFlagPct) {
        r.redFlag(p.loginDropCap, loginChange <= -100 ? 'no logins in the last 30 days' : `logins down ${fmtPct(loginChange)} over the trailing 30 days`);
      }
    }

    if (support) {
      const recent = support.tickets.filter((t) => inWindow(ctx.daysAgo(t.createdAt), p.ticketWindowDays));
      r.part(interpolate(recent.length, p.ticketsLast30d), p.ticketWeight,
        `${recent.length} support ticket${recent.length === 1 ? '' : 's'} opened in the last ${fmtNum(p.ticketWindowDays)} days`);
    }

    const contact = lastTwoWayContact(eng, ctx.daysAgo, p.noReplyDays);
    if (contact) {
      // Silence is read up to noReplyDays, so a reply (however old) never scores below unanswered outreach.
      const days = Math.min(contact.days ?? p.noReplyDays, p.noReplyDays);
      r.part(interpolate(days, p.daysSinceContact), p.contactWeight, contact.text);
    }

    if (eng?.communityActive) r.greenFlag(p.communityPoints, 'active in the customer community');

    return r.result(ctx, trendOf(loginChange, p.trendThresholdPct));
  },
};

function inWindow(daysAgo: number, windowDays: number): boolean {
  return daysAgo >= 0 && daysAgo <= windowDays;
}

type EngagementData = NonNullable<AccountSnapshot['engagement']>;

/**
 * The most recent two-way contact: the logged last contact or the latest inbound
 * email, whichever is newer. Outreach with no reply and no logged contact is
 * returned with `days: null` (scored as `noReplyDays` of silence), so that a
 * reply arriving can only raise the score. Null when there is nothing to read.
 */
function lastTwoWayContact(eng: EngagementData | undefined, daysAgo: (iso: string | undefined) => number, noReplyDays: number): { days: number | null; text: string } | null {
  const candidates: Array<{ days: number; date: string; what: string }> = [];
  if (eng?.lastContactAt !== undefined && Number.isFinite(daysAgo(eng.lastContactAt))) {
    candidates.push({ days: Math.max(0, Math.floor(daysAgo(eng.lastContactAt))), date: eng.lastContactAt, what: 'last two-way contact' });
  }
  // Only emails dated on or before asOf count, whichever their direction, so
  // flipping one from outbound to inbound never removes the part.
  const emails = (eng?.emails ?? []).filter((e) => daysAgo(e.date) >= 0 && Number.isFinite(daysAgo(e.date)));
  for (const e of emails) {
    if (e.direction === 'inbound') candidates.push({ days: Math.floor(daysAgo(e.date)), date: e.date, what: 'last inbound email from the client' });
  }
  const latest = candidates.sort((a, b) => a.days - b.days)[0];
  if (latest) return { days: latest.days, text: `${latest.what} ${latest.days} days ago (${latest.date.slice(0, 10)})` };
  const outreach = emails.filter((e) => e.direction === 'outbound').length;
  if (outreach > 0) return { days: null, text: `${outreach} outreach email${outreach === 1 ? '' : 's'} with no reply or contact on record (read as ${fmtNum(noReplyDays)} days of silence)` };
  return null;
}
