/**
 * Expansion signals of seed 002 ("Strong" / "Moderate Expansion Signals"): where
 * the account has room to grow, so the forecast carries upside beside risk.
 *
 * | key                        | strength | fires when                                                                                  |
 * |----------------------------|----------|---------------------------------------------------------------------------------------------|
 * | usage_exceeds_entitlement  | strong   | usage.entitlementUsedPct ≥ 95, or seatsActive ≥ seatsPurchased (> 0)                        |
 * | new_department_adoption    | strong   | flags.newDepartmentAdoption                                                                 |
 * | adjacent_feature_requests  | strong   | flags.adjacentFeatureRequest, or FEATURE_REQUEST_PHRASES in ticket text of the last 180 days |
 * | champion_promoted          | strong   | a champion with status `promoted`                                                           |
 * | referral_or_case_study     | strong   | flags.referralOrCaseStudy                                                                   |
 * | api_usage_growth           | moderate | apiCalls last 30 d ≥ 1.2 × previous 30 d (previous > 0)                                     |
 * | multi_stakeholder_growth   | moderate | ≥ 2 stakeholders `new` in the last 180 days and none departed in that time; or active users now ≥ 1.2 × 90 days ago and at least 5 more people |
 * | nps_improving              | moderate | the latest NPS ≥ the previous NPS + 2                                                       |
 * | early_contract_inquiry     | moderate | flags.earlyRenewalInquiry                                                                   |
 * | competitive_displacement   | moderate | flags.competitiveDisplacement                                                               |
 *
 * Multi-stakeholder growth reads the seed's "more people attending, filing or
 * logging in" two ways: named newcomers in the CRM (a departure in the same
 * window means churn of people, not growth; an undated departure counts as
 * recent), or clearly more active users — both a 20% rise and five more people,
 * so 3 → 4 users does not count as broader engagement.
 */
import type { ExpansionSignal } from '../contract';
import type { ExpansionSignalKey } from './catalogue';
import type { ScoringContext } from '../context';
import { FEATURE_REQUEST_PHRASES } from '../text';
import { describeChange, fmtNum } from '../scale';
import { changedWithin, day, describeMonthly, monthlyChange, newestFirst, stakeholderChanges, textMentions, when } from './facts';

/** Share of the contracted entitlement in use that counts as hitting the cap (%). */
export const ENTITLEMENT_USED_PCT = 95;
/** How far back ticket text is read for requests for adjacent capabilities (days). */
export const FEATURE_REQUEST_WINDOW_DAYS = 180;
/** API calls last 30 days over the 30 days before that count as growing. */
export const API_GROWTH_RATIO = 1.2;
/** Newly added stakeholders needed for multi-stakeholder growth. */
export const NEW_STAKEHOLDERS_MIN = 2;
/** Window (days) for new stakeholders (seed: "than 6 months ago"). */
export const STAKEHOLDER_GROWTH_WINDOW_DAYS = 180;
/** Active users now over 90 days ago that count as broader engagement. */
export const ACTIVE_USER_GROWTH_RATIO = 1.2;
/** …and the least number of additional active users that makes it "more people". */
export const ACTIVE_USER_GROWTH_MIN = 5;
/** NPS points gained between the last two surveys (seed: "improved by 2+ points"). */
export const NPS_GAIN_MIN = 2;

const strong = (key: ExpansionSignalKey, label: string, evidence: string[]): ExpansionSignal => ({ key, strength: 'strong', label, evidence });
const moderate = (key: ExpansionSignalKey, label: string, evidence: string[]): ExpansionSignal => ({ key, strength: 'moderate', label, evidence });

function usageExceedsEntitlement(ctx: ScoringContext): ExpansionSignal | null {
  const usage = ctx.snapshot.usage;
  const evidence: string[] = [];
  if (usage?.entitlementUsedPct !== undefined && usage.entitlementUsedPct >= ENTITLEMENT_USED_PCT) {
    evidence.push(`${fmtNum(usage.entitlementUsedPct)}% of the contracted entitlement in use`);
  }
  if (usage?.seatsActive !== undefined && usage.seatsPurchased !== undefined && usage.seatsPurchased > 0 && usage.seatsActive >= usage.seatsPurchased) {
    evidence.push(`${fmtNum(usage.seatsActive)} active seats of ${fmtNum(usage.seatsPurchased)} purchased`);
  }
  return evidence.length > 0 ? strong('usage_exceeds_entitlement', 'Usage exceeding entitlements', evidence) : null;
}

function newDepartmentAdoption(ctx: ScoringContext): ExpansionSignal | null {
  return ctx.snapshot.flags?.newDepartmentAdoption
    ? strong('new_department_adoption', 'New department adoption', ['a department outside the original purchase adopted the product (CRM flag)'])
    : null;
}

function adjacentFeatureRequests(ctx: ScoringContext): ExpansionSignal | null {
  const evidence = ctx.snapshot.flags?.adjacentFeatureRequest ? ['asked for higher-tier or add-on capabilities (CRM flag)'] : [];
  evidence.push(...textMentions(ctx, FEATURE_REQUEST_PHRASES, FEATURE_REQUEST_WINDOW_DAYS, false));
  return evidence.length > 0 ? strong('adjacent_feature_requests', 'Feature requests for adjacent capabilities', evidence) : null;
}

function championPromoted(ctx: ScoringContext): ExpansionSignal | null {
  const promoted = stakeholderChanges(ctx, ['promoted'], ['champion']);
  return promoted.length > 0 ? strong('champion_promoted', 'Champion promotion', promoted.map((c) => c.evidence)) : null;
}

function referralOrCaseStudy(ctx: ScoringContext): ExpansionSignal | null {
  return ctx.snapshot.flags?.referralOrCaseStudy
    ? strong('referral_or_case_study', 'Proactive referral or case study', ['volunteered for a referral, case study or advisory board (CRM flag)'])
    : null;
}

function apiUsageGrowth(ctx: ScoringContext): ExpansionSignal | null {
  const api = monthlyChange(ctx, 'API calls');
  if (!api || api.now < API_GROWTH_RATIO * api.before) return null;
  return moderate('api_usage_growth', 'Increasing API usage', [describeMonthly(api)]);
}

function multiStakeholderGrowth(ctx: ScoringContext): ExpansionSignal | null {
  const evidence: string[] = [];
  const added = stakeholderChanges(ctx, ['new']).filter((c) => changedWithin(c, STAKEHOLDER_GROWTH_WINDOW_DAYS));
  const departed = stakeholderChanges(ctx, ['departed']).filter((c) => changedWithin(c, STAKEHOLDER_GROWTH_WINDOW_DAYS));
  if (added.length >= NEW_STAKEHOLDERS_MIN && departed.length === 0) {
    evidence.push(`${added.length} new stakeholders in the last ${STAKEHOLDER_GROWTH_WINDOW_DAYS} days, none departed`, ...added.map((c) => c.evidence));
  }
  const au = ctx.snapshot.usage?.activeUsers;
  if (au?.now !== undefined && au.d90 !== undefined && au.d90 > 0
      && au.now >= ACTIVE_USER_GROWTH_RATIO * au.d90 && au.now - au.d90 >= ACTIVE_USER_GROWTH_MIN) {
    evidence.push(`active users ${fmtNum(au.now)}, ${describeChange(au.now, au.d90)} ninety days ago`);
  }
  return evidence.length > 0 ? moderate('multi_stakeholder_growth', 'Multi-stakeholder engagement', evidence) : null;
}

function npsImproving(ctx: ScoringContext): ExpansionSignal | null {
  const [latest, previous] = newestFirst(ctx, ctx.snapshot.surveys?.filter((s) => s.type === 'nps'), (s) => s.date).map((e) => e.item);
  if (!latest || !previous || latest.score < previous.score + NPS_GAIN_MIN) return null;
  const gain = latest.score - previous.score;
  return moderate('nps_improving', 'Positive NPS trend', [
    `NPS ${fmtNum(latest.score)} on ${day(latest.date)}, up ${fmtNum(gain)} points from ${fmtNum(previous.score)} on ${day(previous.date)}`,
  ]);
}

function earlyContractInquiry(ctx: ScoringContext): ExpansionSignal | null {
  if (!ctx.snapshot.flags?.earlyRenewalInquiry) return null;
  const renewal = ctx.snapshot.renewalDate;
  return moderate('early_contract_inquiry', 'Contract inquiry before the renewal window', [
    'asked about renewal terms, more seats or upgrades before the renewal window (CRM flag)',
    ...(renewal !== undefined ? [`renewal date ${when(ctx, renewal)}`] : []),
  ]);
}

function competitiveDisplacement(ctx: ScoringContext): ExpansionSignal | null {
  return ctx.snapshot.flags?.competitiveDisplacement
    ? moderate('competitive_displacement', 'Competitive displacement', ['replaced a competitor\'s tool with ours for a workflow outside the original deal (CRM flag)'])
    : null;
}

/** Detectors in detection order: the five strong signals, then the five moderate ones. */
export const EXPANSION_DETECTORS: ReadonlyArray<(ctx: ScoringContext) => ExpansionSignal | null> = [
  usageExceedsEntitlement,
  newDepartmentAdoption,
  adjacentFeatureRequests,
  championPromoted,
  referralOrCaseStudy,
  apiUsageGrowth,
  multiStakeholderGrowth,
  npsImproving,
  earlyContractInquiry,
  competitiveDisplacement,
];

export function detectExpansionSignals(ctx: ScoringContext): ExpansionSignal[] {
  return EXPANSION_DETECTORS.map((detect) => detect(ctx)).filter((s): s is ExpansionSignal => s !== null);
}
