/**
 * Compound churn signals of seed 002 ("High-Severity" / "Medium-Severity Churn
 * Signals"): patterns that mean elevated churn risk whatever the dimension
 * scores say. A compound signal fires only when every half of it is in the data.
 *
 * | key                                   | severity | fires when                                                                                   |
 * |---------------------------------------|----------|----------------------------------------------------------------------------------------------|
 * | champion_departure_usage_decline      | high     | a champion departed / changed role in the last 90 days (or undated) AND usage fell ≥ 20% in 30 days (active users, else logins) |
 * | support_escalation_negative_sentiment | high     | an escalated high/urgent ticket in the last 90 days AND negative sentiment or hostile words in 90 days |
 * | budget_review_downgrade               | high     | flags.budgetReview AND (flags.downgradeRequested OR a downgrade / discount change in 180 days) |
 * | executive_turnover_competitor         | high     | (flags.executiveTurnover OR an executive sponsor / decision maker new, departed or changed role in 180 days or undated) AND a competitor mention |
 * | usage_collapse_non_response           | high     | active users < 25% of the d30/d60/d90 average (else logins < 25% of prev30) AND non-response (≥ 2 unanswered emails, last two meetings canceled/no-show, or silent > 30 days despite outreach) |
 * | flat_renewal_discount_dependency      | medium   | the last two or more renewals each flat (arrDelta ≤ 0) with a discount within 60 days, OR discountPct ≥ 15 with the latest renewal flat |
 * | single_threaded                       | medium   | stakeholders listed and at most one of them active / promoted / new                        |
 * | feature_stagnation                    | medium   | usage.featuresAdoptedLast180d = 0 (not under 180 days of tenure)                             |
 * | qbr_decline                           | medium   | the last two QBRs held-or-missed were canceled or no-show (rescheduled records skipped)       |
 * | survey_non_response                   | medium   | the last two survey invites older than 7 days unanswered                                     |
 *
 * A renewal with no arrDelta is not counted as flat (missing data is never bad
 * news). A rescheduled QBR is skipped rather than counted as declined or held:
 * it is a placeholder, the moved meeting has its own record with the real outcome.
 */
import type { ChurnSignal } from '../contract';
import type { ChurnSignalKey } from './catalogue';
import type { ScoringContext } from '../context';
import { fmtNum } from '../scale';
import {
  changedWithin, championDepartures, competitorMention, day, escalatedTickets, inLastDays, negativeTone, newestFirst,
  outreachNonResponse, signedMoney, stakeholderChanges, usageCollapse, usageDecline30, when,
} from './facts';

/** A champion change counts for the compound signal when this recent (days). */
export const CHAMPION_DEPARTURE_WINDOW_DAYS = 90;
/** Usage fall over 30 days (%) that, with a champion departure, makes the compound signal. */
export const USAGE_DECLINE_PCT = 20;
/** Window (days) for a downgrade / discount contract change to pair with a budget review. */
export const BUDGET_CHANGE_WINDOW_DAYS = 180;
/** Window (days) for an executive sponsor / decision maker change. */
export const EXECUTIVE_CHANGE_WINDOW_DAYS = 180;
/** Consecutive flat renewals with a discount that make discount dependency (seed: "two or more cycles"). */
export const FLAT_DISCOUNTED_RENEWALS_MIN = 2;
/** A discount change this close (days, either side) to a renewal "accompanies" it. */
export const DISCOUNT_NEAR_RENEWAL_DAYS = 60;
/** Standing discount (% of contract value) that, with a flat latest renewal, is discount dependency. */
export const HEAVY_DISCOUNT_PCT = 15;
/** At most this many engaged (active / promoted / new) stakeholders is single-threaded. */
export const SINGLE_THREAD_MAX_ENGAGED = 1;
/** Tenure (days) under which feature stagnation is not judged (seed: "6+ months"). */
export const FEATURE_STAGNATION_MIN_TENURE_DAYS = 180;
/** QBRs in a row declined that make QBR decline. */
export const QBR_DECLINED_MIN = 2;
/** Survey invites in a row unanswered that make survey non-response. */
export const SURVEY_UNANSWERED_MIN = 2;
/** An invite younger than this (days) is still open, not yet unanswered. */
export const SURVEY_GRACE_DAYS = 7;

const high = (key: ChurnSignalKey, label: string, evidence: string[]): ChurnSignal => ({ key, severity: 'high', label, evidence });
const medium = (key: ChurnSignalKey, label: string, evidence: string[]): ChurnSignal => ({ key, severity: 'medium', label, evidence });

function championDepartureUsageDecline(ctx: ScoringContext): ChurnSignal | null {
  const departure = championDepartures(ctx).find((c) => changedWithin(c, CHAMPION_DEPARTURE_WINDOW_DAYS));
  const decline = departure && usageDecline30(ctx, USAGE_DECLINE_PCT);
  if (!departure || !decline) return null;
  return high('champion_departure_usage_decline', 'Champion departure + usage decline', [departure.evidence, ...decline.evidence]);
}

function supportEscalationNegativeSentiment(ctx: ScoringContext): ChurnSignal | null {
  const escalated = escalatedTickets(ctx);
  const tone = escalated && negativeTone(ctx);
  if (!escalated || !tone) return null;
  return high('support_escalation_negative_sentiment', 'Support escalation + negative sentiment', [...escalated.evidence, ...tone.evidence]);
}

function budgetReviewDowngrade(ctx: ScoringContext): ChurnSignal | null {
  const { flags, billing } = ctx.snapshot;
  if (!flags?.budgetReview) return null;
  const pressure = flags.downgradeRequested ? ['downgrade or pricing concession requested (CRM flag)'] : [];
  for (const c of billing?.contractChanges ?? []) {
    if ((c.kind === 'downgrade' || c.kind === 'discount') && inLastDays(ctx, c.date, BUDGET_CHANGE_WINDOW_DAYS)) {
      pressure.push(`${c.kind} ${when(ctx, c.date)}${c.arrDelta !== undefined ? `, ARR change ${signedMoney(c.arrDelta)}` : ''}`);
    }
  }
  if (pressure.length === 0) return null;
  return high('budget_review_downgrade', 'Budget review + downgrade request', ['budget / vendor review in progress (CRM flag)', ...pressure]);
}

function executiveTurnoverCompetitor(ctx: ScoringContext): ChurnSignal | null {
  const turnover = ctx.snapshot.flags?.executiveTurnover ? ['executive turnover at the client (CRM flag)'] : [];
  turnover.push(
    ...stakeholderChanges(ctx, ['new', 'departed', 'changed_role'], ['executive_sponsor', 'decision_maker'])
      .filter((c) => changedWithin(c, EXECUTIVE_CHANGE_WINDOW_DAYS))
      .map((c) => c.evidence),
  );
  const competitor = turnover.length > 0 ? competitorMention(ctx) : null;
  if (!competitor) return null;
  return high('executive_turnover_competitor', 'Executive turnover + competitive mention', [...turnover, ...competitor.evidence]);
}

function usageCollapseNonResponse(ctx: ScoringContext): ChurnSignal | null {
  const collapse = usageCollapse(ctx);
  const silence = collapse && outreachNonResponse(ctx);
  if (!collapse || !silence) return null;
  return high('usage_collapse_non_response', 'Usage collapse + non-response', [...collapse.evidence, ...silence.evidence]);
}

function flatRenewalDiscountDependency(ctx: ScoringContext): ChurnSignal | null {
  const billing = ctx.snapshot.billing;
  const changes = newestFirst(ctx, billing?.contractChanges, (c) => c.date);
  const renewals = changes.filter((c) => c.item.kind === 'renewal');
  if (renewals.length === 0) return null;
  const discounts = changes.filter((c) => c.item.kind === 'discount');
  const flat = (r: { arrDelta?: number }) => r.arrDelta !== undefined && r.arrDelta <= 0;

  const run: string[] = [];
  for (const r of renewals) {
    const discount = discounts.find((d) => Math.abs(d.age - r.age) <= DISCOUNT_NEAR_RENEWAL_DAYS)?.item;
    if (!flat(r.item) || !discount) break;
    run.push(`renewed ${day(r.item.date)} flat (ARR change ${signedMoney(r.item.arrDelta ?? 0)}) with a discount on ${day(discount.date)}`);
  }
  if (run.length >= FLAT_DISCOUNTED_RENEWALS_MIN) {
    return medium('flat_renewal_discount_dependency', 'Flat renewal + discount dependency', [`${run.length} consecutive flat renewals, each with a discount`, ...run]);
  }
  const latest = renewals[0]?.item;
  const pct = billing?.discountPct;
  if (latest && flat(latest) && pct !== undefined && pct >= HEAVY_DISCOUNT_PCT) {
    return medium('flat_renewal_discount_dependency', 'Flat renewal + discount dependency', [
      `discount ${fmtNum(pct)}% of contract value`,
      `latest renewal ${day(latest.date)} flat (ARR change ${signedMoney(latest.arrDelta ?? 0)})`,
    ]);
  }
  return null;
}

function singleThreaded(ctx: ScoringContext): ChurnSignal | null {
  const people = ctx.snapshot.stakeholders ?? [];
  if (people.length === 0) return null;
  const engaged = people.filter((p) => p.status === 'active' || p.status === 'promoted' || p.status === 'new');
  if (engaged.length > SINGLE_THREAD_MAX_ENGAGED) return null;
  const who = engaged[0] ? `: ${engaged[0].name}${engaged[0].title ? ` (${engaged[0].title})` : ''}, ${engaged[0].role.replace('_', ' ')}` : '';
  return medium('single_threaded', 'Single-threaded relationship', [`${engaged.length} of ${people.length} known stakeholder${people.length === 1 ? '' : 's'} still engaged${who}`]);
}

function featureStagnation(ctx: ScoringContext): ChurnSignal | null {
  const usage = ctx.snapshot.usage;
  if (usage?.featuresAdoptedLast180d !== 0) return null;
  if (ctx.tenureDays !== null && ctx.tenureDays < FEATURE_STAGNATION_MIN_TENURE_DAYS) return null;
  const breadth = usage.featuresUsed !== undefined && usage.featuresAvailable !== undefined
    ? ` (using ${fmtNum(usage.featuresUsed)} of ${fmtNum(usage.featuresAvailable)} features)` : '';
  return medium('feature_stagnation', 'Feature stagnation', [`no new feature adopted in the last 180 days${breadth}`]);
}

function qbrDecline(ctx: ScoringContext): ChurnSignal | null {
  const qbrs = ctx.snapshot.engagement?.meetings?.filter((m) => m.kind === 'qbr' && m.outcome !== 'scheduled' && m.outcome !== 'rescheduled');
  const last = newestFirst(ctx, qbrs, (m) => m.date).slice(0, QBR_DECLINED_MIN).map((e) => e.item);
  if (last.length < QBR_DECLINED_MIN || !last.every((m) => m.outcome === 'canceled' || m.outcome === 'no_show')) return null;
  return medium('qbr_decline', 'QBR decline', [`last ${QBR_DECLINED_MIN} QBRs declined: ${last.map((m) => `${day(m.date)} ${m.outcome === 'no_show' ? 'no-show' : 'canceled'}`).join(', ')}`]);
}

function surveyNonResponse(ctx: ScoringContext): ChurnSignal | null {
  const last = newestFirst(ctx, ctx.snapshot.surveyInvites, (i) => i.sentAt)
    .filter((e) => e.age >= SURVEY_GRACE_DAYS)
    .slice(0, SURVEY_UNANSWERED_MIN)
    .map((e) => e.item);
  if (last.length < SURVEY_UNANSWERED_MIN || last.some((i) => i.responded)) return null;
  return medium('survey_non_response', 'Survey non-response', [`last ${SURVEY_UNANSWERED_MIN} surveys unanswered: ${last.map((i) => `${i.type.toUpperCase()} sent ${day(i.sentAt)}`).join(', ')}`]);
}

/** Detectors in detection order: the five high-severity signals, then the five medium ones. */
export const CHURN_DETECTORS: ReadonlyArray<(ctx: ScoringContext) => ChurnSignal | null> = [
  championDepartureUsageDecline,
  supportEscalationNegativeSentiment,
  budgetReviewDowngrade,
  executiveTurnoverCompetitor,
  usageCollapseNonResponse,
  flatRenewalDiscountDependency,
  singleThreaded,
  featureStagnation,
  qbrDecline,
  surveyNonResponse,
];

export function detectChurnSignals(ctx: ScoringContext): ChurnSignal[] {
  return CHURN_DETECTORS.map((detect) => detect(ctx)).filter((s): s is ChurnSignal => s !== null);
}
