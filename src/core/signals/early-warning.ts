/**
 * Early-warning indicators of seed 000 (phase 4, "early warning system"): single
 * facts that typically show 30-90 days before a churn. They are churn signals of
 * severity `medium` carrying `leadTimeDays`, the typical warning time the seed
 * gives (a range is reported at its midpoint). They may co-fire with a compound
 * signal of seed 002 (different key); their evidence states only their own fact.
 *
 * | key                       | lead (d) | fires when                                                                                   |
 * |---------------------------|----------|----------------------------------------------------------------------------------------------|
 * | usage_drop_30pct          | 90       | active users (now vs 30 days ago), logins or core actions (last 30 d vs previous 30 d) down > 30% |
 * | champion_job_change       | 75       | a champion departed or changed role in the last 180 days (or undated)                       |
 * | ticket_spike_then_silence | 60       | ≥ 3 tickets opened 31-60 days ago and more than twice the 61-90 days before, then none in the last 30 days |
 * | billing_page_no_upgrade   | 45       | usage.billingPageVisits30d ≥ 2 and no upsell contract change in the last 90 days             |
 * | competitor_evaluation     | 45       | flags.competitorMentioned, or competitor words in tickets / survey comments (180 days)       |
 * | data_export_request       | 30       | usage.dataExports30d ≥ 3                                                                     |
 * | renewal_stalled           | 38       | flags.renewalStalled (procurement delays, legal questions)                                   |
 * | team_member_departures    | 30       | ≥ 2 stakeholders departed in the last 90 days (dated), or active users down ≥ 20% vs 90 days ago |
 *
 * The seed reads team departures from licence / seat changes; the snapshot has no
 * seat history, so the 90-day active-user fall stands in for it. Departures
 * without a date are not counted there: the rule is about a recent wave.
 */
import type { ChurnSignal } from '../contract';
import type { ChurnSignalKey } from './catalogue';
import type { ScoringContext } from '../context';
import { describeChange, fmtNum, pctChange } from '../scale';
import {
  changedWithin, championDepartures, competitorMention, describeMonthly, inLastDays, monthlyChange, stakeholderChanges, when,
  type MonthlyChange,
} from './facts';

/** Monthly usage fall (%) that must be exceeded (seed 000: "monthly usage down more than 30%"). */
export const USAGE_DROP_PCT = 30;
/** How recent (days) a champion job change must be to still be an early warning. */
export const CHAMPION_CHANGE_WINDOW_DAYS = 180;
/** Tickets in the spike window (31-60 days ago) needed for a spike. */
export const TICKET_SPIKE_MIN = 3;
/** The spike must exceed this multiple of the 30 days before it (61-90 days ago). */
export const TICKET_SPIKE_RATIO = 2;
/** Billing / plans page visits in 30 days that show price shopping. */
export const BILLING_PAGE_VISITS_MIN = 2;
/** An upsell this recent (days) explains billing page visits. */
export const UPSELL_WINDOW_DAYS = 90;
/** Data exports in 30 days that suggest the client is taking its data out. */
export const DATA_EXPORTS_MIN = 3;
/** Stakeholders departed in the window that make a wave of departures. */
export const TEAM_DEPARTURES_MIN = 2;
/** Window (days) for team departures and the active-user fall standing in for seat losses. */
export const TEAM_WINDOW_DAYS = 90;
/** Active-user fall over 90 days (%) that stands in for seat losses. */
export const TEAM_USAGE_DROP_PCT = 20;

/** Typical lead time before churn (days), seed 000; ranges at their midpoint. */
export const LEAD_TIME_DAYS = {
  usage_drop_30pct: 90,
  champion_job_change: 75, // 60-90
  ticket_spike_then_silence: 60,
  billing_page_no_upgrade: 45,
  competitor_evaluation: 45, // 30-60
  data_export_request: 30,
  renewal_stalled: 38, // 30-45
  team_member_departures: 30,
} as const;

/** Every early warning must also be in the signal catalogue (never otherwise). */
type Key = keyof typeof LEAD_TIME_DAYS & ChurnSignalKey;
const warning = (key: Key, label: string, evidence: string[]): ChurnSignal =>
  ({ key, severity: 'medium', label, evidence, leadTimeDays: LEAD_TIME_DAYS[key] });

function usageDrop(ctx: ScoringContext): ChurnSignal | null {
  const drops = (['active users', 'logins', 'core actions'] as const)
    .map((m) => monthlyChange(ctx, m))
    .filter((c): c is MonthlyChange => c !== null && c.changePct < -USAGE_DROP_PCT);
  return drops.length > 0 ? warning('usage_drop_30pct', 'Monthly usage down over 30%', drops.map(describeMonthly)) : null;
}

function championJobChange(ctx: ScoringContext): ChurnSignal | null {
  const changes = championDepartures(ctx).filter((c) => changedWithin(c, CHAMPION_CHANGE_WINDOW_DAYS));
  return changes.length > 0 ? warning('champion_job_change', 'Champion job change', changes.map((c) => c.evidence)) : null;
}

function ticketSpikeThenSilence(ctx: ScoringContext): ChurnSignal | null {
  let recent = 0;
  let spike = 0;
  let before = 0;
  for (const t of ctx.snapshot.support?.tickets ?? []) {
    const d = ctx.daysAgo(t.createdAt);
    if (d > -1 && d <= 30) recent += 1;
    else if (d > 30 && d <= 60) spike += 1;
    else if (d > 60 && d <= 90) before += 1;
  }
  if (spike < TICKET_SPIKE_MIN || spike <= TICKET_SPIKE_RATIO * before || recent > 0) return null;
  return warning('ticket_spike_then_silence', 'Ticket spike, then silence', [
    `${spike} tickets opened 31-60 days ago, against ${before} in the 30 days before`,
    'no tickets opened in the last 30 days',
  ]);
}

function billingPageNoUpgrade(ctx: ScoringContext): ChurnSignal | null {
  const visits = ctx.snapshot.usage?.billingPageVisits30d;
  if (visits === undefined || visits < BILLING_PAGE_VISITS_MIN) return null;
  const upsell = (ctx.snapshot.billing?.contractChanges ?? []).some((c) => c.kind === 'upsell' && inLastDays(ctx, c.date, UPSELL_WINDOW_DAYS));
  if (upsell) return null;
  return warning('billing_page_no_upgrade', 'Billing page visits without upgrade', [
    `${fmtNum(visits)} billing page visits in the last 30 days`,
    `no upsell in the last ${UPSELL_WINDOW_DAYS} days`,
  ]);
}

function competitorEvaluation(ctx: ScoringContext): ChurnSignal | null {
  const mention = competitorMention(ctx);
  return mention ? warning('competitor_evaluation', 'Competitor evaluation', mention.evidence) : null;
}

function dataExportRequest(ctx: ScoringContext): ChurnSignal | null {
  const count = ctx.snapshot.usage?.dataExports30d;
  if (count === undefined || count < DATA_EXPORTS_MIN) return null;
  return warning('data_export_request', 'Data export requests', [`${fmtNum(count)} data exports in the last 30 days`]);
}

function renewalStalled(ctx: ScoringContext): ChurnSignal | null {
  if (!ctx.snapshot.flags?.renewalStalled) return null;
  const renewal = ctx.snapshot.renewalDate;
  return warning('renewal_stalled', 'Renewal stalled', [
    'renewal stalled by procurement delays or legal questions (CRM flag)',
    ...(renewal !== undefined ? [`renewal date ${when(ctx, renewal)}`] : []),
  ]);
}

function teamMemberDepartures(ctx: ScoringContext): ChurnSignal | null {
  const departed = stakeholderChanges(ctx, ['departed']).filter((c) => c.daysAgo !== null && c.daysAgo <= TEAM_WINDOW_DAYS);
  const evidence = departed.length >= TEAM_DEPARTURES_MIN
    ? [`${departed.length} stakeholders departed in the last ${TEAM_WINDOW_DAYS} days`, ...departed.map((c) => c.evidence)] : [];
  const au = ctx.snapshot.usage?.activeUsers;
  const change = au?.now !== undefined && au.d90 !== undefined ? pctChange(au.now, au.d90) : null;
  if (change !== null && change <= -TEAM_USAGE_DROP_PCT) {
    evidence.push(`active users ${fmtNum(au!.now!)}, ${describeChange(au!.now!, au!.d90!)} ninety days ago`);
  }
  return evidence.length > 0 ? warning('team_member_departures', 'Team member departures', evidence) : null;
}

/** Early warnings in the seed's table order. */
export const EARLY_WARNING_DETECTORS: ReadonlyArray<(ctx: ScoringContext) => ChurnSignal | null> = [
  usageDrop,
  championJobChange,
  ticketSpikeThenSilence,
  billingPageNoUpgrade,
  competitorEvaluation,
  dataExportRequest,
  renewalStalled,
  teamMemberDepartures,
];

export function detectEarlyWarnings(ctx: ScoringContext): ChurnSignal[] {
  return EARLY_WARNING_DETECTORS.map((detect) => detect(ctx)).filter((s): s is ChurnSignal => s !== null);
}
