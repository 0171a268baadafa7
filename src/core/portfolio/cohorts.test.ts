import { anAccount } from '../../../test/builders/account';
import type { PortfolioRecord } from './record';
import { cohortTable } from './cohorts';

const AS_OF = '2026-11-22';
function since(id: string, customerSince: string, churnedOn?: string): PortfolioRecord {
  const snapshot = { ...anAccount(id).asOf(AS_OF).arr(10_000).build(), customerSince };
  return churnedOn ? { snapshot, outcome: { renewed: false, date: churnedOn } } : { snapshot };
}

describe('cohortTable (seed 000 phase 9)', () => {
  const records = [
    since('q1-a', '2025-01-15', '2025-11-01'), // kept to month 6 (2025-07-15), lost by month 12 (2026-01-15)
    since('q1-b', '2025-02-10', '2025-03-01'), // lost before month 1 (2025-03-10)
    since('q1-c', '2025-03-20'),
    since('q3-a', '2026-07-01'),
    since('q3-b', '2026-09-30'), // month 1 = 2026-10-30 (seen), month 2 = 2026-11-30 (not yet)
    { snapshot: anAccount('unknown').asOf(AS_OF).build() },
  ];

  test('quarter cohorts: retention per age, "—" (null) until every member reached the age', () => {
    const t = cohortTable(records, AS_OF, 'quarter');
    expect(t.ages).toEqual([0, 1, 2, 3, 6, 12]);
    expect(t.unplaced).toBe(1);
    expect(t.rows).toEqual([
      { cohort: '2025-Q1', accounts: 3, retention: [1, 0.6667, 0.6667, 0.6667, 0.6667, 0.3333] },
      { cohort: '2026-Q3', accounts: 2, retention: [1, 1, null, null, null, null] },
    ]);
  });

  test('month cohorts split the same accounts by start month, oldest first', () => {
    const t = cohortTable(records, AS_OF, 'month', [0, 1, 12]);
    expect(t.rows.map((r) => r.cohort)).toEqual(['2025-01', '2025-02', '2025-03', '2026-07', '2026-09']);
    expect(t.rows[0]).toEqual({ cohort: '2025-01', accounts: 1, retention: [1, 1, 0] });
    expect(t.rows[1]).toEqual({ cohort: '2025-02', accounts: 1, retention: [1, 0, 0] });
    expect(t.rows[4]).toEqual({ cohort: '2026-09', accounts: 1, retention: [1, 1, null] });
  });
});
