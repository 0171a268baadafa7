import { anAccount, DEFAULT_AS_OF } from '../../../test/builders/account';
import { aRecord } from '../../../test/builders/portfolio';
import { addMonths } from './calendar';
import { arrMovementsOver, retentionOver } from './retention';

const END = DEFAULT_AS_OF; // 2026-11-22
const START = addMonths(END, -12); // 2025-11-22
const customer = (id: string) => anAccount(id, id.toUpperCase()).customerForDays(700);

describe('retentionOver: hand-worked examples', () => {
  test('simple portfolio: NRR = (start + expansion − contraction − churn) / start, GRR without expansion, logo retention', () => {
    // start 100k + 100k + 100k = 300k; A +10k upsell, B −20k downgrade, C churns (100k).
    const records = [
      aRecord(customer('a').arr(110_000).withContractChange('upsell', 90, 10_000)).build(),
      aRecord(customer('b').arr(80_000).withContractChange('downgrade', 60, -20_000)).build(),
      aRecord(customer('c').arr(100_000)).churnedDaysAgo(30).build(),
    ];
    const m = retentionOver(records, START, END);
    expect(m).toMatchObject({ startingAccounts: 3, retainedAccounts: 2, startArr: 300_000, expansionArr: 10_000, contractionArr: 20_000, churnedArr: 100_000, endArr: 190_000 });
    expect(m.netRetentionRate).toBe(0.6333); // (300 + 10 − 20 − 100) / 300
    expect(m.grossRetentionRate).toBe(0.6); // (300 − 20 − 100) / 300
    expect(m.logoRetentionRate).toBe(0.6667); // 2 / 3
    expect(m.expansionRate).toBe(0.0333); // 10 / 300
  });

  test('new logos and accounts churned before the period are outside the starting cohort', () => {
    const records = [
      aRecord(customer('a').arr(100_000)).build(),
      aRecord(anAccount('new').arr(500_000).customerForDays(100).withContractChange('upsell', 20, 50_000)).build(),
      aRecord(customer('gone').arr(70_000)).churnedDaysAgo(400).build(),
    ];
    const m = retentionOver(records, START, END);
    expect(m).toMatchObject({ startingAccounts: 1, startArr: 100_000, expansionArr: 0, churnedArr: 0 });
    expect(m.netRetentionRate).toBe(1);
  });

  test('GRR caps each account at its start ARR; NRR does not', () => {
    // A: 80k → +20k = 100k.  E: 90k, +30k then −50k = 70k.  G: 40k, +20k, then churns at 60k.
    const records = [
      aRecord(customer('a').arr(100_000).withContractChange('upsell', 90, 20_000)).build(),
      aRecord(customer('e').arr(70_000).withContractChange('upsell', 200, 30_000).withContractChange('downgrade', 100, -50_000)).build(),
      aRecord(customer('g').arr(60_000).withContractChange('upsell', 120, 20_000)).churnedDaysAgo(10).build(),
    ];
    const m = retentionOver(records, START, END);
    expect(m).toMatchObject({ startArr: 210_000, expansionArr: 70_000, contractionArr: 50_000, churnedArr: 60_000, endArr: 170_000 });
    expect(m.netRetentionRate).toBe(0.8095); // 170 / 210
    // min(start, end) per account: 80 + 70 + 0 = 150 of 210; the uncapped (210 − 50 − 60) / 210 would be 0.4762
    expect(m.grossRetentionRate).toBe(0.7143);
    expect(m.logoRetentionRate).toBe(0.6667);
  });

  test('GRR never exceeds 100% when a portfolio only expands', () => {
    const m = retentionOver([aRecord(customer('a').arr(150_000).withContractChange('upsell', 30, 50_000)).build()], START, END);
    expect(m.netRetentionRate).toBe(1.5);
    expect(m.grossRetentionRate).toBe(1);
  });

  test('a downgrade written with a positive delta still contracts; changes outside the period move nothing', () => {
    const records = [aRecord(customer('b').arr(80_000).withContractChange('downgrade', 60, 20_000).withContractChange('upsell', 500, 40_000)).build()];
    const m = retentionOver(records, START, END);
    expect(m).toMatchObject({ startArr: 100_000, contractionArr: 20_000, expansionArr: 0, endArr: 80_000 });
  });

  test('no starting ARR gives null rates, never NaN', () => {
    const m = retentionOver([aRecord(customer('x')).build()], START, END);
    expect(m.startingAccounts).toBe(1);
    expect(m.netRetentionRate).toBeNull();
    expect(m.grossRetentionRate).toBeNull();
    expect(m.logoRetentionRate).toBe(1);
  });
});

describe('arrMovementsOver (month to date)', () => {
  test('counts only moves dated inside the window, new logos included', () => {
    const records = [
      aRecord(customer('a').arr(110_000).withContractChange('upsell', 5, 10_000).withContractChange('upsell', 40, 7_000)).build(),
      aRecord(anAccount('n').arr(50_000).customerForDays(60).withContractChange('downgrade', 3, -5_000)).build(),
      aRecord(customer('c').arr(30_000)).churnedDaysAgo(2).build(),
    ];
    expect(arrMovementsOver(records, '2026-10-31', END)).toEqual({ expanded: 10_000, contracted: 5_000, churned: 30_000 });
  });
});
