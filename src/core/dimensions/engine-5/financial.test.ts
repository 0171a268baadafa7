import fc from 'fast-check';
import { anAccount, type AccountBuilder } from '../../../../test/builders/account';
import { makeContext } from '../../context';
import { financial } from './financial';

const build = (b: AccountBuilder) => financial.score(makeContext(b.build(), 0.3), financial.params.parse({}));

describe('engine5.financial', () => {
  it('is a gap with no billing record', () => {
    expect(build(anAccount()).score).toBeNull();
    expect(build(anAccount().withBilling({})).score).toBeNull();
    expect(build(anAccount().withBilling({ discountPct: 10 })).score).toBeNull();
  });

  it('low band (late payment): late, 20 days past due → 25', () => {
    // late → 25 (×2); 20 days → 30 - 5/15·10 = 26.67; mean 25.56; blend 0.7·25.56 + 0.3·25 = 25.39
    const r = build(anAccount().withBilling({ paymentStatus: 'late', daysPastDue: 20 }));
    expect(r.score).toBe(25);
    expect(r.evidence).toEqual([
      'payment status late',
      'red flag: payment late',
      '20 days past due',
      'red flag: payment 20 days past due',
    ]);
  });

  it('late payment outweighs expansion: capped at 39', () => {
    // 25.39 + 25 expansion = 50.39 → late cap 39
    const r = build(anAccount().withBilling({ paymentStatus: 'late', daysPastDue: 20 }).withContractChange('upsell', 60, 10_000));
    expect(r.score).toBe(39);
    expect(r.trend).toBe('up');
  });

  it('delinquent, 75 days past due → 5', () => {
    // delinquent → 5; 75 days → 10 - 15/30·10 = 5
    const r = build(anAccount().withBilling({ paymentStatus: 'delinquent', daysPastDue: 75 }));
    expect(r.score).toBe(5);
    expect(r.evidence).toContain('red flag: account delinquent on payment');
  });

  it('mid band (on time): current, nothing past due, invoices paid on time → 55', () => {
    const r = build(anAccount().withBilling({ paymentStatus: 'current', daysPastDue: 0 }).withInvoice(60, 62).withInvoice(150, 150));
    expect(r.score).toBe(55);
    expect(r.trend).toBeNull();
    expect(r.evidence).toEqual(['payment status current', 'nothing past due', '2 of 2 invoices in the last 365 days paid on time (100%)']);
  });

  it('invoices paid late or disputed count against the on-time share', () => {
    // 1 of 2 on time → 25; current 55 (×2): mean (110 + 25) / 3 = 45; blend 0.7·45 + 0.3·25 = 39
    const late = build(anAccount().withBilling({ paymentStatus: 'current' }).withInvoice(60, 62).withInvoice(120, 105));
    expect(late.score).toBe(39);
    const disputed = build(anAccount().withBilling({ paymentStatus: 'current' }).withInvoice(60, 62).withInvoice(120, 120, { disputed: true }));
    expect(disputed.score).toBe(39);
    expect(disputed.evidence).toContain('1 of 2 invoices in the last 365 days paid on time (50%), 1 disputed');
  });

  it('high band (expansion): the thriving account → 86', () => {
    // 55 on time + 25 upsell + 3 multi-year + 3 auto-renew
    const r = build(anAccount().thriving());
    expect(r.score).toBe(86);
    expect(r.trend).toBe('up');
    expect(r.evidence).toEqual(expect.arrayContaining([
      'green flag: expansion: upsell on 2026-08-24 (+$20,000 ARR)',
      'green flag: multi-year contract',
      'green flag: contract renews automatically',
    ]));
  });

  it('a renewal that added ARR counts as expansion; one older than 12 months does not', () => {
    const base = () => anAccount().withBilling({ paymentStatus: 'current' });
    expect(build(base().withContractChange('renewal', 100, 5_000)).score).toBe(80);
    expect(build(base().withContractChange('upsell', 400, 5_000)).score).toBe(55);
  });

  it('red flag: contraction risk caps the score at 50', () => {
    const downgraded = build(anAccount().withBilling({ paymentStatus: 'current' }).withContractChange('upsell', 200, 8_000).withContractChange('downgrade', 30, -12_000));
    expect(downgraded.score).toBe(50); // 55 + 25 → cap 50
    expect(downgraded.trend).toBe('flat');
    expect(downgraded.evidence).toContain('red flag: contraction: downgrade on 2026-10-23 (-$12,000 ARR)');
    const requested = build(anAccount().withBilling({ paymentStatus: 'current', multiYear: true }).withFlags({ downgradeRequested: true }));
    expect(requested.score).toBe(50);
    expect(requested.evidence).toContain('red flag: contraction risk: the client requested a downgrade');
  });

  it('is monotone in payment status, days past due, invoices, contract changes and flags', () => {
    const statuses = ['delinquent', 'late', 'current'] as const;
    const kinds = ['downgrade', 'renewal', 'upsell'] as const;
    const arb = fc.record({
      status: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
      dpd: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }),
      invoices: fc.array(fc.record({ due: fc.integer({ min: -30, max: 400 }), paidAfterDue: fc.option(fc.integer({ min: -10, max: 40 }), { nil: undefined }), disputed: fc.boolean() }), { maxLength: 5 }),
      changes: fc.array(fc.record({ kind: fc.integer({ min: 0, max: 2 }), daysAgo: fc.integer({ min: -10, max: 400 }), arrDelta: fc.option(fc.integer({ min: -5000, max: 5000 }), { nil: undefined }) }), { maxLength: 3 }),
      downgradeRequested: fc.boolean(),
      multiYear: fc.boolean(),
      autoRenew: fc.boolean(),
    });
    type Case = typeof arb extends fc.Arbitrary<infer T> ? T : never;
    const score = (c: Case): number => {
      let b = anAccount().withBilling({
        ...(c.status !== undefined && { paymentStatus: statuses[c.status] }),
        ...(c.dpd !== undefined && { daysPastDue: c.dpd }),
        multiYear: c.multiYear, autoRenew: c.autoRenew,
      });
      for (const i of c.invoices) b = b.withInvoice(i.due, i.paidAfterDue === undefined ? undefined : i.due - i.paidAfterDue, { disputed: i.disputed });
      for (const ch of c.changes) b = b.withContractChange(kinds[ch.kind]!, ch.daysAgo, ch.arrDelta);
      if (c.downgradeRequested) b = b.withFlags({ downgradeRequested: true });
      return build(b).score ?? 50;
    };
    fc.assert(fc.property(arb, fc.integer({ min: 1, max: 60 }), fc.nat(), (c, step, pick) => {
      const base = score(c);
      const inv = c.invoices.length > 0 ? pick % c.invoices.length : -1;
      const chg = c.changes.length > 0 ? pick % c.changes.length : -1;
      const moves: Array<[boolean, Case]> = [
        [c.status !== undefined && c.status < 2, { ...c, status: (c.status ?? 0) + 1 }],
        [c.dpd !== undefined, { ...c, dpd: Math.max(0, (c.dpd ?? 0) - step) }],
        // paid on the due date, or today when it falls due later (a paid date is never after asOf)
        [inv >= 0, { ...c, invoices: c.invoices.map((x, i) => (i === inv ? { ...x, paidAfterDue: Math.min(0, x.due) } : x)) }],
        [inv >= 0, { ...c, invoices: c.invoices.map((x, i) => (i === inv ? { ...x, disputed: false } : x)) }],
        [chg >= 0 && c.changes[chg]!.kind < 2, { ...c, changes: c.changes.map((x, i) => (i === chg ? { ...x, kind: x.kind + 1 } : x)) }],
        [c.downgradeRequested, { ...c, downgradeRequested: false }],
        [!c.multiYear, { ...c, multiYear: true }],
        [!c.autoRenew, { ...c, autoRenew: true }],
      ];
      for (const [applies, better] of moves) if (applies) expect(score(better)).toBeGreaterThanOrEqual(base);
    }), { numRuns: 1000 });
  });
});
