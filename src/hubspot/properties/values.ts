/**
 * One assessment as HubSpot property values (strings): numbers plain,
 * datetimes ISO-8601, multi-selects joined with ';' (HubSpot's separator),
 * text areas one item per line. An empty string clears a value in HubSpot.
 *
 * Not here: che_previous_tier, che_tier_change, che_tier_changed_at. They need
 * the company's current tier, so the writer computes them (and stamps
 * che_scored_at with the run's instant when something changed).
 */
import type { HealthAssessment } from '../../core/contract';
import { dimensionCatalogue, dimensionProperty } from './output';

/** Drivers written to che_top_drivers, and the longest line kept. */
export const TOP_DRIVERS = 3;
export const MAX_LINE = 240;

const line = (s: string) => (s.length > MAX_LINE ? `${s.slice(0, MAX_LINE - 1)}…` : s);
const num = (n: number | null | undefined) => (n === null || n === undefined || !Number.isFinite(n) ? '' : String(n));

function isoInstant(date: string): string {
  const t = Date.parse(date);
  return Number.isFinite(t) ? new Date(t).toISOString() : '';
}

export function assessmentProperties(assessment: HealthAssessment): Record<string, string> {
  const out: Record<string, string> = {
    che_health_score: num(assessment.score),
    che_health_tier: assessment.tier,
    che_renewal_prediction: assessment.prediction,
    che_renewal_risk: num(assessment.renewalRisk),
    che_confidence: assessment.confidence,
  };
  // Every known dimension: the model's own get their score, the others are cleared, so a
  // portal that switches models keeps no stale dimension scores.
  const scored = new Map(assessment.dimensions.map((d) => [d.key, d.score]));
  for (const d of dimensionCatalogue()) out[dimensionProperty(d.key)] = num(scored.get(d.key));
  for (const d of assessment.dimensions) out[dimensionProperty(d.key)] = num(d.score);

  out.che_top_drivers = assessment.drivers.slice(0, TOP_DRIVERS).map((d) => line(d.text)).join('\n');
  out.che_churn_signals = assessment.signals.churn.map((s) => s.key).join(';');
  out.che_expansion_signals = assessment.signals.expansion.map((s) => s.key).join(';');
  out.che_recommended_play = assessment.play?.key ?? '';
  out.che_play_priority = assessment.play?.priority ?? '';
  out.che_score_change_30d = num(assessment.trajectory?.change30d);
  out.che_data_gaps = assessment.dataGaps.map(line).join('\n');
  out.che_scored_at = isoInstant(assessment.asOf);
  out.che_model_version = assessment.model;
  return out;
}
