import { addMonths, cohortKey, isoWeek } from './calendar';

describe('calendar', () => {
  test.each([
    ['2026-11-22', -12, '2025-11-22'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-12-15', 1, '2026-01-15'],
    ['2025-01-10', -1, '2024-12-10'],
  ])('addMonths(%s, %d) = %s', (day, months, expected) => expect(addMonths(day, months)).toBe(expected));

  test.each([
    ['2026-11-22', '2026-W47'],
    ['2021-01-03', '2020-W53'], // a Sunday belonging to the last ISO week of 2020
    ['2024-12-30', '2025-W01'], // a Monday in ISO week 1 of 2025
    ['2026-01-01', '2026-W01'],
  ])('isoWeek(%s) = %s', (day, week) => expect(isoWeek(day)).toBe(week));

  test('cohort keys by quarter and by month', () => {
    expect(cohortKey('2025-03-31', 'quarter')).toBe('2025-Q1');
    expect(cohortKey('2025-04-01', 'quarter')).toBe('2025-Q2');
    expect(cohortKey('2025-12-09', 'month')).toBe('2025-12');
  });
});
