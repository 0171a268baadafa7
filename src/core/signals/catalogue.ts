/**
 * Every signal key the core can emit, with its label: the option lists of
 * HubSpot's multi-select properties che_churn_signals / che_expansion_signals
 * are built from these. The detectors' key parameters are typed with the key
 * unions below, so a detector cannot emit a key missing here.
 */
export const CHURN_SIGNALS = [
  // seed 002 compound signals, high severity
  { key: 'champion_departure_usage_decline', label: 'Champion departure + usage decline', severity: 'high' },
  { key: 'support_escalation_negative_sentiment', label: 'Support escalation + negative sentiment', severity: 'high' },
  { key: 'budget_review_downgrade', label: 'Budget review + downgrade request', severity: 'high' },
  { key: 'executive_turnover_competitor', label: 'Executive turnover + competitive mention', severity: 'high' },
  { key: 'usage_collapse_non_response', label: 'Usage collapse + non-response', severity: 'high' },
  // seed 002 compound signals, medium severity
  { key: 'flat_renewal_discount_dependency', label: 'Flat renewal + discount dependency', severity: 'medium' },
  { key: 'single_threaded', label: 'Single-threaded relationship', severity: 'medium' },
  { key: 'feature_stagnation', label: 'Feature stagnation', severity: 'medium' },
  { key: 'qbr_decline', label: 'QBR decline', severity: 'medium' },
  { key: 'survey_non_response', label: 'Survey non-response', severity: 'medium' },
  // seed 000 early warnings (medium)
  { key: 'usage_drop_30pct', label: 'Monthly usage down over 30%', severity: 'medium' },
  { key: 'champion_job_change', label: 'Champion job change', severity: 'medium' },
  { key: 'ticket_spike_then_silence', label: 'Ticket spike, then silence', severity: 'medium' },
  { key: 'billing_page_no_upgrade', label: 'Billing page visits without upgrade', severity: 'medium' },
  { key: 'competitor_evaluation', label: 'Competitor evaluation', severity: 'medium' },
  { key: 'data_export_request', label: 'Data export requests', severity: 'medium' },
  { key: 'renewal_stalled', label: 'Renewal stalled', severity: 'medium' },
  { key: 'team_member_departures', label: 'Team member departures', severity: 'medium' },
] as const;

export const EXPANSION_SIGNALS = [
  { key: 'usage_exceeds_entitlement', label: 'Usage exceeding entitlements', strength: 'strong' },
  { key: 'new_department_adoption', label: 'New department adoption', strength: 'strong' },
  { key: 'adjacent_feature_requests', label: 'Feature requests for adjacent capabilities', strength: 'strong' },
  { key: 'champion_promoted', label: 'Champion promotion', strength: 'strong' },
  { key: 'referral_or_case_study', label: 'Proactive referral or case study', strength: 'strong' },
  { key: 'api_usage_growth', label: 'Increasing API usage', strength: 'moderate' },
  { key: 'multi_stakeholder_growth', label: 'Multi-stakeholder engagement', strength: 'moderate' },
  { key: 'nps_improving', label: 'Positive NPS trend', strength: 'moderate' },
  { key: 'early_contract_inquiry', label: 'Contract inquiry before the renewal window', strength: 'moderate' },
  { key: 'competitive_displacement', label: 'Competitive displacement', strength: 'moderate' },
] as const;

export type ChurnSignalKey = (typeof CHURN_SIGNALS)[number]['key'];
export type ExpansionSignalKey = (typeof EXPANSION_SIGNALS)[number]['key'];

export const CHURN_SIGNAL_KEYS: readonly ChurnSignalKey[] = CHURN_SIGNALS.map((s) => s.key);
export const EXPANSION_SIGNAL_KEYS: readonly ExpansionSignalKey[] = EXPANSION_SIGNALS.map((s) => s.key);
