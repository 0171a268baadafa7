/**
 * Systemic themes: risks (and expansion) that several accounts share, e.g.
 * "4 of 12 accounts have champion turnover". An account has a theme when one
 * of the theme's signals fired for it, or one of the theme's dimensions scored
 * below WEAK_DIMENSION (a data gap is not a weak score). A theme is systemic
 * when at least MIN_ACCOUNTS accounts and MIN_SHARE of the portfolio share it.
 * Risk themes come first, each group most widespread first, then by the ARR it touches.
 *
 * | theme                  | signals                                                                     | weak dimension                 |
 * |------------------------|-----------------------------------------------------------------------------|--------------------------------|
 * | champion turnover      | champion_departure_usage_decline, champion_job_change                       | —                              |
 * | declining usage        | usage_drop_30pct, usage_collapse_non_response, team_member_departures       | usage_trend, product_usage     |
 * | support friction       | support_escalation_negative_sentiment, ticket_spike_then_silence            | support                        |
 * | competitive pressure   | executive_turnover_competitor, competitor_evaluation                        | —                              |
 * | budget pressure        | budget_review_downgrade, flat_renewal_discount_dependency, billing_page_no_upgrade, renewal_stalled | billing, financial |
 * | thin relationships     | single_threaded                                                             | stakeholders, relationship     |
 * | low adoption           | feature_stagnation                                                          | adoption, outcomes             |
 * | disengagement          | qbr_decline, survey_non_response, data_export_request                       | engagement                     |
 * | expansion opportunity  | any strong expansion signal                                                 | —                              |
 */
import type { HealthAssessment } from '../contract';

export const WEAK_DIMENSION = 40;
export const MIN_ACCOUNTS = 2;
export const MIN_SHARE = 0.1;

export interface ThemeDefinition {
  key: string;
  /** Completes "N of M accounts …". */
  phrase: string;
  signals: ReadonlyArray<string>;
  weakDimensions: ReadonlyArray<string>;
  /** What would move a still-healthy account with this theme to At Risk (watchlist). */
  escalationTrigger: string;
  risk: boolean;
}

export const THEMES: ReadonlyArray<ThemeDefinition> = [
  { key: 'champion_turnover', phrase: 'have champion turnover', signals: ['champion_departure_usage_decline', 'champion_job_change'], weakDimensions: [], escalationTrigger: 'no new champion engaged within 30 days', risk: true },
  { key: 'declining_usage', phrase: 'show declining usage', signals: ['usage_drop_30pct', 'usage_collapse_non_response', 'team_member_departures'], weakDimensions: ['usage_trend', 'product_usage'], escalationTrigger: 'active users fall a further 10% month over month', risk: true },
  { key: 'support_friction', phrase: 'have support friction (escalations, negative tickets)', signals: ['support_escalation_negative_sentiment', 'ticket_spike_then_silence'], weakDimensions: ['support'], escalationTrigger: 'another escalated or negative-sentiment ticket', risk: true },
  { key: 'competitive_pressure', phrase: 'face competitive pressure', signals: ['executive_turnover_competitor', 'competitor_evaluation'], weakDimensions: [], escalationTrigger: 'a competitor evaluation is confirmed', risk: true },
  { key: 'budget_pressure', phrase: 'show budget or pricing pressure', signals: ['budget_review_downgrade', 'flat_renewal_discount_dependency', 'billing_page_no_upgrade', 'renewal_stalled'], weakDimensions: ['billing', 'financial'], escalationTrigger: 'a downgrade, discount or payment delay is requested', risk: true },
  { key: 'thin_relationships', phrase: 'are single-threaded or thinly related', signals: ['single_threaded'], weakDimensions: ['stakeholders', 'relationship'], escalationTrigger: 'the one engaged contact goes quiet for 30 days', risk: true },
  { key: 'low_adoption', phrase: 'have low or stagnant feature adoption', signals: ['feature_stagnation'], weakDimensions: ['adoption', 'outcomes'], escalationTrigger: 'no new feature adopted by the next check-in', risk: true },
  { key: 'disengagement', phrase: 'are disengaging (missed QBRs, unanswered surveys, data exports)', signals: ['qbr_decline', 'survey_non_response', 'data_export_request'], weakDimensions: ['engagement'], escalationTrigger: 'a second missed QBR or unanswered outreach', risk: true },
];

export const EXPANSION_THEME: ThemeDefinition = { key: 'expansion_opportunity', phrase: 'show strong expansion signals', signals: [], weakDimensions: [], escalationTrigger: '', risk: false };

export function hasTheme(a: HealthAssessment, theme: ThemeDefinition): boolean {
  if (!theme.risk) return a.signals.expansion.some((s) => s.strength === 'strong');
  if (a.signals.churn.some((s) => theme.signals.includes(s.key))) return true;
  return a.dimensions.some((d) => theme.weakDimensions.includes(d.key) && !d.dataGap && d.score !== null && d.score < WEAK_DIMENSION);
}

/** The risk theme a churn signal belongs to, if any. */
export function themeOfSignal(key: string): ThemeDefinition | undefined {
  return THEMES.find((t) => t.signals.includes(key));
}

export interface Theme {
  key: string;
  risk: boolean;
  accounts: number;
  of: number;
  arr: number;
  names: string[];
  /** "4 of 12 accounts have champion turnover". */
  text: string;
}

export function systemicThemes(assessments: ReadonlyArray<HealthAssessment>): Theme[] {
  const total = assessments.length;
  const themes: Theme[] = [];
  for (const def of [...THEMES, EXPANSION_THEME]) {
    const members = assessments.filter((a) => hasTheme(a, def));
    if (members.length < MIN_ACCOUNTS || members.length < MIN_SHARE * total) continue;
    themes.push({
      key: def.key,
      risk: def.risk,
      accounts: members.length,
      of: total,
      arr: members.reduce((s, a) => s + (a.renewal.arr ?? 0), 0),
      names: members.map((a) => a.name),
      text: `${members.length} of ${total} accounts ${def.phrase}`,
    });
  }
  return themes.sort((x, y) => Number(y.risk) - Number(x.risk) || y.accounts - x.accounts || y.arr - x.arr);
}
