/**
 * Drivers: the dimensions pulling the score furthest from neutral (50), biggest
 * first. Impact = weight × (score − 50) / 100, in points of the health score;
 * gaps sit at neutral and never drive.
 */
import type { DimensionAssessment, HealthAssessment } from './contract';
import { stripFlag } from './dimensions/rubric';
import { round } from './scale';

// Up to every dimension: a drag smaller than the biggest lifts must still show.
export const MAX_DRIVERS = 7;
export const MIN_IMPACT = 0.5;

function reasonFor(d: DimensionAssessment, negative: boolean): string | undefined {
  const prefix = negative ? 'red flag: ' : 'green flag: ';
  return stripFlag(d.evidence.find((e) => e.startsWith(prefix)) ?? d.evidence[0]);
}

export function driversOf(dimensions: ReadonlyArray<DimensionAssessment>): HealthAssessment['drivers'] {
  return dimensions
    .filter((d) => d.score !== null)
    .map((d) => ({ d, impact: round((d.weight * ((d.score as number) - 50)) / 100, 1) }))
    .filter((x) => Math.abs(x.impact) >= MIN_IMPACT)
    .sort((a, b) => Math.abs(b.impact) - Math.abs(a.impact) || (a.d.key < b.d.key ? -1 : a.d.key > b.d.key ? 1 : 0))
    .slice(0, MAX_DRIVERS)
    .map(({ d, impact }) => {
      const negative = impact < 0;
      const reason = reasonFor(d, negative);
      const text = `${d.label} ${d.score}/100 ${negative ? 'pulls the score down' : 'lifts the score'} ${Math.abs(impact)} points${reason ? `: ${reason}` : ''}`;
      return { dimension: d.key, impact, text };
    });
}
