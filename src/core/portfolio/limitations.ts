/** "Known limitations" of a forecast (seed 002 methodology notes), stated from the data actually used. */
import type { HealthAssessment } from '../contract';
import type { CompiledModel } from '../model';
import type { PortfolioRecord, PortfolioSource } from './record';

const share = (n: number, total: number, what: string): string => `${n} of ${total} accounts ${what}`;

export function limitationsOf(assessments: ReadonlyArray<HealthAssessment>, records: ReadonlyArray<PortfolioRecord>, model: CompiledModel, source: PortfolioSource): string[] {
  const total = assessments.length;
  const out: string[] = [];
  if (!model.calibratedAt) out.push('weights and the risk curve are the seed\'s defaults, not calibrated to this portfolio\'s renewal outcomes (`che calibrate`): renewal risk ranks accounts but is not yet a measured probability');
  if (source.skipped > 0) out.push(`${source.skipped} input record${source.skipped === 1 ? ' was' : 's were'} invalid and left out (see the command's error output)`);
  const low = assessments.filter((a) => a.confidence === 'low').length;
  if (low > 0) out.push(share(low, total, 'have low confidence (too few dimensions with data, mixed signals or short history)'));
  const gapsByDimension = new Map<string, number>();
  for (const a of assessments) for (const d of a.dimensions) if (d.dataGap) gapsByDimension.set(d.label, (gapsByDimension.get(d.label) ?? 0) + 1);
  for (const [label, n] of [...gapsByDimension.entries()].sort((x, y) => y[1] - x[1])) out.push(`${label}: no data for ${share(n, total, '(scored neutral 50)')}`);
  const noArr = assessments.filter((a) => a.renewal.arr === undefined).length;
  if (noArr > 0) out.push(share(noArr, total, 'have no ARR, so ARR at risk understates the exposure'));
  const overrides = assessments.filter((a) => a.override).length;
  if (overrides > 0) out.push(share(overrides, total, 'carry a CSM override: their score in force is not the computed one'));
  const dates = new Set(records.map((r) => r.snapshot.asOf.slice(0, 10)));
  if (dates.size > 1) out.push(`snapshots were scored on ${dates.size} different dates; renewal proximity is counted from each account's own date`);
  out.push('churn and expansion signals read from free text (ticket text, survey comments) match keywords and can miss paraphrases');
  return out;
}
