/**
 * What a loaded card shows, from real assessments: header, trend, breakdown
 * with gaps and evidence, signals and the play.
 */
import { Accordion, LineChart, LoadingSpinner, ProgressBar, ScoreCircle, StatisticsItem, StatisticsTrend, Tag, Text, Tile } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import type { CardHealth } from '../../src/jobs/card/contract';
import { anAccount } from '../../test/builders/account';
import { slipping, struggling } from '../../test/builders/portfolio';
import { HealthCardApp } from './HealthCardApp';
import { aCardHealth } from './test-support/cardHealthBuilder';
import { byPhase, fakeTransport } from './test-support/fakeTransport';
import { renderedText } from './test-support/renderedText';

async function renderLoaded(health: CardHealth, canWrite = true) {
  const fake = fakeTransport({ 'get-health': byPhase(health) });
  const renderer = createRenderer('crm.record.tab');
  renderer.render(<HealthCardApp companyId={health.companyId} transport={fake.transport} canWrite={canWrite} userName="Dana CSM" />);
  // Both phases in: the stored values, then the live details.
  await renderer.waitFor(() => {
    expect(renderer.maybeFindByTestId(Text, 'prediction')).not.toBeNull();
    expect(renderer.maybeFindByTestId(LoadingSpinner, 'details-loading')).toBeNull();
  });
  return { renderer, fake, text: () => renderedText(renderer.getRootNode()) };
}

describe('an at-risk account', () => {
  const health = aCardHealth(slipping('101', 'Globex').renewingInDays(45)).build();
  const assessment = health.assessment!;

  it('is really at risk, with churn signals and a play (fixture check)', () => {
    expect(assessment.tier).toBe('at_risk');
    expect(assessment.signals.churn.length).toBeGreaterThan(0);
    expect(assessment.play).not.toBeNull();
  });

  it('shows score, tier in its colour, prediction, renewal and ARR at risk', async () => {
    const { renderer, text } = await renderLoaded(health);
    expect(renderer.find(ScoreCircle).props.score).toBe(assessment.score);
    expect(renderer.findByTestId(Tag, 'tier-tag').props.variant).toBe('warning');
    expect(renderer.findByTestId(Tag, 'tier-tag').text).toBe('At risk');
    expect(renderer.findByTestId(Text, 'prediction').text).toBe(`At risk · ${assessment.confidence === 'high' ? 'High' : assessment.confidence === 'medium' ? 'Medium' : 'Low'} confidence`);
    expect(renderer.findByTestId(Text, 'renewal').text).toBe('Renews 2027-01-06 (45 days left) · ARR $120,000');
    expect(renderer.find(StatisticsItem, { label: 'ARR at risk' }).props.number).toBe('$55,200');
    expect(renderer.find(StatisticsItem, { label: 'Renewal risk' }).props.number).toBe(`${assessment.renewalRisk}%`);
    expect(text()).toContain('Globex');
  });

  it('shows every churn signal with its severity and evidence', async () => {
    const { renderer } = await renderLoaded(health);
    for (const signal of assessment.signals.churn) {
      const tile = renderer.findByTestId(Tile, `churn-${signal.key}`);
      expect(tile.find(Tag).text).toBe(signal.severity === 'high' ? 'High' : 'Medium');
      const shown = renderedText(tile);
      expect(shown).toContain(signal.label ?? signal.key);
      for (const line of signal.evidence) expect(shown).toContain(line);
    }
  });

  it('shows the play: name, priority, owner, due date, action and success metric', async () => {
    const { renderer, text } = await renderLoaded(health);
    const play = assessment.play!;
    expect(renderer.findByTestId(Text, 'play-name').text).toBe(`${play.name} (${play.key})`);
    expect(renderer.findByTestId(Tag, 'play-priority').text).toBe('Critical');
    expect(renderer.findByTestId(Tag, 'play-priority').props.variant).toBe('error');
    expect(renderer.findByTestId(Text, 'play-due').text).toBe(play.dueDate);
    expect(renderer.findByTestId(Text, 'play-action').text).toBe(play.action);
    expect(text()).toContain(play.owner);
    expect(text()).toContain(play.successMetric);
  });

  it('shows the 30/90-day change from the trajectory, and the score history as a line', async () => {
    const { renderer } = await renderLoaded(health);
    const change30d = assessment.trajectory!.change30d!;
    expect(change30d).toBeLessThan(0);
    const item = renderer.find(StatisticsItem, { label: '30-day change' });
    expect(item.props.number).toBe(String(change30d));
    expect(item.find(StatisticsTrend).props).toMatchObject({ direction: 'decrease', color: 'red', value: `${-change30d} points` });
    const chart = renderer.findByTestId(LineChart, 'score-history');
    expect(chart.props.data).toHaveLength(health.history.length);
  });
});

describe('the trend', () => {
  it('colours the line by tier and lists the tier changes', async () => {
    const health = aCardHealth(slipping('101', 'Globex')).withHistory([[120, 85], [90, 78], [60, 62], [30, 55], [0, 51]]).build();
    const { renderer, text } = await renderLoaded(health);
    const chart = renderer.findByTestId(LineChart, 'score-history');
    expect(chart.props.data).toEqual([
      { date: '2026-07-25', score: 85, tier: 'Thriving' },
      { date: '2026-08-24', score: 78, tier: 'Healthy' },
      { date: '2026-09-23', score: 62, tier: 'Healthy' },
      { date: '2026-10-23', score: 55, tier: 'At risk' },
      { date: '2026-11-22', score: 51, tier: 'At risk' },
    ]);
    expect(chart.props.axes.options?.groupFieldByColor).toBe('tier');
    expect(text()).toContain('2026-08-24: Thriving → Healthy');
    expect(text()).toContain('2026-10-23: Healthy → At risk');
  });

  it('derives the changes from history when there is no live trajectory', async () => {
    const health = aCardHealth(slipping('101', 'Globex')).withoutAssessment().withHistory([[95, 80], [30, 60], [0, 51]]).build();
    const { renderer } = await renderLoaded(health);
    expect(renderer.find(StatisticsItem, { label: '30-day change' }).props.number).toBe('-9');
    expect(renderer.find(StatisticsItem, { label: '90-day change' }).props.number).toBe('-29');
  });

  it('says so when there is too little history for a chart', async () => {
    const health = aCardHealth().withHistory([[0, 90]]).build();
    const { renderer } = await renderLoaded(health);
    expect(renderer.maybeFind(LineChart)).toBeNull();
    expect(renderer.findByTestId(Text, 'no-history').text).toContain('1 point');
  });
});

describe('the breakdown', () => {
  const health = aCardHealth(anAccount('101', 'Initech').arr(80_000).renewingInDays(60).customerForDays(400)
    .withActiveUsers(40, 60, 70, 80).withLogins(200, 500)).build();
  const dimensions = health.assessment!.dimensions;

  it('shows each scored dimension with score, weight and trend', async () => {
    const { renderer } = await renderLoaded(health);
    const scored = dimensions.filter((d) => !d.dataGap);
    expect(scored.length).toBeGreaterThan(0);
    for (const dimension of scored) {
      const tile = renderer.findByTestId(Tile, `dimension-${dimension.key}`);
      expect(tile.find(ProgressBar).props.value).toBe(dimension.score);
      expect(renderedText(tile)).toContain(`weight ${dimension.weight}%`);
    }
  });

  it('shows data gaps as gaps, with the data to connect, not as a zero', async () => {
    const { renderer } = await renderLoaded(health);
    const gaps = dimensions.filter((d) => d.dataGap);
    expect(gaps.length).toBeGreaterThan(0);
    for (const gap of gaps) {
      const tile = renderer.findByTestId(Tile, `dimension-${gap.key}`);
      expect(tile.maybeFind(ProgressBar)).toBeNull();
      expect(tile.find(Tag).text).toBe('Data gap');
      expect(renderedText(tile)).toContain(`Connect: ${gap.missing}`);
    }
  });

  it('keeps evidence behind a closed accordion per dimension', async () => {
    const { renderer } = await renderLoaded(health);
    const engagement = dimensions.find((d) => d.key === 'engagement')!;
    const accordion = renderer.findByTestId(Accordion, 'evidence-engagement');
    expect(accordion.props.defaultOpen).toBe(false);
    expect(accordion.props.title).toBe(`Evidence (${engagement.evidence.length})`);
    for (const line of engagement.evidence) expect(renderedText(accordion)).toContain(line);
  });
});

describe('an override', () => {
  it('shows the overriding score next to the computed one, with reason, author and expiry', async () => {
    const health = aCardHealth(struggling('101', 'Globex').withOverride(60, 'Exec sponsor committed to renewal on call', 30, 'Dana CSM')).build();
    const { renderer } = await renderLoaded(health);
    expect(renderer.findByTestId(Text, 'override').text)
      .toBe(`Override 60 (computed ${health.assessment!.computedScore}) by Dana CSM, until 2026-12-22: Exec sponsor committed to renewal on call`);
    expect(renderer.find(StatisticsItem, { label: 'Computed score' }).props.number).toBe(health.assessment!.computedScore);
    expect(renderer.find(ScoreCircle).props.score).toBe(60);
  });

  it('says when an override on record is no longer in force', async () => {
    const health = aCardHealth(struggling('101', 'Globex'))
      .withStoredOverride({ score: 70, reason: 'Renewal verbally agreed', expiresAt: '2026-10-01', by: 'Dana CSM' }).build();
    const { renderer } = await renderLoaded(health);
    expect(renderer.maybeFindByTestId(Text, 'override')).toBeNull();
    expect(renderer.findByTestId(Text, 'lapsed-override').text).toBe('An override of 70 is on record but not in force (expired 2026-10-01).');
  });
});

describe('expansion signals', () => {
  it('shows each expansion signal with its strength and evidence', async () => {
    const health = aCardHealth(anAccount('101', 'Umbrella').thriving().withChampionPromoted(20)
      .withFlags({ newDepartmentAdoption: true, referralOrCaseStudy: true })).build();
    const expansion = health.assessment!.signals.expansion;
    expect(expansion.length).toBeGreaterThan(0);
    const { renderer } = await renderLoaded(health);
    for (const signal of expansion) {
      const tile = renderer.findByTestId(Tile, `expansion-${signal.key}`);
      expect(tile.find(Tag).text).toBe(signal.strength === 'strong' ? 'Strong' : 'Moderate');
      for (const line of signal.evidence) expect(renderedText(tile)).toContain(line);
    }
    expect(renderer.findByTestId(Text, 'no-churn-signals').text).toBe('No churn signals.');
  });
});
