import fc from 'fast-check';
import type { AccountSnapshot } from '../../contract';
import { makeContext } from '../../context';
import { anAccount, daysBefore, DEFAULT_AS_OF, type AccountBuilder } from '../../../../test/builders/account';
import { billing } from './billing';

const assess = (account: AccountBuilder | AccountSnapshot) => {
  const snapshot = 'build' in account ? account.build() : account;
  return billing.score(makeContext(snapshot, 0.3), billing.params.parse({}));
};
const scoreOf = (account: AccountBuilder | AccountSnapshot) => assess(account).score;

/** Current, nothing past due, three invoices paid on time, no discount, one renewal up $5,000. */
const onTimeAccount = () => anAccount()
  .withBilling({ paymentStatus: 'current', daysPastDue: 0, discountPct: 0 })
  .withInvoice(30, 31).withInvoice(120, 118).withInvoice(210, 212)
  .withContractChange('renewal', 100, 5_000);

/** Late, 20 days past due, 2 of 3 invoices late, one dispute, 20% discount, renewal down $5,000. */
const strugglingAccount = () => anAccount()
  .withBilling({ paymentStatus: 'late', daysPastDue: 20, discountPct: 20 })
  .withInvoice(20).withInvoice(80, 60).withInvoice(140, 139, { disputed: true })
  .withContractChange('renewal', 150, -5_000);

describe('renewal7.billing', () => {
  it('is a gap when there is no billing data', () => {
    expect(assess(anAccount())).toEqual({ score: null, trend: null, evidence: [] });
    expect(scoreOf(anAccount().withBilling({}))).toBeNull();
    // Invoices due more than 12 months ago say nothing about current behaviour.
    expect(scoreOf(anAccount().withInvoice(400))).toBeNull();
  });

  it('scores an on-time account in the 70-89 band (worked by hand)', () => {
    // parts: status 85 (w2), past due 90 (w2), late 0 → 95 (w2), disputes 0 → 90 (w1), discount 0 → 90 (w1), renewal up 75 (w2)
    // mean 870 / 10 = 87, min 75 → 0.7 × 87 + 0.3 × 75 = 83.4
    const result = assess(onTimeAccount());
    expect(result.score).toBe(83);
    expect(result.trend).toBe('flat');
    expect(result.evidence).toEqual([
      'payment status current',
      'no balance past due',
      'all 3 invoices due in the last 12 months paid on time',
      'no invoice disputes in the last 12 months',
      'no discount on the contract',
      `contract changes in the last 12 months: renewal +$5,000 (${daysBefore(DEFAULT_AS_OF, 100)})`,
    ]);
  });

  it('scores a struggling account in the 50-69 band (worked by hand)', () => {
    // parts: late 50 (w2), 20 days past due 58.33 (w2), 2 late → 55 (w2), 1 dispute → 60 (w1), 20% discount → 60 (w1),
    // renewal at a lower value 55 (w2): mean 556.67 / 10 = 55.67, min 50 → 0.7 × 55.67 + 15 = 53.97
    const result = assess(strugglingAccount());
    expect(result.score).toBe(54);
    expect(result.evidence).toContain('balance 20 days past due');
    expect(result.evidence).toContain('2 of 3 invoices due in the last 12 months paid late or overdue '
      + '(due 2026-11-02, unpaid and 20 days past due; due 2026-09-03, paid 20 days late)');
    expect(result.evidence).toContain('1 of 3 invoices due in the last 12 months disputed (due 2026-07-05)');
    expect(result.evidence).toContain('discount 20% of contract value');
    expect(result.evidence).toContain('contract changes in the last 12 months: renewal -$5,000 (2026-06-25)');
  });

  it('treats payment within the grace period as on time', () => {
    const within = assess(anAccount().withInvoice(30, 25)); // paid 5 days after the due date
    const beyond = assess(anAccount().withInvoice(30, 24)); // 6 days after
    expect(within.evidence).toContain('the one invoice due in the last 12 months paid on time');
    expect(within.score).toBe(92); // late 0 → 95 (w2), disputes 90 (w1): mean 93.33, min 90 → 0.7 × 93.33 + 27 = 92.33
    expect(beyond.score).toBe(71); // late 1 → 65 (w2), disputes 90 (w1): mean 73.33, min 65 → 51.33 + 19.5 = 70.83
  });

  describe('red flags', () => {
    it('caps 60+ days past due at 29 and 30+ days at 49', () => {
      // current 85 (w2) with 60 days → 20 (w2): mean 52.5, min 20 → 42.75, capped at 29
      const severe = assess(anAccount().withBilling({ paymentStatus: 'current', daysPastDue: 60 }));
      expect(severe.score).toBe(29);
      expect(severe.evidence).toContain('red flag: payment 60 days past due (60+ days)');
      // current 85 with 30 days → 45: mean 65, min 45 → 59, capped at 49
      expect(scoreOf(anAccount().withBilling({ paymentStatus: 'current', daysPastDue: 30 }))).toBe(49);
      // 29 days: 85 and 46.33 → mean 65.67, min 46.33 → 59.87, no cap
      expect(scoreOf(anAccount().withBilling({ paymentStatus: 'current', daysPastDue: 29 }))).toBe(60);
    });

    it('caps a delinquent account at 39', () => {
      // delinquent 15 (w2), late 0 → 95 (w2), disputes 90 (w1), discount 0 → 90 (w1): mean 66.67, min 15 → 51.17, capped
      const result = assess(anAccount().withBilling({ paymentStatus: 'delinquent', discountPct: 0 }).withInvoice(40, 40).withInvoice(70, 71));
      expect(result.score).toBe(39);
      expect(result.evidence).toContain('red flag: account is delinquent (collections risk)');
    });

    it('caps a downgrade in the last 12 months at 49 and reads it as a downward trend', () => {
      // current 85 (w2), 0 days 90 (w2), discount 0 → 90 (w1), downgrade 35 (w2): mean 72.86, min 35 → 61.5, capped
      const result = assess(anAccount().withBilling({ paymentStatus: 'current', daysPastDue: 0, discountPct: 0 }).withContractChange('downgrade', 100, -10_000));
      expect(result.score).toBe(49);
      expect(result.trend).toBe('down');
      expect(result.evidence).toContain(`red flag: contract downgraded on ${daysBefore(DEFAULT_AS_OF, 100)} (-$10,000 ARR)`);
      // A downgrade 13 months ago is outside the window: no part, no cap (mean 88, min 85 → 87.1).
      expect(scoreOf(anAccount().withBilling({ paymentStatus: 'current', daysPastDue: 0, discountPct: 0 }).withContractChange('downgrade', 400))).toBe(87);
    });

    it('caps discount dependency (a price concession in each of the last two contract years) at 49', () => {
      const base = () => anAccount().withBilling({ paymentStatus: 'current', daysPastDue: 0, discountPct: 0 }).withContractChange('discount', 30);
      // current 85 (w2), 90 (w2), 0% → 90 (w1), discount change 50 (w2): mean 77.14, min 50 → 54 + 15 = 69
      expect(scoreOf(base())).toBe(69);
      const dependent = assess(base().withContractChange('discount', 400));
      expect(dependent.score).toBe(49);
      expect(dependent.evidence).toContain(`red flag: discount dependency: a price concession in each of the last 2 contract years (discount ${daysBefore(DEFAULT_AS_OF, 30)}, discount ${daysBefore(DEFAULT_AS_OF, 400)})`);
      // Last year's downgrade counts as a concession too, so relabelling it a discount cannot raise the flag.
      expect(scoreOf(base().withContractChange('downgrade', 400))).toBe(49);
      // A skipped year breaks the streak.
      expect(scoreOf(base().withContractChange('discount', 800))).toBe(69);
    });
  });

  describe('green flags', () => {
    it('adds 5 for a multi-year agreement and 3 for auto-renew', () => {
      expect(scoreOf(onTimeAccount().withBilling({ multiYear: true }))).toBe(88); // 83.4 + 5
      expect(scoreOf(onTimeAccount().withBilling({ autoRenew: true }))).toBe(86); // 83.4 + 3
      expect(assess(onTimeAccount().withBilling({ multiYear: true, autoRenew: true })).evidence)
        .toEqual(expect.arrayContaining(['green flag: multi-year agreement in place', 'green flag: contract renews automatically']));
    });

    it('adds 5 for a mid-cycle upsell, on top of the upsell scoring 95 as a contract change', () => {
      const account = anAccount().withBilling({ paymentStatus: 'current', daysPastDue: 0, discountPct: 0 })
        .withInvoice(30, 31).withInvoice(120, 118).withInvoice(210, 212).withContractChange('upsell', 60, 20_000);
      // mean (870 + 2 × 20) / 10 = 91, min 85 → 89.2, + 5 = 94.2
      const result = assess(account);
      expect(result.score).toBe(94);
      expect(result.trend).toBe('up');
      expect(result.evidence).toContain(`green flag: expanded the contract mid-cycle (upsell +$20,000 (${daysBefore(DEFAULT_AS_OF, 60)}))`);
    });

    it('scores a green flag alone from the neutral 50', () => {
      expect(scoreOf(anAccount().withBilling({ multiYear: true }))).toBe(55);
      expect(scoreOf(anAccount().withBilling({ multiYear: false }))).toBeNull();
    });
  });

  describe('trend', () => {
    it('follows the latest contract change in 12 months', () => {
      const trend = (kind: 'upsell' | 'downgrade' | 'renewal' | 'discount') =>
        assess(anAccount().withContractChange('downgrade', 200).withContractChange(kind, 20)).trend;
      expect(trend('upsell')).toBe('up');
      expect(trend('renewal')).toBe('flat');
      expect(trend('discount')).toBe('down');
      expect(trend('downgrade')).toBe('down');
    });

    it('otherwise compares late payments in the last 90 days with the 90 before', () => {
      expect(assess(anAccount().withInvoice(20).withInvoice(80, 60).withInvoice(140, 139)).trend).toBe('down');
      expect(assess(anAccount().withInvoice(20, 20).withInvoice(140, 100)).trend).toBe('up');
      expect(assess(anAccount().withInvoice(20, 20).withInvoice(140, 140)).trend).toBe('flat');
      expect(assess(anAccount().withBilling({ paymentStatus: 'current' })).trend).toBeNull();
    });
  });

  describe('monotonicity', () => {
    it('never falls as one input moves in its healthy direction', () => {
      const steps: Array<[string, AccountBuilder[]]> = [
        ['payment status', (['delinquent', 'late', 'current'] as const).map((s) => strugglingAccount().withBilling({ paymentStatus: s }))],
        ['days past due', [120, 90, 60, 45, 30, 29, 15, 1, 0].map((d) => strugglingAccount().withBilling({ daysPastDue: d }))],
        ['discount', [60, 50, 30, 20, 10, 0].map((d) => strugglingAccount().withBilling({ discountPct: d }))],
        ['contract change', (['downgrade', 'discount', 'renewal', 'upsell'] as const).map((k) => strugglingAccount().withContractChange(k, 10))],
        ['contract change, lower value', (['downgrade', 'discount', 'renewal', 'upsell'] as const).map((k) => strugglingAccount().withContractChange(k, 10, -8_000))],
        ['multi-year', [false, true].map((v) => strugglingAccount().withBilling({ multiYear: v }))],
        ['auto-renew', [false, true].map((v) => strugglingAccount().withBilling({ autoRenew: v }))],
      ];
      for (const [, accounts] of steps) {
        const scores = accounts.map((a) => scoreOf(a)!);
        scores.forEach((s, i) => expect(s).toBeGreaterThanOrEqual(scores[i - 1] ?? 0));
      }
    });

    it('never falls when an invoice is paid on time, is not disputed, or a contract change improves (property)', () => {
      const kinds = ['downgrade', 'discount', 'renewal', 'upsell'] as const;
      // The healthy move for each kind, one step up the ladder downgrade → discount → renewal → upsell.
      const better = [1, 2, 3, 3];
      const invoice = fc.record({ due: fc.integer({ min: 0, max: 500 }), paidAfter: fc.option(fc.integer({ min: -10, max: 120 })), disputed: fc.boolean() });
      const change = fc.record({ daysAgo: fc.integer({ min: 0, max: 900 }), kind: fc.integer({ min: 0, max: 3 }), delta: fc.option(fc.integer({ min: -50_000, max: 50_000 })) });
      fc.assert(fc.property(fc.array(invoice, { maxLength: 6 }), fc.array(change, { maxLength: 5 }), fc.nat(), (invoices, changes, pick) => {
        const build = (fix: 'none' | 'paid' | 'undisputed' | 'upgrade') => {
          let a = anAccount().withBilling({ paymentStatus: 'current' });
          invoices.forEach((i, n) => {
            const target = n === pick % Math.max(1, invoices.length);
            const paidAfter = target && fix === 'paid' ? Math.min(i.paidAfter ?? 0, 0) : i.paidAfter;
            const paid = paidAfter === null ? undefined : Math.max(0, i.due - paidAfter);
            a = a.withInvoice(i.due, paid, { disputed: target && fix === 'undisputed' ? false : i.disputed });
          });
          changes.forEach((c, n) => {
            const target = n === pick % Math.max(1, changes.length);
            const kind = kinds[target && fix === 'upgrade' ? better[c.kind]! : c.kind]!;
            a = a.withContractChange(kind, c.daysAgo, c.delta ?? undefined);
          });
          return scoreOf(a)!;
        };
        const before = build('none');
        expect(build('paid')).toBeGreaterThanOrEqual(before);
        expect(build('undisputed')).toBeGreaterThanOrEqual(before);
        expect(build('upgrade')).toBeGreaterThanOrEqual(before);
      }), { numRuns: 300 });
    });
  });
});
