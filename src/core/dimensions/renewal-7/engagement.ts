/**
 * Engagement Frequency (renewal-7, 20%) — how often and how deeply the client
 * interacts with the product and with our team (seed 002, dimension 1).
 *
 * | part (weight)                 | input                                   | table (value → score)                                   |
 * |-------------------------------|-----------------------------------------|---------------------------------------------------------|
 * | product stickiness (3)        | DAU / MAU                               | 0→5, 0.03→30, 0.07→50, 0.15→65, 0.25→78, 0.4→90, 0.6→100 |
 * | login momentum (2)            | logins last 30 d vs previous 30 d, %    | -60→15, -40→30, -20→50, 0→70, 20→85, 50→95              |
 * | recency of use (2)            | days since last login                   | 0→95, 3→85, 7→70, 14→45, 30→20, 60→5                    |
 * | meeting attendance (2)        | completed / held-or-missed, last 90 d   | 0→10, 0.5→40, 0.75→60, 0.9→80, 1→92                     |
 * | responsiveness (2)            | inbound / outbound emails, last 90 d    | 0→20, 0.2→45, 0.5→70, 1→90                              |
 * | last contact (1)              | days since last two-way contact         | 0→90, 14→75, 30→60, 60→35, 120→15                       |
 *
 * "Several times per month" (50-69) reads as DAU/MAU ≈ 0.07-0.15; "weekly"
 * (70-89) as ≈ 0.2-0.35; "daily by multiple users" (90+) as ≥ 0.4.
 *
 * Red flags (caps): logins down > 40% in 30 days → 49; no login for 14+ days → 49;
 * last two outreach emails unanswered → 45; last QBR declined / no-show → 49;
 * at most one monthly active user → 29.
 * Green flags (+5 each): community participation, new department adoption,
 * referral / case study / advisory board.
 */
import { z } from 'zod';
import type { AccountSnapshot } from '../../contract';
import { describeChange, fmtNum, fmtPct, pctChange, round } from '../../scale';
import { interpolate } from '../../scale';
import { Rubric, limit, table, trendOf, type DimensionScorer } from '../rubric';

const Params = z.object({
  stickiness: table([[0, 5], [0.03, 30], [0.07, 50], [0.15, 65], [0.25, 78], [0.4, 90], [0.6, 100]]),
  loginChangePct: table([[-60, 15], [-40, 30], [-20, 50], [0, 70], [20, 85], [50, 95]]),
  daysSinceLogin: table([[0, 95], [3, 85], [7, 70], [14, 45], [30, 20], [60, 5]]),
  meetingAttendance: table([[0, 10], [0.5, 40], [0.75, 60], [0.9, 80], [1, 92]]),
  responsiveness: table([[0, 20], [0.2, 45], [0.5, 70], [1, 90]]),
  daysSinceContact: table([[0, 90], [14, 75], [30, 60], [60, 35], [120, 15]]),
  loginDropRedFlagPct: limit(40),
  inactiveDaysRedFlag: limit(14),
  windowDays: limit(90),
  greenFlagPoints: limit(5),
});
type Params = z.infer<typeof Params>;
type Meeting = NonNullable<NonNullable<AccountSnapshot['engagement']>['meetings']>[number];

export const engagement: DimensionScorer<Params> = {
  id: 'renewal7.engagement',
  params: Params,
  missing: 'product analytics (DAU/MAU, logins), logged meetings and emails',
  score(ctx, p) {
    const { usage, engagement: eng, flags } = ctx.snapshot;
    const r = new Rubric();

    if (usage?.dau !== undefined && usage.mau !== undefined && usage.mau > 0) {
      const ratio = usage.dau / usage.mau;
      r.part(interpolate(ratio, p.stickiness), 3, `DAU/MAU ${round(ratio, 2)} (${fmtNum(usage.dau)} daily of ${fmtNum(usage.mau)} monthly active users)`);
    }
    if (usage?.mau !== undefined && usage.mau <= 1) {
      r.redFlag(29, `usage confined to ${usage.mau === 0 ? 'no users' : 'a single user'} (MAU ${fmtNum(usage.mau)})`);
    }

    const loginChange = usage?.logins?.last30 !== undefined && usage.logins.prev30 !== undefined
      ? pctChange(usage.logins.last30, usage.logins.prev30) : null;
    if (loginChange !== null) {
      r.part(interpolate(loginChange, p.loginChangePct), 2, `logins ${fmtNum(usage!.logins!.last30!)} in the last 30 days, ${describeChange(usage!.logins!.last30!, usage!.logins!.prev30!)} the 30 days before`);
      if (loginChange < -p.loginDropRedFlagPct) r.redFlag(49, `login frequency dropped ${fmtPct(loginChange)} over the trailing 30 days`);
    }

    if (usage?.daysSinceLastLogin !== undefined) {
      const d = usage.daysSinceLastLogin;
      r.part(interpolate(d, p.daysSinceLogin), 2, `last login ${fmtNum(d)} days ago`);
      if (d >= p.inactiveDaysRedFlag) r.redFlag(49, `no login for ${fmtNum(d)} days`);
    }

    // One pass over the meetings, each date read once: attendance in the window and the latest QBR.
    let windowMeetings = 0;
    let held = 0;
    let lastQbr: Meeting | undefined;
    let lastQbrAge = Infinity;
    for (const m of eng?.meetings ?? []) {
      if (m.outcome === 'scheduled') continue;
      const age = ctx.daysAgo(m.date);
      if (age >= 0 && age <= p.windowDays) {
        windowMeetings += 1;
        if (m.outcome === 'completed') held += 1;
      }
      // The newest QBR; the first listed wins a tie (as a stable sort would keep it).
      if (m.kind === 'qbr' && age >= 0 && (lastQbr === undefined || age < lastQbrAge)) {
        lastQbr = m;
        lastQbrAge = age;
      }
    }
    if (windowMeetings > 0) {
      r.part(interpolate(held / windowMeetings, p.meetingAttendance), 2, `${held} of ${windowMeetings} meetings in the last ${p.windowDays} days held`);
    }
    if (lastQbr && (lastQbr.outcome === 'canceled' || lastQbr.outcome === 'no_show')) {
      r.redFlag(49, `last QBR (${lastQbr.date.slice(0, 10)}) was ${lastQbr.outcome === 'no_show' ? 'a no-show' : 'cancelled'}`);
    }

    const emails = (eng?.emails ?? []).filter((e) => {
      const age = ctx.daysAgo(e.date);
      return age >= 0 && age <= p.windowDays;
    });
    let outbound = 0;
    for (const e of emails) if (e.direction === 'outbound') outbound += 1;
    const inbound = emails.length - outbound;
    if (outbound > 0) {
      r.part(interpolate(inbound / outbound, p.responsiveness), 2, `${inbound} ${inbound === 1 ? 'reply' : 'replies'} to ${outbound} outreach emails in the last ${p.windowDays} days`);
    } else if (inbound > 0) {
      r.part(interpolate(1, p.responsiveness), 2, `${inbound} inbound emails from the client in the last ${p.windowDays} days`);
    }
    const unanswered = unansweredOutreach(emails, ctx.daysAgo);
    if (unanswered >= 2) r.redFlag(45, `last ${unanswered} outreach emails unanswered`);

    if (eng?.lastContactAt !== undefined) {
      const d = Math.max(0, Math.floor(ctx.daysAgo(eng.lastContactAt)));
      r.part(interpolate(d, p.daysSinceContact), 1, `last two-way contact ${d} days ago`);
    }

    if (eng?.communityActive) r.greenFlag(p.greenFlagPoints, 'active in the customer community');
    if (flags?.newDepartmentAdoption) r.greenFlag(p.greenFlagPoints, 'a new department adopted the product');
    if (flags?.referralOrCaseStudy) r.greenFlag(p.greenFlagPoints, 'volunteered for a referral, case study or advisory board');

    const activeChange = usage?.activeUsers?.now !== undefined && usage.activeUsers.d30 !== undefined
      ? pctChange(usage.activeUsers.now, usage.activeUsers.d30) : null;
    return r.result(ctx, trendOf(loginChange ?? activeChange, 10));
  },
};

/** Outbound emails since the client's last inbound email (consecutive unanswered outreach). */
export function unansweredOutreach(emails: ReadonlyArray<{ date: string; direction: 'inbound' | 'outbound' }>, daysAgo: (iso: string) => number): number {
  // Newest first, the run of outbound emails before the first inbound one. Found without
  // sorting: the latest inbound email (the first listed of equally dated ones, as a stable
  // sort would order them), then the outbound emails that a sort would put before it.
  const ages = emails.map((e) => daysAgo(e.date));
  let reply = -1;
  for (let i = 0; i < emails.length; i++) {
    if (emails[i]!.direction === 'inbound' && (reply === -1 || ages[i]! < ages[reply]!)) reply = i;
  }
  let n = 0;
  for (let i = 0; i < emails.length; i++) {
    if (emails[i]!.direction === 'outbound' && (reply === -1 || ages[i]! < ages[reply]! || (ages[i] === ages[reply] && i < reply))) n += 1;
  }
  return n;
}
