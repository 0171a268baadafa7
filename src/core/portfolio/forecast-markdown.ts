/**
 * renewal-forecast.md in exactly the structure of seed 002 ("Output:
 * renewal-forecast.md"): title and header line, Executive Summary, Portfolio
 * Overview, Detailed Assessments (one block per account: Dimension Scores,
 * Active Signals, Evidence, Recommended Action), Priority Action List, Early
 * Warning Watchlist, Data Gaps, Methodology Notes. Every cell is escaped.
 */
import type { HealthAssessment } from '../contract';
import { cell, CONFIDENCE_LABEL, humanize, money, PREDICTION_LABEL, PRIORITY_LABEL, trendLabel } from '../report/labels';
import { PREDICTIONS, type Forecast } from './forecast';

const table = (head: string[], rows: Array<Array<string | number>>): string[] => [
  `| ${head.map(cell).join(' | ')} |`,
  `|${head.map(() => '---').join('|')}|`,
  ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
];
const day = (d: string | undefined): string => (d ? d.slice(0, 10) : '—');
const oneLine = (s: string): string => s.replace(/\s*\n\s*/g, ' ');

function executiveSummary(f: Forecast): string[] {
  const n = f.accounts.length;
  const counts = PREDICTIONS.map((p) => `${f.categories[p].count} ${PREDICTION_LABEL[p]}`).join(', ');
  const sentences = [
    `Of ${n} account${n === 1 ? '' : 's'} analyzed (${money(f.totalArr)} ARR): ${counts}.`,
    `Total ARR at risk is ${money(f.arrAtRisk)} (each account's ARR × its renewal risk); ${money(f.arrInRiskCategories)} of ARR sits in At Risk or Likely to Churn accounts.`,
    f.themes.length > 0
      ? `Systemic themes: ${f.themes.slice(0, 3).map((t) => t.text).join('; ')}.`
      : 'No risk theme is shared by enough accounts to be systemic.',
  ];
  const u = f.mostUrgent;
  const a = u ? f.accounts.find((x) => x.accountId === u.accountId) : undefined;
  const renewal = a?.renewal.daysUntil !== undefined ? (a.renewal.daysUntil < 0 ? `, renewal ${-a.renewal.daysUntil} days overdue` : `, renewal in ${a.renewal.daysUntil} days`) : '';
  sentences.push(u
    ? `Most urgent action: ${u.play} for ${u.account} (${PRIORITY_LABEL[u.priority]}, ${u.owner}, by ${u.deadline}${renewal}${a?.renewal.arrAtRisk !== undefined ? `, ${money(a.renewal.arrAtRisk)} ARR at risk` : ''}).`
    : 'No intervention is needed beyond the regular engagement cadence.');
  return [oneLine(sentences.join(' '))];
}

function topRiskSignal(a: HealthAssessment): string {
  const s = a.signals.churn.find((x) => x.severity === 'high') ?? a.signals.churn[0];
  if (s) return s.label ?? humanize(s.key);
  const drag = a.drivers.find((d) => d.impact < 0);
  return drag ? drag.text : '—';
}

function overview(f: Forecast): string[] {
  return table(
    ['Account', 'Health Score', 'Prediction', 'Confidence', 'ARR', 'Renewal Date', 'Top Risk Signal', 'Recommended Action'],
    f.accounts.map((a) => [a.name, a.score, PREDICTION_LABEL[a.prediction], CONFIDENCE_LABEL[a.confidence], money(a.renewal.arr), day(a.renewal.date), topRiskSignal(a), a.play ? `${a.play.name} (${PRIORITY_LABEL[a.play.priority]})` : '—']),
  );
}

function dimensionTable(a: HealthAssessment): string[] {
  const rows: Array<Array<string | number>> = a.dimensions.map((d) => [d.label, d.score === null ? '— (data gap, 50 used)' : `${d.score}${d.inferred ? ' (inferred)' : ''}`, `${d.weight}%`, d.weighted, trendLabel(d.trend)]);
  rows.push(['Total', '', `${a.dimensions.reduce((s, d) => s + d.weight, 0)}%`, a.computedScore, a.trajectory ? humanize(a.trajectory.direction) : '']);
  return table(['Dimension', 'Score', 'Weight', 'Weighted Score', 'Trend'], rows);
}

function signalLines(a: HealthAssessment): string[] {
  const out = ['Churn Signals:'];
  if (a.signals.churn.length === 0) out.push('- none detected');
  for (const s of a.signals.churn) out.push(oneLine(`- ${s.label ?? humanize(s.key)} (${s.severity}${s.leadTimeDays ? `, typically ${s.leadTimeDays} days before churn` : ''}): ${s.evidence.join('; ')}`));
  out.push('', 'Expansion Signals:');
  if (a.signals.expansion.length === 0) out.push('- none detected');
  for (const s of a.signals.expansion) out.push(oneLine(`- ${s.label ?? humanize(s.key)} (${s.strength}): ${s.evidence.join('; ')}`));
  return out;
}

function evidenceLines(a: HealthAssessment): string[] {
  const out: string[] = [];
  for (const d of a.dimensions) for (const e of d.evidence) out.push(oneLine(`- ${d.label}: ${e}`));
  if (a.override) out.push(oneLine(`- CSM override: ${a.override.score} instead of the computed ${a.computedScore} (${a.override.reason})`));
  for (const n of a.notes ?? []) out.push(oneLine(`- Note: ${n}`));
  for (const r of a.confidenceReasons ?? []) out.push(oneLine(`- Confidence ${CONFIDENCE_LABEL[a.confidence]}: ${r}`));
  return out.length > 0 ? out : ['- no data points were available for this account'];
}

function actionLines(a: HealthAssessment): string[] {
  const p = a.play;
  if (!p) return ['Priority: Low | Action: keep the regular engagement cadence | Owner: CSM | Deadline: — | Expected Outcome: health holds at the next scoring run'];
  return [oneLine(`Priority: ${PRIORITY_LABEL[p.priority]} | Action: ${p.name}: ${p.action} | Owner: ${p.owner} | Deadline: ${p.dueDate} | Expected Outcome: ${p.successMetric}`), ...(p.reason ? ['', oneLine(`Why: ${p.reason}`)] : [])];
}

function detailed(a: HealthAssessment): string[] {
  return [
    `### ${oneLine(a.name)} -- ${PREDICTION_LABEL[a.prediction]}`,
    '',
    `Health Score: ${a.score}/100 | Confidence: ${CONFIDENCE_LABEL[a.confidence]} | ARR: ${money(a.renewal.arr)} | Renewal: ${day(a.renewal.date)}`,
    '',
    '#### Dimension Scores', '', ...dimensionTable(a), '',
    '#### Active Signals', '', ...signalLines(a), '',
    '#### Evidence', '', ...evidenceLines(a), '',
    '#### Recommended Action', '', ...actionLines(a), '',
  ];
}

function methodology(f: Forecast): string[] {
  const m = f.methodology;
  return [
    `- Health Score model version: ${m.model} (${m.modelName}); weights: ${m.weights.map((w) => `${w.label} ${w.weight}%`).join(', ')}`,
    `- Weights last calibrated: ${m.calibratedAt ?? 'uncalibrated (seed weights)'}`,
    `- Data coverage period: ${m.coverage ? `${m.coverage.start} to ${m.coverage.end}` : 'no dated data'}`,
    `- Known limitations: ${oneLine(m.limitations.join('; '))}`,
  ];
}

export function forecastToMarkdown(f: Forecast): string {
  return [
    '# Renewal Forecast',
    '',
    `Generated: ${f.generatedOn} | Accounts Analyzed: ${f.accounts.length} | Data Sources: ${oneLine(f.dataSources.join('; '))}`,
    '',
    '## Executive Summary', '', ...executiveSummary(f), '',
    '## Portfolio Overview', '', ...overview(f), '',
    '## Detailed Assessments', '', ...f.accounts.flatMap(detailed),
    '## Priority Action List', '',
    'Ranked by play priority, then renewal within 90 days, ARR at risk, renewal proximity and renewal risk.', '',
    ...table(['Priority', 'Account', 'Action', 'Owner', 'Deadline', 'Risk if Delayed'], f.actions.map((x) => [`${x.rank} (${PRIORITY_LABEL[x.priority]})`, x.account, `${x.play}: ${x.action}`, x.owner, x.deadline, x.riskIfDelayed])),
    ...(f.actions.length === 0 ? ['', 'No account needs an intervention.'] : []), '',
    '## Early Warning Watchlist', '',
    ...table(['Account', 'Health Score', 'Warning Signal', 'Monitoring Cadence', 'Trigger for Escalation'], f.watchlist.map((w) => [w.account, w.score, w.warning, w.cadence, w.trigger])),
    ...(f.watchlist.length === 0 ? ['', 'No healthy account shows an early warning signal.'] : []), '',
    '## Data Gaps', '',
    ...table(['Account', 'Missing Data', 'Impact on Assessment', 'Recommended Collection Method'], f.dataGaps.map((g) => [g.account, g.missing, g.impact, g.collection])),
    ...(f.dataGaps.length === 0 ? ['', 'No data gaps: every account had data for every dimension, an ARR and a renewal date.'] : []), '',
    '## Methodology Notes', '', ...methodology(f), '',
  ].join('\n');
}
