import { baseDateToIso, daysLeftText, formatChange, formatDate, formatMoney, humanize, isoToBaseDate, tierOf } from './format';

describe('card formatting', () => {
  it('uses the core tier cut-offs 80/60/40', () => {
    expect([80, 79, 60, 59, 40, 39].map(tierOf)).toEqual(['thriving', 'healthy', 'healthy', 'at_risk', 'at_risk', 'critical']);
  });

  it('writes keys as words', () => {
    expect(humanize('likely_to_churn')).toBe('Likely to churn');
  });

  it('formats money, dates, changes and days left without locale surprises', () => {
    expect(formatMoney(1234567.4)).toBe('$1,234,567');
    expect(formatMoney(undefined)).toBe('—');
    expect(formatDate('2026-12-22T00:00:00.000Z')).toBe('2026-12-22');
    expect([formatChange(5), formatChange(-12), formatChange(0)]).toEqual(['+5', '-12', '0']);
    expect([daysLeftText(45), daysLeftText(1), daysLeftText(0), daysLeftText(-3)]).toEqual(['45 days left', '1 day left', 'today', '3 days overdue']);
  });

  it('converts between the DateInput value (months from 0) and ISO days', () => {
    expect(baseDateToIso({ year: 2027, month: 0, date: 5 })).toBe('2027-01-05');
    expect(isoToBaseDate('2027-12-31')).toEqual({ year: 2027, month: 11, date: 31 });
    expect(isoToBaseDate('soon')).toBeUndefined();
  });
});
