import { brierScore, calibrationTable } from './calibration-table';

describe('calibrationTable', () => {
  // 25 accounts with risks 0, 4, …, 96; the five riskiest churned.
  const data = Array.from({ length: 25 }, (_, i) => ({ risk: i * 4, churned: i >= 20 }));

  it('cuts the accounts into ten groups of nearly equal count, lowest risk first', () => {
    const rows = calibrationTable(data);
    expect(rows.map((r) => r.count)).toEqual([2, 3, 2, 3, 2, 3, 2, 3, 2, 3]);
    expect(rows.map((r) => r.decile)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(rows.reduce((s, r) => s + r.count, 0)).toBe(25);
  });

  it('counts churn and compares mean predicted risk with the observed rate per decile', () => {
    const rows = calibrationTable(data);
    expect(rows.map((r) => r.churned)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 2, 3]);
    expect(rows[9]).toMatchObject({ minRisk: 88, maxRisk: 96, meanPredicted: 92, observed: 100 });
    expect(rows[0]).toMatchObject({ minRisk: 0, maxRisk: 4, meanPredicted: 2, observed: 0 });
  });

  it('leaves empty deciles out when there are fewer than ten accounts', () => {
    const rows = calibrationTable(data.slice(0, 4));
    expect(rows.reduce((s, r) => s + r.count, 0)).toBe(4);
    expect(rows.length).toBe(4);
  });
});

describe('brierScore', () => {
  it('is the mean squared gap between risk as a probability and the outcome', () => {
    expect(brierScore([{ risk: 100, churned: true }, { risk: 50, churned: false }])).toBeCloseTo((0 + 0.25) / 2, 12);
  });
});
