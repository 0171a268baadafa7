/** Human labels for the contract's enums, shared by every report. */
import { fmtMoney } from '../scale';
import type { Confidence, Prediction, Priority, Tier, Trend } from '../contract';

export const PREDICTION_LABEL: Record<Prediction, string> = {
  likely_to_renew: 'Likely to Renew',
  monitor: 'Neutral / Monitor',
  at_risk: 'At Risk',
  likely_to_churn: 'Likely to Churn',
};

export const TIER_LABEL: Record<Tier, string> = {
  thriving: 'Thriving',
  healthy: 'Healthy',
  at_risk: 'At Risk',
  critical: 'Critical',
};

export const CONFIDENCE_LABEL: Record<Confidence, string> = { high: 'High', medium: 'Medium', low: 'Low' };
export const PRIORITY_LABEL: Record<Priority, string> = { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low' };
export const TREND_LABEL: Record<Trend, string> = { up: 'Up', flat: 'Stable', down: 'Down' };

export function trendLabel(trend: Trend | null): string {
  return trend === null ? '—' : TREND_LABEL[trend];
}

/** `$120,000`, or `—` when unknown. */
export function money(value: number | undefined): string {
  return value === undefined ? '—' : fmtMoney(value);
}

/** "snake_case_key" → "Snake case key" for keys without a label. */
export function humanize(key: string): string {
  const words = key.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A markdown table cell: no pipes or newlines inside. */
export function cell(text: string | number): string {
  return String(text).replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}
