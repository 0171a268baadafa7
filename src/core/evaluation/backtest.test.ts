import { backtestOutcomes, earlyWarningArrShare, falseAlarmRate, METRIC_KEYS } from './backtest';
import type { ScoredOutcome } from './outcomes';
import { seededRandom } from './prng';

const outcome = (id: string, o: Partial<ScoredOutcome>): ScoredOutcome => ({
  id, risk: 50, churned: false, arr: 10_000, tier: 'healthy', flagged: false, leadDays: 120, ...o,
});
const ones = (n: number) => new Array<number>(n).fill(1);

describe('early warning and false alarms', () => {
  const data = [
    outcome('a', { churned: true, arr: 100_000, tier: 'critical', flagged: true, leadDays: 90 }), // warned in time
    outcome('b', { churned: true, arr: 50_000, tier: 'at_risk', flagged: true, leadDays: 30 }), // warned too late
    outcome('c', { churned: true, arr: 50_000 }), // never warned
    outcome('d', { tier: 'at_risk', flagged: true }), // false alarm
    outcome('e', {}),
  ];

  it('counts churned ARR flagged at least 60 days before renewal', () => {
    expect(earlyWarningArrShare(data, ones(5), 60)).toBeCloseTo(100_000 / 200_000, 12);
    expect(earlyWarningArrShare(data, ones(5), 30)).toBeCloseTo(150_000 / 200_000, 12);
  });

  it('is the share of flagged accounts that renewed anyway', () => {
    expect(falseAlarmRate(data, ones(5))).toBeCloseTo(1 / 3, 12);
  });

  it('is null when nothing is flagged or no churned ARR is known', () => {
    expect(falseAlarmRate([outcome('x', {})], [1])).toBeNull();
    expect(earlyWarningArrShare([outcome('x', { churned: true, arr: 0 })], [1], 60)).toBeNull();
  });
});

describe('backtestOutcomes with bootstrap intervals', () => {
  // 300 accounts whose risk predicts churn imperfectly.
  const random = seededRandom(42);
  const data = Array.from({ length: 300 }, (_, i) => {
    const risk = Math.round(random() * 100);
    const churned = random() < risk / 130;
    return outcome(`a${i}`, { risk, churned, flagged: risk >= 50, tier: risk >= 50 ? 'at_risk' : 'healthy', leadDays: 30 + (i % 5) * 20, arr: 1000 * (1 + (i % 7)) });
  });

  it('puts every point estimate inside its interval', () => {
    const report = backtestOutcomes(data, 'm@1', { resamples: 400, seed: 7 });
    for (const key of METRIC_KEYS) {
      const { value, interval } = report.metrics[key];
      expect(value).not.toBeNull();
      expect(interval!.low).toBeLessThanOrEqual(value!);
      expect(interval!.high).toBeGreaterThanOrEqual(value!);
      expect(interval!.high).toBeGreaterThan(interval!.low);
    }
    expect(report.metrics.auc.value!).toBeGreaterThan(0.6);
  });

  it('gives the same intervals for the same seed and different ones for another seed', () => {
    const a = backtestOutcomes(data, 'm@1', { resamples: 200, seed: 3 });
    const b = backtestOutcomes(data, 'm@1', { resamples: 200, seed: 3 });
    const c = backtestOutcomes(data, 'm@1', { resamples: 200, seed: 4 });
    expect(b.metrics).toEqual(a.metrics);
    expect(c.metrics.auc.interval).not.toEqual(a.metrics.auc.interval);
    expect(c.metrics.auc.value).toBe(a.metrics.auc.value);
  });

  it('uses the number of resamples asked for and widens the interval with the level', () => {
    const narrow = backtestOutcomes(data, 'm@1', { resamples: 300, seed: 1, level: 0.5 });
    const wide = backtestOutcomes(data, 'm@1', { resamples: 300, seed: 1, level: 0.99 });
    expect(narrow.metrics.auc.interval!.resamples).toBe(300);
    // Every resample of 300 accounts (~90 churned) defines every metric: none may be dropped as undefined.
    for (const key of METRIC_KEYS) expect(narrow.metrics[key].interval!.resamples).toBe(300);
    expect(wide.metrics.auc.interval!.high - wide.metrics.auc.interval!.low).toBeGreaterThan(narrow.metrics.auc.interval!.high - narrow.metrics.auc.interval!.low);
  });

  it('reports counts and a calibration table over all records', () => {
    const report = backtestOutcomes(data, 'm@1', { resamples: 10 });
    expect(report.records).toBe(300);
    expect(report.churned + report.renewed).toBe(300);
    expect(report.calibration.reduce((s, r) => s + r.churned, 0)).toBe(report.churned);
  });
});
