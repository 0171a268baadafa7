import { anAccount } from '../../../test/builders/account';
import { aRecord, coasting, slipping, struggling } from '../../../test/builders/portfolio';
import { builtInModel } from '../models';
import { assessPortfolio } from './assessed';
import { buildDashboard } from './dashboard';

const model = builtInModel('renewal-7');
const AS_OF = '2026-11-22';

function dashboardOf(records: ReturnType<ReturnType<typeof aRecord>['build']>[]) {
  const accounts = assessPortfolio(records, model);
  return { accounts, d: buildDashboard(accounts, model.ref, { asOf: AS_OF }) };
}

describe('buildDashboard (seed 000 phase 8)', () => {
  const { accounts, d } = dashboardOf([
    aRecord(anAccount('t', 'Thriving').thriving().arr(200_000).renewingInDays(45).withHistory([[30, 70]])).build(),
    aRecord(slipping('p', 'Slipping').arr(50_000).renewingInDays(10)).build(),
    aRecord(struggling('s', 'Struggling').arr(80_000).renewingInDays(75)).build(),
    aRecord(coasting('c', 'Coasting').arr(120_000).renewingInDays(120).withHistory([[28, 81]])).build(),
    aRecord(struggling('x', 'Churned').arr(40_000).renewingInDays(20)).churnedDaysAgo(5).build(),
  ]);
  const score = (id: string) => accounts.find((a) => a.assessment.accountId === id)!.assessment.score;

  test('week, date and model', () => {
    expect(d).toMatchObject({ week: '2026-W47', as_of: AS_OF, model: 'renewal-7@1' });
  });

  test('health distribution by count and ARR over current customers (the churned account is out)', () => {
    expect(d.portfolio.total_accounts).toBe(4);
    expect(d.portfolio.total_arr).toBe(450_000);
    expect(d.portfolio.health_distribution).toEqual({
      green: { tier: 'thriving', count: 1, arr: 200_000 },
      yellow: { tier: 'healthy', count: 1, arr: 120_000 },
      orange: { tier: 'at_risk', count: 1, arr: 50_000 },
      red: { tier: 'critical', count: 1, arr: 80_000 },
    });
  });

  test('renewals due in 0-30 / 31-60 / 61-90 days, on track vs at risk', () => {
    expect(d.renewals.upcoming_30d).toEqual({ count: 1, arr: 50_000, on_track: { count: 0, arr: 0 }, at_risk: { count: 1, arr: 50_000 } });
    expect(d.renewals.upcoming_60d).toEqual({ count: 1, arr: 200_000, on_track: { count: 1, arr: 200_000 }, at_risk: { count: 0, arr: 0 } });
    expect(d.renewals.upcoming_90d).toEqual({ count: 1, arr: 80_000, on_track: { count: 0, arr: 0 }, at_risk: { count: 1, arr: 80_000 } });
    expect([d.renewals.on_track, d.renewals.at_risk]).toEqual([1, 2]);
    expect(d.renewals.at_risk_accounts.map((a) => [a.name, a.days_until])).toEqual([['Slipping', 10], ['Struggling', 75]]);
  });

  test('average score and its trend: mean change of accounts with a score ~30 days ago', () => {
    const current = ['t', 'p', 's', 'c'].map(score);
    expect(d.engagement.avg_health_score).toBe(Math.round((current.reduce((a, b) => a + b, 0) / 4) * 10) / 10);
    // history ~30 days ago: thriving 70 (30 d), coasting 81 (28 d), slipping 75 (35 d, within ±15)
    const change = Math.round((((score('t') - 70) + (score('c') - 81) + (score('p') - 75)) / 3) * 10) / 10;
    expect(d.engagement.avg_score_change_30d).toBe(change);
    expect(d.engagement.health_score_trend).toBe(change >= 2 ? 'up' : change <= -2 ? 'down' : 'flat');
    expect(d.engagement.score_series.at(-1)).toEqual({ date: AS_OF, avg_score: d.engagement.avg_health_score, accounts: 4 });
    expect(d.engagement.score_series.find((p) => p.date === '2026-10-23')).toEqual({ date: '2026-10-23', avg_score: 75.3, accounts: 3 });
  });

  test('retention and movements come from contract changes and outcomes', () => {
    // all five were customers a year ago; the three built on thriving() carry its $20,000 upsell of 90 days ago
    expect(d.retention.churned_arr).toBe(40_000);
    expect(d.retention.arr_churned_mtd).toBe(40_000);
    expect(d.retention.expanded_arr).toBe(60_000);
    expect(d.retention.starting_arr).toBe(490_000 - 60_000);
    expect(d.retention.net_retention_rate).toBe(Math.round(((430_000 + 60_000 - 40_000) / 430_000) * 10_000) / 10_000);
    expect(d.retention.starting_accounts).toBe(5);
    expect(d.retention.logo_retention_rate).toBe(0.8);
    expect(d.notes).toEqual([]);
  });
});

describe('dashboard notes', () => {
  test('says churn cannot be seen without outcomes and names accounts without ARR', () => {
    const { d } = dashboardOf([aRecord(anAccount('a').thriving()).build(), aRecord(anAccount('b').withActiveUsers(5, 5)).build()]);
    expect(d.notes.join(' ')).toMatch(/no renewal outcomes/);
    expect(d.notes.join(' ')).toMatch(/1 of 2 accounts have no ARR/);
  });
});
