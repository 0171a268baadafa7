import { anAccount } from '../../../test/builders/account';
import { coasting, slipping, struggling } from '../../../test/builders/portfolio';
import { compileModel } from '../model';
import { builtInModel, BUILT_IN_MODELS } from '../models';
import { buildForecast } from './forecast';
import { forecastToMarkdown } from './forecast-markdown';

const records = [
  struggling('s', 'Struggling Co').renewingInDays(120),
  slipping('p', 'Slipping | Pipes Inc').renewingInDays(30),
  coasting('c', 'Coasting Ltd'),
  anAccount('t', 'Thriving plc').thriving().withChampionDeparted(20),
  anAccount('g', 'Gappy').arr(10_000).withActiveUsers(10, 10),
].map((b) => ({ snapshot: b.build() }));
const source = { label: 'file portfolio.jsonl', skipped: 1 };

function render(model = builtInModel('renewal-7')) {
  const forecast = buildForecast(records, model, { generatedOn: '2026-11-22', source });
  return { forecast, md: forecastToMarkdown(forecast) };
}

/** The body of the section that starts at `heading`, up to the next heading of the same or a higher level. */
function section(md: string, heading: string): string {
  const lines = md.split('\n');
  const start = lines.indexOf(heading);
  const level = heading.indexOf(' ');
  const end = lines.findIndex((l, i) => i > start && /^#+ /.test(l) && l.indexOf(' ') <= level);
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n').trim();
}

describe('renewal-forecast.md: the structure of seed 002', () => {
  const { forecast, md } = render();

  test('every section, in order, with a detailed block per account in ranked order', () => {
    const headings = md.split('\n').filter((l) => /^#+ /.test(l));
    const perAccount = forecast.accounts.flatMap((a) => [
      `### ${a.name} -- ${{ likely_to_renew: 'Likely to Renew', monitor: 'Neutral / Monitor', at_risk: 'At Risk', likely_to_churn: 'Likely to Churn' }[a.prediction]}`,
      '#### Dimension Scores', '#### Active Signals', '#### Evidence', '#### Recommended Action',
    ]);
    expect(headings).toEqual([
      '# Renewal Forecast', '## Executive Summary', '## Portfolio Overview', '## Detailed Assessments', ...perAccount,
      '## Priority Action List', '## Early Warning Watchlist', '## Data Gaps', '## Methodology Notes',
    ]);
    expect(forecast.accounts.map((a) => a.accountId).slice(0, 2)).toEqual(['p', 's']);
  });

  test('header line: generated date, accounts analyzed, data sources', () => {
    expect(md.split('\n')[2]).toMatch(/^Generated: 2026-11-22 \| Accounts Analyzed: 5 \| Data Sources: file portfolio\.jsonl; product usage \(5 of 5 accounts\)/);
  });

  test('executive summary: counts per category, ARR at risk, themes, the most urgent action', () => {
    const summary = section(md, '## Executive Summary');
    expect(summary).toMatch(/Of 5 accounts analyzed .*: \d+ Likely to Renew, \d+ Neutral \/ Monitor, \d+ At Risk, 1 Likely to Churn\./);
    expect(summary).toContain(`Total ARR at risk is $${forecast.arrAtRisk.toLocaleString('en-US')}`);
    expect(summary).toContain('2 of 5 accounts have champion turnover');
    expect(summary).toMatch(/Most urgent action: [\w ]+ for Slipping \| Pipes Inc \(Critical, /);
  });

  test('portfolio overview: one escaped row per account, most urgent first', () => {
    const rows = section(md, '## Portfolio Overview').split('\n');
    expect(rows[0]).toBe('| Account | Health Score | Prediction | Confidence | ARR | Renewal Date | Top Risk Signal | Recommended Action |');
    expect(rows).toHaveLength(2 + 5);
    expect(rows[2]).toMatch(/^\| Slipping \\\| Pipes Inc \| \d+ \| At Risk \|/);
  });

  test('a detailed block: dimension table with weights and total, signals, evidence, action fields', () => {
    const block = section(md, '### Struggling Co -- Likely to Churn');
    expect(block).toMatch(/^Health Score: \d+\/100 \| Confidence: \w+ \| ARR: \$100,000 \| Renewal: \d{4}-\d{2}-\d{2}/);
    expect(block).toContain('| Dimension | Score | Weight | Weighted Score | Trend |');
    expect(block).toMatch(/\| Engagement Frequency \| \d+ \| 20% \| [\d.]+ \| (Up|Stable|Down|—) \|/);
    expect(block).toMatch(/\| Total \| {2}\| 100% \| \d+ \|/);
    expect(block).toMatch(/Churn Signals:\n- Champion departure \+ usage decline \(high\): champion Jane Roe/);
    expect(block).toMatch(/Expansion Signals:\n- none detected/);
    expect(block).toMatch(/- Stakeholder Continuity: champion Jane Roe \(VP Operations\) departed/);
    expect(block).toMatch(/Priority: Critical \| Action: .+ \| Owner: (CSM|CS Leader|Executive Sponsor|Support Engineering) \| Deadline: \d{4}-\d{2}-\d{2} \| Expected Outcome: .+/);
  });

  test('priority action list, watchlist and data gaps are tables filled from the forecast', () => {
    const actions = section(md, '## Priority Action List').split('\n').filter((l) => l.startsWith('| '));
    expect(actions[0]).toBe('| Priority | Account | Action | Owner | Deadline | Risk if Delayed |');
    expect(actions.slice(1).map((l) => l.split(' | ')[0])).toEqual(forecast.actions.map((a) => `| ${a.rank} (${a.priority[0]!.toUpperCase()}${a.priority.slice(1)})`));
    const watch = section(md, '## Early Warning Watchlist');
    expect(watch).toContain('| Account | Health Score | Warning Signal | Monitoring Cadence | Trigger for Escalation |');
    expect(watch).toMatch(/\| Thriving plc \| \d+ \| Champion job change.* \| (Weekly|Biweekly) \| score below 60/);
    const gaps = section(md, '## Data Gaps');
    expect(gaps).toContain('| Account | Missing Data | Impact on Assessment | Recommended Collection Method |');
    expect(gaps).toMatch(/\| Gappy \| NPS\/CSAT: .+ \| scored neutral 50 at 10% weight; .+ \| Run a relationship NPS survey/);
  });

  test('methodology notes: version, weights, calibration, coverage, limitations (incl. skipped records)', () => {
    const notes = section(md, '## Methodology Notes');
    expect(notes).toMatch(/- Health Score model version: renewal-7@1 .*Engagement Frequency 20%/);
    expect(notes).toContain('- Weights last calibrated: uncalibrated (seed weights)');
    expect(notes).toMatch(/- Data coverage period: \d{4}-\d{2}-\d{2} to 2026-11-22/);
    expect(notes).toMatch(/- Known limitations: .*1 input record was invalid and left out/);
  });

  test('a calibrated model file shows its calibration date', () => {
    const compiled = compileModel({ ...BUILT_IN_MODELS['renewal-7'], calibratedAt: '2026-10-01' });
    if (!compiled.success) throw new Error(compiled.errors.join('; '));
    const notes = section(render(compiled.value).md, '## Methodology Notes');
    expect(notes).toContain('- Weights last calibrated: 2026-10-01');
    expect(notes).not.toMatch(/not calibrated/);
  });
});
