import { auc, averagePrecision, topDecileLift, topDecileLiftSorted, type Observation } from './metrics';

const obs = (pairs: Array<[risk: number, churned: boolean]>): Observation[] => pairs.map(([risk, churned]) => ({ risk, churned }));

describe('auc', () => {
  it('is 1 when every churned account has a higher risk than every renewed one', () => {
    expect(auc(obs([[90, true], [80, true], [30, false], [10, false], [5, false]]))).toBe(1);
  });

  it('is 0 for the reversed ranking', () => {
    expect(auc(obs([[90, false], [80, false], [30, true], [10, true], [5, true]]))).toBe(0);
  });

  it('counts tied churned/renewed pairs as half (hand-computed: 7 of 9 pairs)', () => {
    // churned 90 beats all 3 renewed (3); churned 80 ties renewed 80 and beats 60, 40 (2.5); churned 60 ties 60, beats 40 (1.5).
    const data = obs([[60, true], [80, false], [90, true], [40, false], [80, true], [60, false]]);
    expect(auc(data)).toBeCloseTo(7 / 9, 12);
  });

  it('is 0.5 when every account has the same risk', () => {
    expect(auc(obs([[50, true], [50, false], [50, false], [50, true]]))).toBe(0.5);
  });

  it('is null without a churned or without a renewed account', () => {
    expect(auc(obs([[50, false], [60, false]]))).toBeNull();
    expect(auc(obs([[50, true]]))).toBeNull();
  });
});

describe('averagePrecision', () => {
  it('sums recall gained × precision at each tied-risk threshold (hand-computed 34/45)', () => {
    // thresholds 90: P=1/1; 80: P=2/3; 60: P=3/5 — each adds 1/3 recall.
    const data = obs([[60, true], [80, false], [90, true], [40, false], [80, true], [60, false]]);
    expect(averagePrecision(data)).toBeCloseTo(1 / 3 + 2 / 9 + 1 / 5, 12);
  });

  it('is 1 for a perfect ranking and the churn rate when all risks tie', () => {
    expect(averagePrecision(obs([[9, true], [8, false], [7, false]]))).toBe(1);
    expect(averagePrecision(obs([[5, true], [5, false], [5, false], [5, false]]))).toBe(0.25);
  });
});

describe('topDecileLift', () => {
  it('divides the churn rate of the riskiest 10% by the overall churn rate', () => {
    // 20 accounts, 4 churned (20%); the top 2 hold 1 churned (50%) → lift 2.5.
    const data = obs(Array.from({ length: 20 }, (_, i) => [100 - i, [0, 2, 5, 10].includes(i)] as [number, boolean]));
    expect(topDecileLift(data)).toBeCloseTo(2.5, 12);
  });

  it('skips records a bootstrap resample did not draw (weight 0) instead of failing', () => {
    // 20 accounts as above (churned at risks 100, 98, 95, 90). The two riskiest churned ones were not drawn:
    // 18 drawn, 2 churned; the top 1.8 = risk 99 and 0.8 of risk 97, both renewed → lift 0.
    const sorted = obs(Array.from({ length: 20 }, (_, i) => [100 - i, [0, 2, 5, 10].includes(i)] as [number, boolean]));
    expect(topDecileLiftSorted(sorted, sorted.map((_, i) => (i === 0 || i === 2 ? 0 : 1)))).toBe(0);
    // Risk 100 not drawn, risk 98 drawn twice: 20 drawn, 4 churned; the top 2 = risk 99 (renewed) and one draw
    // of risk 98 (churned) → (1/2) / (4/20) = 2.5.
    expect(topDecileLiftSorted(sorted, sorted.map((_, i) => (i === 0 ? 0 : i === 2 ? 2 : 1)))).toBeCloseTo(2.5, 12);
  });

  it('takes a tied group at the edge of the decile fractionally', () => {
    // 10 accounts, top decile = 1 account; the two riskiest tie (one churned) → 0.5 churned in the top → 0.5 / 0.2.
    const data = obs([[90, false], [90, true], [50, true], [40, false], [30, false], [20, false], [10, false], [5, false], [3, false], [1, false]]);
    expect(topDecileLift(data)).toBeCloseTo(2.5, 12);
  });
});
