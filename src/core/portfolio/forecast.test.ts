import { anAccount } from '../../../test/builders/account';
import { coasting, slipping, struggling } from '../../../test/builders/portfolio';
import { builtInModel } from '../models';
import { buildForecast } from './forecast';
import type { PortfolioRecord } from './record';

const model = builtInModel('renewal-7');
const source = { label: 'file test.jsonl', skipped: 0 };
const forecastOf = (...builders: Array<{ build(): PortfolioRecord['snapshot'] }>) =>
  buildForecast(builders.map((b) => ({ snapshot: b.build() })), model, { generatedOn: '2026-11-22', source });

describe('priority action list: ranked as documented in ranking.ts', () => {
  test('same priority: a renewal inside 90 days outranks more ARR at risk renewing in 9 months (seed 002 rule 7)', () => {
    const f = forecastOf(struggling('far', 'Far Renewal').renewingInDays(270), slipping('near', 'Near Renewal').renewingInDays(30));
    const [first, second] = f.accounts;
    expect(first!.play!.priority).toBe('critical');
    expect(second!.play!.priority).toBe('critical');
    expect(second!.renewal.arrAtRisk!).toBeGreaterThan(first!.renewal.arrAtRisk!); // the rule, not ARR, decided
    expect(f.actions.map((a) => a.account)).toEqual(['Near Renewal', 'Far Renewal']);
    expect(f.mostUrgent?.account).toBe('Near Renewal');
  });

  test('same priority and renewal window: more ARR at risk first, then the sooner renewal', () => {
    const f = forecastOf(
      slipping('small', 'Small').arr(100_000).renewingInDays(20),
      slipping('big', 'Big').arr(400_000).renewingInDays(60),
      slipping('same-later', 'Same Later').arr(100_000).renewingInDays(50),
    );
    expect(new Set(f.actions.map((a) => a.priority))).toEqual(new Set(['critical']));
    const atRisk = (id: string) => f.accounts.find((a) => a.accountId === id)!.renewal.arrAtRisk;
    expect(atRisk('small')).toBe(atRisk('same-later')); // equal ARR at risk: the sooner renewal decides
    expect(f.actions.map((a) => a.account)).toEqual(['Big', 'Small', 'Same Later']);
    expect(f.actions.map((a) => a.rank)).toEqual([1, 2, 3]);
  });

  test('a higher priority beats more ARR at risk', () => {
    const f = forecastOf(coasting('whale', 'Whale').arr(2_000_000), slipping('minnow', 'Minnow').arr(50_000).renewingInDays(40));
    const whale = f.accounts.find((a) => a.accountId === 'whale')!;
    const minnow = f.accounts.find((a) => a.accountId === 'minnow')!;
    expect(whale.renewal.arrAtRisk!).toBeGreaterThan(minnow.renewal.arrAtRisk!);
    expect(minnow.play!.priority).toBe('critical');
    expect(whale.play!.priority).not.toBe('critical');
    expect(f.actions[0]!.account).toBe('Minnow');
  });
});

describe('forecast model', () => {
  const f = forecastOf(
    struggling('s', 'Struggling Co').renewingInDays(120),
    slipping('p', 'Slipping Inc').renewingInDays(30),
    coasting('c', 'Coasting Ltd'),
    anAccount('t', 'Thriving plc').thriving().withChampionDeparted(20, 'Old Champ'),
    anAccount('g', 'Gappy').arr(10_000).withActiveUsers(10, 10),
  );

  test('counts per category and ARR at risk add up from the assessments', () => {
    const total = Object.values(f.categories).reduce((s, c) => s + c.count, 0);
    expect(total).toBe(5);
    expect(f.categories.likely_to_churn.count).toBe(1);
    expect(f.categories.at_risk.count).toBeGreaterThanOrEqual(1);
    expect(f.arrAtRisk).toBe(f.accounts.reduce((s, a) => s + (a.renewal.arrAtRisk ?? 0), 0));
    expect(f.arrInRiskCategories).toBe(f.accounts.filter((a) => a.prediction === 'at_risk' || a.prediction === 'likely_to_churn').reduce((s, a) => s + (a.renewal.arr ?? 0), 0));
  });

  test('systemic themes name how many accounts share a risk', () => {
    expect(f.themes.map((t) => t.text)).toContain('2 of 5 accounts have champion turnover');
    const champion = f.themes.find((t) => t.key === 'champion_turnover')!;
    expect(champion.names.sort()).toEqual(['Struggling Co', 'Thriving plc']);
  });

  test('watchlist: healthy accounts with an early signal, not at-risk ones', () => {
    const names = f.watchlist.map((w) => w.account);
    expect(names).toContain('Coasting Ltd');
    expect(names).toContain('Thriving plc');
    expect(names).not.toContain('Slipping Inc');
    expect(names).not.toContain('Struggling Co');
    const thriving = f.watchlist.find((w) => w.account === 'Thriving plc')!;
    expect(thriving.warning).toMatch(/Champion job change/);
    expect(thriving.trigger).toMatch(/score below 60 \(now \d+\), or no new champion engaged within 30 days/);
  });

  test('data gaps list each missing dimension, ARR and renewal date with how to collect them', () => {
    const gappy = f.dataGaps.filter((g) => g.account === 'Gappy');
    expect(gappy.map((g) => g.missing.split(':')[0])).toEqual(expect.arrayContaining(['Support Ticket Volume/Sentiment', 'NPS/CSAT', 'Billing History', 'Renewal date']));
    expect(gappy.find((g) => g.missing.startsWith('NPS/CSAT'))!.collection).toMatch(/NPS survey/);
    expect(gappy.every((g) => g.impact.length > 0 && g.collection.length > 0)).toBe(true);
    expect(f.dataGaps.some((g) => g.account === 'Thriving plc')).toBe(false);
  });

  test('methodology: model, weights summing to 100, uncalibrated seed weights, coverage', () => {
    expect(f.methodology.model).toBe('renewal-7@1');
    expect(f.methodology.weights.reduce((s, w) => s + w.weight, 0)).toBe(100);
    expect(f.methodology.calibratedAt).toBeNull();
    expect(f.methodology.coverage?.end).toBe('2026-11-22');
    expect(f.methodology.limitations.join(' ')).toMatch(/not calibrated/);
    expect(f.dataSources[0]).toBe('file test.jsonl');
  });
});

describe('labeled input', () => {
  test('accounts already churned by the generated date are not forecast, and the notes say so', () => {
    const records = [
      { snapshot: slipping('p', 'Slipping Inc').build() },
      { snapshot: struggling('gone', 'Gone Co').build(), outcome: { renewed: false, date: '2026-11-01' } },
      { snapshot: struggling('later', 'Later Co').build(), outcome: { renewed: false, date: '2027-01-15' } },
    ];
    const f = buildForecast(records, model, { generatedOn: '2026-11-22', source });
    expect(f.accounts.map((a) => a.accountId).sort()).toEqual(['later', 'p']);
    expect(f.methodology.limitations).toContain('1 account already churned by 2026-11-22 (labeled outcome) is not forecast');
  });
});
