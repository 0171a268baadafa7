import type { SeedRecord, Trajectory } from '../types';
import { generatePortfolio } from './index';
import { SeedView } from './seed-view';

const seed = generatePortfolio({ companies: 600, seed: 'signals' });
const view = new SeedView(seed);
const asOf = Date.parse(seed.asOf);
const DAY = 86_400_000;
const RED_FLAGS = /unacceptable|considering alternatives|escalat|cancel|not renew|fed up|ridiculous|frustrated|terrible|disappointed/i;

function mean(xs: (number | undefined)[]): number | undefined {
  const ys = xs.filter((x): x is number => x !== undefined && !Number.isNaN(x));
  return ys.length === 0 ? undefined : ys.reduce((s, x) => s + x, 0) / ys.length;
}

interface Metrics {
  usageChange90: number;
  negativeTickets90: number;
  escalations90: number;
  npsAvg90?: number;
  npsResponses90: number;
  meetingsCompletedShare180?: number;
  championDeparted: boolean;
  /** Replies per email sent in the last 60 days. */
  replyRatio60?: number;
  entitlementPct: number;
  lifecycle: string;
}

function recent(records: SeedRecord[], prop: string, days: number, at = asOf): SeedRecord[] {
  return records.filter((r) => {
    const t = Date.parse(r.properties[prop] ?? r.createdAt);
    return t <= at && t > at - days * DAY;
  });
}

function metrics(companyId: string): Metrics {
  const company = view.get('companies', companyId)!;
  const now = SeedView.numberAt(company, 'che_active_users', asOf) ?? 0;
  const before = SeedView.numberAt(company, 'che_active_users', asOf - 90 * DAY) ?? now;
  const tickets = view.related(companyId, 'tickets').map((x) => x.record);
  const t90 = tickets.filter((t) => Date.parse(t.createdAt) > asOf - 90 * DAY);
  const nps = recent(view.related(companyId, 'feedback_submissions').map((x) => x.record).filter((f) => f.properties.hs_survey_type === 'NPS'), 'hs_submission_timestamp', 180);
  const meetings = recent(view.related(companyId, 'meetings').map((x) => x.record), 'hs_timestamp', 180).filter((m) => m.properties.hs_meeting_outcome !== 'SCHEDULED');
  const contacts = view.related(companyId, 'contacts');
  const emails = recent(view.related(companyId, 'emails').map((x) => x.record), 'hs_timestamp', 60);
  const sent = emails.filter((e) => e.properties.hs_email_direction === 'EMAIL').length;
  return {
    usageChange90: before > 0 ? (now - before) / before : 0,
    negativeTickets90: t90.filter((t) => RED_FLAGS.test(`${t.properties.subject} ${t.properties.content}`)).length,
    escalations90: t90.filter((t) => t.properties.che_escalated === 'true').length,
    npsAvg90: mean(nps.filter((f) => Date.parse(f.properties.hs_submission_timestamp!) > asOf - 90 * DAY).map((f) => Number(f.properties.hs_value))),
    npsResponses90: nps.filter((f) => Date.parse(f.properties.hs_submission_timestamp!) > asOf - 90 * DAY).length,
    meetingsCompletedShare180: meetings.length ? meetings.filter((m) => m.properties.hs_meeting_outcome === 'COMPLETED').length / meetings.length : undefined,
    championDeparted: contacts.some((c) => c.association.types.some((t) => t.typeId === 1001) && c.record.properties.che_left_company === 'true'),
    replyRatio60: sent > 0 ? emails.filter((e) => e.properties.hs_email_direction === 'INCOMING_EMAIL').length / sent : undefined,
    entitlementPct: SeedView.numberAt(company, 'che_entitlement_used_pct', asOf) ?? 0,
    lifecycle: company.properties.lifecyclestage!,
  };
}

const current = seed.truth.filter((t) => t.nextRenewal);
const byTrajectory = new Map<Trajectory, Metrics[]>();
for (const t of current) byTrajectory.set(t.trajectory, [...(byTrajectory.get(t.trajectory) ?? []), metrics(t.companyId)]);

const median = (xs: (number | undefined)[]) => {
  const ys = xs.filter((x): x is number => x !== undefined).sort((a, b) => a - b);
  return ys.length === 0 ? NaN : ys[Math.floor(ys.length / 2)]!;
};
const avg = (t: Trajectory, f: (m: Metrics) => number | undefined) => mean((byTrajectory.get(t) ?? []).map(f)) ?? NaN;
/** Usage changes are skewed (seasonal accounts, recoveries from low bases): compare medians. */
const mid = (t: Trajectory, f: (m: Metrics) => number | undefined) => median((byTrajectory.get(t) ?? []).map(f));
const share = (t: Trajectory, f: (m: Metrics) => boolean) => mean((byTrajectory.get(t) ?? []).map((m) => (f(m) ? 1 : 0))) ?? NaN;

describe('planted signals by trajectory', () => {
  it('has every trajectory among current customers', () => {
    for (const t of ['steady', 'declining', 'recovering', 'silent_churner', 'expansion_ready', 'new'] as Trajectory[]) {
      expect((byTrajectory.get(t) ?? []).length).toBeGreaterThan(10);
    }
  });

  it('declining and silent accounts lose active users over 90 days; steady ones hold; expansion-ready ones grow', () => {
    const change = (m: Metrics) => m.usageChange90;
    expect(avg('declining', change)).toBeLessThan(avg('steady', change) - 0.2);
    expect(avg('silent_churner', change)).toBeLessThan(avg('steady', change) - 0.15);
    expect(Math.abs(mid('steady', change))).toBeLessThan(0.05);
    expect(mid('declining', change)).toBeLessThan(-0.15);
    expect(mid('expansion_ready', change)).toBeGreaterThan(mid('steady', change) + 0.1);
    expect(mid('recovering', change)).toBeGreaterThan(mid('steady', change) + 0.1);
  });

  it('declining accounts write angrier tickets and escalate more; silent churners go quiet', () => {
    expect(avg('declining', (m) => m.negativeTickets90)).toBeGreaterThan(3 * avg('steady', (m) => m.negativeTickets90));
    expect(avg('declining', (m) => m.escalations90)).toBeGreaterThan(3 * avg('steady', (m) => m.escalations90));
    expect(avg('silent_churner', (m) => m.npsResponses90)).toBeLessThan(0.6 * avg('steady', (m) => m.npsResponses90));
    expect(avg('silent_churner', (m) => m.replyRatio60)).toBeLessThan(0.5 * avg('steady', (m) => m.replyRatio60));
  });

  it('troubled accounts score lower NPS, miss more meetings and lose champions more often', () => {
    expect(avg('declining', (m) => m.npsAvg90)).toBeLessThan(avg('steady', (m) => m.npsAvg90) - 1);
    expect(avg('declining', (m) => m.meetingsCompletedShare180)).toBeLessThan(avg('steady', (m) => m.meetingsCompletedShare180) - 0.1);
    expect(share('declining', (m) => m.championDeparted)).toBeGreaterThan(share('steady', (m) => m.championDeparted) + 0.3);
  });

  it('expansion-ready accounts run over their entitlement', () => {
    expect(share('expansion_ready', (m) => m.entitlementPct > 100)).toBeGreaterThan(0.5);
    expect(share('steady', (m) => m.entitlementPct > 100)).toBeLessThan(0.1);
  });

  it('CSM notes carry risk flags on troubled accounts and expansion flags on expansion-ready ones', () => {
    const notesOf = (traj: Trajectory) => current.filter((t) => t.trajectory === traj)
      .map((t) => view.related(t.companyId, 'notes').map((n) => n.record.properties.hs_note_body ?? '').join(' '));
    const rate = (traj: Trajectory, re: RegExp) => notesOf(traj).filter((text) => re.test(text)).length / notesOf(traj).length;
    const risk = /competitor|budget review|downgrade|acquired|executive turnover|left the company/i;
    const growth = /new department|referral|case study|early renewal|promoted|competitive displacement/i;
    expect(rate('declining', risk)).toBeGreaterThan(0.5);
    expect(rate('steady', risk)).toBeLessThan(0.15);
    expect(rate('expansion_ready', growth)).toBeGreaterThan(0.6);
    expect(rate('declining', growth)).toBeLessThan(0.1);
  });

  it('no single signal is a perfect predictor: some steady accounts show a warning sign, some churners do not', () => {
    const steady = byTrajectory.get('steady')!;
    const alarmed = steady.filter((m) => m.escalations90 > 0 || m.usageChange90 < -0.15 || (m.npsAvg90 ?? 10) < 6).length;
    expect(alarmed).toBeGreaterThan(0);
    const churners = current.filter((t) => t.nextRenewal!.expectedOutcome === 'lost').map((t) => metrics(t.companyId));
    expect(churners.filter((m) => !m.championDeparted).length).toBeGreaterThan(0);
    expect(churners.filter((m) => m.escalations90 === 0).length).toBeGreaterThan(0);
  });

  it('prints the table (for humans)', () => {
    const rows = [...byTrajectory.keys()].map((t) => ({
      trajectory: t, n: byTrajectory.get(t)!.length,
      usage90: avg(t, (m) => m.usageChange90).toFixed(2), usage90med: mid(t, (m) => m.usageChange90).toFixed(2), negTix: avg(t, (m) => m.negativeTickets90).toFixed(2),
      esc: avg(t, (m) => m.escalations90).toFixed(2), nps: avg(t, (m) => m.npsAvg90).toFixed(1), npsN: avg(t, (m) => m.npsResponses90).toFixed(2),
      mtg: avg(t, (m) => m.meetingsCompletedShare180).toFixed(2), champLeft: share(t, (m) => m.championDeparted).toFixed(2),
      replies: avg(t, (m) => m.replyRatio60).toFixed(2), ent: avg(t, (m) => m.entitlementPct).toFixed(0),
    }));
    if (process.env.SHOW_SIGNALS) console.table(rows);
    expect(rows.length).toBe(6);
  });
});
