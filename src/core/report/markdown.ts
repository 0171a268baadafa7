/**
 * One account's assessment as a readable markdown report, in the shape of
 * seed 002's "Detailed Assessments" block (the forecast reuses it per account).
 */
import type { HealthAssessment } from '../contract';
import { cell, CONFIDENCE_LABEL, humanize, money, PREDICTION_LABEL, PRIORITY_LABEL, TIER_LABEL, trendLabel } from './labels';

const table = (head: string[], rows: Array<Array<string | number>>): string[] => [
  `| ${head.join(' | ')} |`,
  `|${head.map(() => '---').join('|')}|`,
  ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
];

function headline(a: HealthAssessment): string[] {
  const r = a.renewal;
  const renewal = r.date ? `${r.date.slice(0, 10)}${r.daysUntil !== undefined ? ` (${r.daysUntil >= 0 ? `in ${r.daysUntil} days` : `${-r.daysUntil} days overdue`})` : ''}` : '—';
  const lines = [
    `**Health Score: ${a.score}/100** (${TIER_LABEL[a.tier]}) | Confidence: ${CONFIDENCE_LABEL[a.confidence]} | ARR: ${money(r.arr)} | Renewal: ${renewal}`,
    '',
    `Renewal risk: ${a.renewalRisk}% chance of not renewing${r.arrAtRisk !== undefined ? ` — ${money(r.arrAtRisk)} ARR at risk` : ''} · model ${a.model} · scored ${a.asOf.slice(0, 10)}`,
  ];
  if (a.override) {
    lines.push('', `CSM override in force: **${a.override.score}** (computed ${a.computedScore}) — ${a.override.reason}${a.override.by ? `, by ${a.override.by}` : ''}${a.override.expiresAt ? `, until ${a.override.expiresAt.slice(0, 10)}` : ''}`);
  }
  if (a.trajectory) {
    const parts = [a.trajectory.change30d !== undefined ? `${signed(a.trajectory.change30d)} in 30 days` : '', a.trajectory.change90d !== undefined ? `${signed(a.trajectory.change90d)} in 90 days` : ''].filter(Boolean);
    lines.push('', `Trajectory: ${a.trajectory.direction}${parts.length ? ` (${parts.join(', ')})` : ''}`);
  }
  return lines;
}

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

function dimensionTable(a: HealthAssessment): string[] {
  const rows = a.dimensions.map((d) => [
    d.label,
    d.score === null ? '— (data gap)' : `${d.score}${d.inferred ? ' (inferred)' : ''}`,
    `${d.weight}%`,
    d.weighted,
    trendLabel(d.trend),
  ]);
  const totalWeight = a.dimensions.reduce((s, d) => s + d.weight, 0);
  rows.push(['**Total**', '', `${totalWeight}%`, `**${a.computedScore}**`, '']);
  return table(['Dimension', 'Score', 'Weight', 'Weighted Score', 'Trend'], rows);
}

function signals(a: HealthAssessment): string[] {
  const out = ['**Churn Signals:**'];
  if (a.signals.churn.length === 0) out.push('- none detected');
  for (const s of a.signals.churn) out.push(`- **${s.label ?? humanize(s.key)}** (${s.severity}${s.leadTimeDays ? `, typically ${s.leadTimeDays} days before churn` : ''}): ${s.evidence.join('; ')}`);
  out.push('', '**Expansion Signals:**');
  if (a.signals.expansion.length === 0) out.push('- none detected');
  for (const s of a.signals.expansion) out.push(`- **${s.label ?? humanize(s.key)}** (${s.strength}): ${s.evidence.join('; ')}`);
  return out;
}

function evidence(a: HealthAssessment): string[] {
  const out: string[] = [];
  for (const d of a.dimensions) {
    out.push(`**${d.label}** (${d.score === null ? 'data gap' : `${d.score}/100`})`);
    for (const e of d.evidence) out.push(`- ${e}`);
    out.push('');
  }
  return out;
}

function action(a: HealthAssessment): string[] {
  const p = a.play;
  if (!p) return ['No play needed beyond the regular engagement cadence.'];
  const lines = [
    `**${p.name}** — Priority: **${PRIORITY_LABEL[p.priority]}** | Owner: ${p.owner} | Deadline: ${p.dueDate}`,
    '',
    `Action: ${p.action}`,
    '',
    `Expected Outcome: ${p.successMetric}`,
  ];
  if (p.reason) lines.push('', `Why: ${p.reason}`);
  if (p.riskIfDelayed) lines.push('', `Risk if delayed: ${p.riskIfDelayed}`);
  return lines;
}

export function assessmentToMarkdown(a: HealthAssessment, level = 2): string {
  const h = '#'.repeat(level);
  const sections: string[] = [
    `${h} ${a.name} — ${PREDICTION_LABEL[a.prediction]}`,
    '',
    ...headline(a),
    '',
    `${h}# Dimension Scores`,
    '',
    ...dimensionTable(a),
    '',
    `${h}# Drivers`,
    '',
    ...(a.drivers.length ? a.drivers.map((d) => `- ${d.text}`) : ['- every dimension sits near neutral']),
    '',
    `${h}# Active Signals`,
    '',
    ...signals(a),
    '',
    `${h}# Evidence`,
    '',
    ...evidence(a),
    `${h}# Recommended Action`,
    '',
    ...action(a),
    '',
  ];
  if (a.dataGaps.length) sections.push(`${h}# Data Gaps`, '', ...a.dataGaps.map((g) => `- ${g}`), '');
  sections.push(`${h}# Confidence`, '', `${CONFIDENCE_LABEL[a.confidence]}: ${(a.confidenceReasons ?? []).join('; ')}`, '');
  if (a.notes?.length) sections.push(`${h}# Notes`, '', ...a.notes.map((n) => `- ${n}`), '');
  return sections.join('\n');
}
