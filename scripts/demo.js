#!/usr/bin/env node
// `npm run demo`: scores the example portfolio with the default model, prints a
// portfolio table and writes every account's report to out/assessments.md.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { assess } = require('../dist/core/assess');
const { builtInModel } = require('../dist/core/models');
const { parseSnapshot } = require('../dist/core/validation');
const { assessmentToMarkdown } = require('../dist/core/report/markdown');
const { PREDICTION_LABEL, TIER_LABEL, money } = require('../dist/core/report/labels');

const root = path.join(__dirname, '..');
const input = path.join(root, 'examples', 'portfolio.jsonl');
const model = builtInModel('renewal-7');
const assessments = [];
fs.readFileSync(input, 'utf8').split('\n').forEach((line, i) => {
  if (!line.trim()) return;
  const parsed = parseSnapshot(JSON.parse(line));
  if (!parsed.success) return console.error(`line ${i + 1}: ${parsed.errors.join('; ')}`);
  assessments.push(assess(parsed.value, model));
});

const pad = (s, n) => String(s).slice(0, n).padEnd(n);
console.log(`Customer Health Engine — ${assessments.length} accounts, model ${model.ref}\n`);
console.log(`${pad('Account', 18)} ${pad('Score', 5)} ${pad('Tier', 8)} ${pad('Prediction', 17)} ${pad('Conf.', 6)} ${pad('Risk', 4)} ${pad('ARR at risk', 11)} ${pad('Top signal', 38)} Play`);
for (const a of assessments.sort((x, y) => x.score - y.score)) {
  const signal = a.signals.churn[0] ? a.signals.churn[0].key : a.signals.expansion[0] ? `+${a.signals.expansion[0].key}` : '—';
  const play = a.play ? `${a.play.key} (${a.play.priority}, ${a.play.owner}, by ${a.play.dueDate})` : '—';
  console.log(`${pad(a.name, 18)} ${pad(a.score, 5)} ${pad(TIER_LABEL[a.tier], 8)} ${pad(PREDICTION_LABEL[a.prediction], 17)} ${pad(a.confidence, 6)} ${pad(`${a.renewalRisk}%`, 4)} ${pad(money(a.renewal.arrAtRisk), 11)} ${pad(signal, 38)} ${play}`);
}
const totalAtRisk = assessments.reduce((s, a) => s + (a.renewal.arrAtRisk || 0), 0);
console.log(`\nTotal ARR at risk: ${money(totalAtRisk)}`);

const outDir = path.join(root, 'out');
fs.mkdirSync(outDir, { recursive: true });
const report = `# Account assessments (${assessments[0] ? assessments[0].asOf : ''})\n\n${assessments.map((a) => assessmentToMarkdown(a)).join('\n---\n\n')}`;
fs.writeFileSync(path.join(outDir, 'assessments.md'), report);
console.log(`Reports: ${path.relative(process.cwd(), path.join(outDir, 'assessments.md'))}`);
