/**
 * Drivers: the dimensions pulling the score furthest from neutral (50), biggest
 * first. Impact = weight × (score − 50) / 100, in points of the health score;
 * gaps sit at neutral and never drive.
 */
import type { DimensionAssessment, HealthAssessment } from './contract';
import { quotesOf, type Quotes } from './dimensions/quotes';
import { round } from './scale';
import { sortInPlace } from './sort';

// Up to every dimension: a drag smaller than the biggest lifts must still show.
export const MAX_DRIVERS = 7;
export const MIN_IMPACT = 0.5;

/**
 * `quotes` (aligned with `dimensions`) are the lines noted while scoring;
 * without them each dimension's evidence is read.
 */
export function driversOf(dimensions: ReadonlyArray<DimensionAssessment>, quotes?: ReadonlyArray<Quotes>): HealthAssessment['drivers'] {
  const candidates: Array<{ d: DimensionAssessment; impact: number; q: Quotes | undefined }> = [];
  dimensions.forEach((d, i) => {
    if (d.score === null) return;
    const impact = round((d.weight * (d.score - 50)) / 100, 1);
    if (Math.abs(impact) >= MIN_IMPACT) candidates.push({ d, impact, q: quotes?.[i] });
  });
  return sortInPlace(candidates, (a, b) => Math.abs(b.impact) - Math.abs(a.impact) || (a.d.key < b.d.key ? -1 : a.d.key > b.d.key ? 1 : 0))
    .slice(0, MAX_DRIVERS)
    .map(({ d, impact, q }) => {
      const negative = impact < 0;
      // The first red flag for a drag, the first green flag for a lift, else the first line.
      const { red, green, first } = q ?? quotesOf(d.evidence);
      const reason = (negative ? red : green) ?? first;
      const text = `${d.label} ${d.score}/100 ${negative ? 'pulls the score down' : 'lifts the score'} ${Math.abs(impact)} points${reason ? `: ${reason}` : ''}`;
      return { dimension: d.key, impact, text };
    });
}
