import { anAccount } from '../../../test/builders/account';
import { assess } from '../assess';
import { builtInModel } from '../models';
import { assessmentToMarkdown } from './markdown';
import { cell, money, PREDICTION_LABEL } from './labels';

const model = builtInModel('renewal-7');

describe('assessmentToMarkdown', () => {
  const a = assess(anAccount('acme', 'Acme Corp').arr(120_000).withChampionDeparted(21).withActiveUsers(30, 55).renewingInDays(45).build(), model);
  const md = assessmentToMarkdown(a);

  it('opens with the account, its prediction and the headline numbers', () => {
    expect(md.split('\n')[0]).toBe('## Acme Corp — At Risk');
    expect(md).toContain(`**Health Score: ${a.score}/100** (At Risk) | Confidence: Low | ARR: $120,000 | Renewal: 2027-01-06 (in 45 days)`);
    expect(md).toContain(`Renewal risk: ${a.renewalRisk}% chance of not renewing — ${money(a.renewal.arrAtRisk)} ARR at risk`);
  });

  it('has the seed 002 dimension table with gaps shown as gaps and a total', () => {
    expect(md).toContain('| Dimension | Score | Weight | Weighted Score | Trend |');
    expect(md).toContain('| Engagement Frequency | — (data gap) | 20% | 10 | — |');
    expect(md).toContain('| Stakeholder Continuity | 27 | 10% | 2.7 | Down |');
    expect(md).toContain(`| **Total** |  | 100% | **${a.computedScore}** |  |`);
  });

  it('lists signals with evidence, the recommended action and the data gaps', () => {
    expect(md).toContain('- **Champion departure + usage decline** (high): champion Jane Roe (VP Operations) departed 21 days ago (2026-11-01); active users 30, down 45% from 55 thirty days ago');
    expect(md).toContain('**Executive Sponsor Alignment** — Priority: **Critical** | Owner: CS Leader | Deadline: 2026-11-27');
    expect(md).toContain(`Expected Outcome: ${a.play!.successMetric}`);
    expect(md).toContain('### Data Gaps');
    expect(md.match(/^- .*: no data — connect/gm)).toHaveLength(5);
  });

  it('shows a CSM override next to the computed score', () => {
    const o = assess(anAccount().thriving().withOverride(45, 'Verbal notice of RFP', 20, 'Dana').build(), model);
    expect(assessmentToMarkdown(o)).toContain(`CSM override in force: **45** (computed ${o.computedScore}) — Verbal notice of RFP, by Dana, until 2026-12-12`);
  });

  it('shows the trajectory against earlier scores and the edge-case notes', () => {
    const s = anAccount().seasonal().customerForDays(40).withHistory([[120, 90], [40, 80]]).withActiveUsers(30, 55).build();
    const t = assess(s, model);
    const report = assessmentToMarkdown(t);
    // Change = today's computed score minus the latest score 30-75 days back (80) and 90-135 days back (90).
    expect(report).toContain(`Trajectory: declining (${t.computedScore - 80} in 30 days, ${t.computedScore - 90} in 90 days)`);
    expect(t.computedScore - 80).toBeLessThanOrEqual(-5);
    expect(report).toContain('### Notes');
    expect(report).toMatch(/^- new client: 40 days since /m);
    expect(report).toContain('- seasonal business: usage declines were dampened for seasonality before scoring');
  });

  it('renders an engine-5 assessment with its own five dimensions and a level-3 heading when nested', () => {
    const e = assess(anAccount('acme', 'Acme Corp').withChampionDeparted(21).withActiveUsers(30, 55).build(), builtInModel('engine-5'));
    const report = assessmentToMarkdown(e, 3);
    expect(report.split('\n')[0]).toBe(`### Acme Corp — ${PREDICTION_LABEL[e.prediction]}`);
    expect(report).toContain('#### Dimension Scores');
    const rows = report.split('\n').filter((l) => /^\| (?!Dimension|---|\*\*Total)/.test(l));
    expect(rows).toHaveLength(5);
    expect(report).toContain('| **Total** |  | 100% |');
  });

  it('says so when no play is needed, and escapes table cells', () => {
    const quiet = assess(anAccount().withUsage({ dau: 30, mau: 100 }).withNoTickets().build(), model);
    expect(quiet.tier).toBe('healthy');
    expect(quiet.play?.key).toBe('success_optimization_review');
    // The contract still allows a null play (a model may leave a tier without one).
    expect(assessmentToMarkdown({ ...quiet, play: null })).toContain('No play needed beyond the regular engagement cadence.');
    expect(cell('a | b\nc')).toBe('a \\| b c');
  });
});
