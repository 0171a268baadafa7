/** Plain-text renderings of a backtest and a calibration report, for the terminal. */
import type { BacktestReport, Estimate, MetricKey } from './backtest';
import type { CalibrationReport, HeldOutScores } from './calibrate';

const LABELS: Record<MetricKey, string> = {
  auc: 'AUC (ROC)',
  prAuc: 'PR-AUC (average precision)',
  topDecileLift: 'Top-decile lift',
  earlyWarningArrShare: 'Churned ARR flagged ≥ {lead} days ahead',
  falseAlarmRate: 'False-alarm rate (flagged, renewed)',
};

const PERCENT: ReadonlySet<MetricKey> = new Set(['earlyWarningArrShare', 'falseAlarmRate']);

function fmtValue(key: MetricKey, v: number | null): string {
  if (v === null) return 'n/a';
  if (PERCENT.has(key)) return `${(v * 100).toFixed(1)}%`;
  if (key === 'topDecileLift') return `${v.toFixed(2)}×`;
  return v.toFixed(3);
}

function row(cells: string[], widths: number[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
}

export function backtestToText(r: BacktestReport): string {
  const level = Math.round(r.options.level * 100);
  const lines = [
    `Backtest of ${r.model} on ${r.records} labeled renewals: ${r.churned} churned (${(r.churnRate * 100).toFixed(1)}%), ${r.renewed} renewed`,
    `Intervals: ${level}% percentile bootstrap, ${r.options.resamples} resamples, seed ${r.options.seed}`,
    '',
  ];
  const widths = [42, 8, 20];
  lines.push(row(['metric', 'value', `${level}% interval`], widths));
  for (const [key, label] of Object.entries(LABELS) as Array<[MetricKey, string]>) {
    const e: Estimate = r.metrics[key];
    const ci = e.interval ? `${fmtValue(key, e.interval.low)} – ${fmtValue(key, e.interval.high)}` : 'n/a';
    lines.push(row([label.replace('{lead}', String(r.options.leadDays)), fmtValue(key, e.value), ci], widths));
  }
  lines.push(row(['Brier score (lower is better)', r.brier === null ? 'n/a' : r.brier.toFixed(3), ''], widths));
  lines.push('', 'Calibration: predicted renewal risk vs observed churn, by decile of predicted risk (10 = riskiest)');
  const cw = [6, 8, 7, 10, 14, 8];
  lines.push(row(['decile', 'accounts', 'churned', 'risk range', 'mean predicted', 'observed'], cw));
  for (const c of r.calibration) {
    lines.push(row([String(c.decile), String(c.count), String(c.churned), `${c.minRisk}–${c.maxRisk}%`, `${c.meanPredicted.toFixed(1)}%`, `${c.observed.toFixed(1)}%`], cw));
  }
  return `${lines.join('\n')}\n`;
}

const f3 = (v: number | null): string => (v === null ? 'n/a' : v.toFixed(3));

export function calibrationToText(r: CalibrationReport, out: string): string {
  const lines = [
    `Calibrated ${r.baseModel} → ${r.model} on ${r.outcomes} outcomes (${r.churned} churned, ${r.renewed} renewed); wrote ${out}`,
    '',
    `Held out (${r.folds}-fold stratified cross-validation, seed ${r.seed}; pooled out-of-fold predictions):`,
  ];
  const w = [22, 8, 8];
  lines.push(row(['', 'before', 'after'], w));
  const metric = (label: string, pick: (h: HeldOutScores) => number | null) => lines.push(row([label, f3(pick(r.heldOut.before)), f3(pick(r.heldOut.after))], w));
  metric('AUC', (h) => h.auc);
  metric('PR-AUC', (h) => h.prAuc);
  metric('top-decile lift', (h) => h.topDecileLift);
  metric('Brier (lower better)', (h) => h.brier);
  lines.push('', 'Per fold (AUC before → after):');
  for (const f of r.heldOut.perFold) lines.push(`  fold ${f.fold}: ${f.records} accounts, ${f.churned} churned: ${f3(f.aucBefore)} → ${f3(f.aucAfter)}`);
  lines.push('', 'Weights (before → after):');
  for (const x of r.weights) lines.push(`  ${x.key.padEnd(16)} ${String(x.before).padStart(5)} → ${String(x.after).padStart(5)}`);
  const curve = (c: Array<[number, number]>) => c.map(([s, k]) => `${s}:${k}`).join(' ');
  lines.push('', `Risk curve (score:risk%) before: ${curve(r.riskCurve.before)}`, `Risk curve (score:risk%) after:  ${curve(r.riskCurve.after)}`);
  return `${lines.join('\n')}\n`;
}
