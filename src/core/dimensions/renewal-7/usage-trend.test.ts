import fc from 'fast-check';
import { makeContext } from '../../context';
import { anAccount, type AccountBuilder } from '../../../../test/builders/account';
import { usageTrend } from './usage-trend';

const assess = (account: AccountBuilder) => usageTrend.score(makeContext(account.build(), 0.3), usageTrend.params.parse({}));
const scoreOf = (account: AccountBuilder) => assess(account).score;
const window = (last30: number, prev30: number) => ({ last30, prev30 });

/** Active users up 10% over 30 and 90 days, logins up 15%. */
const growingAccount = () => anAccount().withActiveUsers(110, 100, undefined, 100).withLogins(1150, 1000);

describe('renewal7.usage_trend', () => {
  it('is a gap without usage changes over time', () => {
    expect(assess(anAccount())).toEqual({ score: null, trend: null, evidence: [] });
    // Levels alone (stickiness, seats) are not momentum; a lone "now" has nothing to compare with.
    expect(scoreOf(anAccount().withUsage({ dau: 20, mau: 40, seatsActive: 50 }))).toBeNull();
    expect(scoreOf(anAccount().withActiveUsers(30))).toBeNull();
    expect(scoreOf(anAccount().withUsage({ dataExports30d: 0, entitlementUsedPct: 60 }))).toBeNull();
  });

  it('scores steady growth in the 70-89 band (worked by hand)', () => {
    // users +10% in 30 d → 80 (w3), +10% in 90 d → 77.5 (w2), logins +15% → 85 (w1):
    // mean 480 / 6 = 80, min 77.5 → 0.7 × 80 + 0.3 × 77.5 = 79.25
    const result = assess(growingAccount());
    expect(result.score).toBe(79);
    expect(result.trend).toBe('up');
    expect(result.evidence).toEqual([
      'active users 110, up 10% from 100 thirty days ago',
      'active users 110, up 10% from 100 ninety days ago',
      'logins 1,150 in the last 30 days, up 15% from 1,000 the 30 days before',
    ]);
  });

  it('scores the thriving builder account from every window (worked by hand)', () => {
    // users 80 vs 76 (+5.26%) → 75.26 (w3), vs 70 (+14.29%) → 80.71 (w2), core +4% → 74 (w2), logins +5.88% → 75.88 (w1),
    // API +5% → 75 (w1): mean 686.1 / 9 = 76.23, min 74 → 53.36 + 22.2 = 75.56
    expect(scoreOf(anAccount().thriving())).toBe(76);
  });

  it('scores a broad decline in the 30-49 band (worked by hand)', () => {
    const account = anAccount().withActiveUsers(85, 100, undefined, 100).withLogins(800, 1000).withUsage({ coreActions: window(700, 1000) });
    // users -15% in 30 d → 50.67 (w3), -15% in 90 d → 47.5 (w2), core -30% → 35 (w2), logins -20% → 45 (w1):
    // mean 362 / 8 = 45.25, min 35 → 31.68 + 10.5 = 42.18; core actions down > 20% caps at 49 (not binding)
    const result = assess(account);
    expect(result.score).toBe(42);
    expect(result.trend).toBe('down');
    expect(result.evidence).toContain('core actions 700 in the last 30 days, down 30% from 1,000 the 30 days before');
    expect(result.evidence).toContain('red flag: core actions down 30% in 30 days'); // logins fell too: no "held steady"
  });

  describe('red flags', () => {
    it('caps active users down 20%+ in 30 days at 49, with the numbers in the evidence', () => {
      const strong = { logins: window(1400, 1000), coreActions: window(1400, 1000), apiCalls: window(1400, 1000) };
      // users -20% → 45 (w3), the rest +40% → 100 (w4): mean 76.43, min 45 → 67, capped
      const dropped = assess(anAccount().withUsage(strong).withActiveUsers(80, 100));
      expect(dropped.score).toBe(49);
      expect(dropped.evidence).toContain('active users 80, down 20% from 100 thirty days ago');
      expect(dropped.evidence).toContain('red flag: active users down 20% in the last 30 days');
      // -19% → 46.13: mean 76.91, min 46.13 → 67.68, no cap
      expect(scoreOf(anAccount().withUsage(strong).withActiveUsers(81, 100))).toBe(68);
    });

    it('reads the champion-left case: active users 30, down 45% from 55', () => {
      const result = assess(anAccount().withChampionDeparted(21).withActiveUsers(30, 55).renewingInDays(45));
      // -45.45% → 19.55, the only part
      expect(result.score).toBe(20);
      expect(result.trend).toBe('down');
      expect(result.evidence).toEqual(['active users 30, down 45% from 55 thirty days ago', 'red flag: active users down 45% in the last 30 days']);
    });

    it('halves declines and allows a 35% dip for a seasonal account', () => {
      const strong = { logins: window(1400, 1000), coreActions: window(1400, 1000), apiCalls: window(1400, 1000) };
      // users -20% read as -10% → 56.33 (w3), the rest 100 (w4): mean 81.29, min 56.33 → 73.8, no cap below 35%
      const dip = assess(anAccount().seasonal().withUsage(strong).withActiveUsers(80, 100));
      expect(dip.score).toBe(74);
      expect(dip.evidence).toContain('active users 80, down 20% from 100 thirty days ago; seasonal account, scored as a 10% decline');
      const deep = assess(anAccount().seasonal().withUsage(strong).withActiveUsers(60, 100));
      expect(deep.score).toBe(49);
      expect(deep.evidence).toContain('red flag: active users down 40% in the last 30 days (beyond the 35% a seasonal dip explains)');
    });

    it('caps a collapse (50%+ over 90 days, or down to one user) at 29', () => {
      const strong = { logins: window(1400, 1000), coreActions: window(1400, 1000), apiCalls: window(1400, 1000) };
      // users -55% over 90 d → 10 (w2), the rest 100 (w4): mean 70, min 10 → 52, capped
      const collapsed = assess(anAccount().withUsage(strong).withActiveUsers(45, undefined, undefined, 100));
      expect(collapsed.score).toBe(29);
      expect(collapsed.evidence).toContain('red flag: active users collapsed to 45, down 55% from 100 ninety days ago');
      // one user left of three 60 days ago; the windows alone would score 100
      const single = assess(anAccount().withUsage(strong).withActiveUsers(1, undefined, 3));
      expect(single.score).toBe(29);
      expect(single.evidence).toContain('red flag: usage down to a single user (from 3 active users)');
    });

    it('caps core actions down more than 20% at 49, naming steady logins as disengagement from value', () => {
      const account = anAccount().withActiveUsers(120, 100).withLogins(1000, 1000).withUsage({ coreActions: window(700, 1000), apiCalls: window(1150, 1000) });
      // users +20% → 86.67 (w3), core -30% → 35 (w2), logins 0% → 70 (w1), API +15% → 85 (w1):
      // mean 485 / 7 = 69.29, min 35 → 48.5 + 10.5 = 59, capped
      const result = assess(account);
      expect(result.score).toBe(49);
      expect(result.evidence).toContain('red flag: core actions down 30% in 30 days while logins held steady (1,000, unchanged from 1,000): disengaging from value-driving workflows');
    });

    it('caps 3+ data exports in 30 days at 59 (possible migration)', () => {
      const fewExports = assess(growingAccount().withUsage({ dataExports30d: 2 }));
      expect(fewExports.score).toBe(79);
      expect(fewExports.evidence).toContain('2 data exports in the last 30 days');
      const exporting = assess(growingAccount().withUsage({ dataExports30d: 3 }));
      expect(exporting.score).toBe(59);
      expect(exporting.evidence).toContain('red flag: 3 data exports in the last 30 days (possible migration)');
    });

    it('caps API calls down more than 30% at 59', () => {
      // growing parts plus API -35% → 30.83 (w1): mean 72.98, min 30.83 → 60.33, capped
      const result = assess(growingAccount().withUsage({ apiCalls: window(650, 1000) }));
      expect(result.score).toBe(59);
      expect(result.evidence).toContain('red flag: API calls down 35% in 30 days');
      // -30% → 35: mean 73.57, min 35 → 61.99, not capped
      expect(scoreOf(growingAccount().withUsage({ apiCalls: window(700, 1000) }))).toBe(62);
    });
  });

  it('adds 5 when usage reaches the contracted entitlement', () => {
    expect(scoreOf(growingAccount().withUsage({ entitlementUsedPct: 99 }))).toBe(79);
    const over = assess(growingAccount().withUsage({ entitlementUsedPct: 112 }));
    expect(over.score).toBe(84);
    expect(over.evidence).toContain('green flag: usage at 112% of the contracted entitlement (expansion opportunity)');
  });

  it('takes the trend from 30-day active users (±5%), else logins, else none', () => {
    expect(assess(anAccount().withActiveUsers(104, 100)).trend).toBe('flat');
    expect(assess(anAccount().withActiveUsers(105, 100)).trend).toBe('up');
    expect(assess(anAccount().withActiveUsers(95, 100).withLogins(2000, 1000)).trend).toBe('down');
    expect(assess(anAccount().withLogins(800, 1000)).trend).toBe('down');
    expect(assess(anAccount().withActiveUsers(50, undefined, undefined, 100)).trend).toBeNull();
  });

  describe('monotonicity', () => {
    const value = fc.option(fc.integer({ min: 0, max: 400 }));
    const usage = fc.record({
      now: value, d30: value, d60: value, d90: value,
      logins: fc.tuple(value, value), core: fc.tuple(value, value), api: fc.tuple(value, value),
      exports: fc.option(fc.integer({ min: 0, max: 8 })), entitlement: fc.option(fc.integer({ min: 0, max: 150 })),
      seasonal: fc.boolean(),
    });
    type Sample = typeof usage extends fc.Arbitrary<infer T> ? T : never;
    const opt = <T>(v: T | null) => (v === null ? undefined : v);
    const pair = ([last30, prev30]: [number | null, number | null]) => ({ last30: opt(last30), prev30: opt(prev30) });
    const build = (u: Sample) => scoreOf(anAccount().seasonal(u.seasonal).withUsage({
      activeUsers: { now: opt(u.now), d30: opt(u.d30), d60: opt(u.d60), d90: opt(u.d90) },
      logins: pair(u.logins), coreActions: pair(u.core), apiCalls: pair(u.api),
      dataExports30d: opt(u.exports), entitlementUsedPct: opt(u.entitlement),
    })) ?? 50; // a gap counts as the neutral 50, as in the pipeline

    it('never falls when active users, logins, core actions or API calls rise, or exports fall (property)', () => {
      fc.assert(fc.property(usage, fc.integer({ min: 1, max: 200 }), (u, more) => {
        const before = build(u);
        const up = (v: number | null) => (v === null ? null : v + more);
        expect(build({ ...u, now: up(u.now) })).toBeGreaterThanOrEqual(before);
        expect(build({ ...u, logins: [up(u.logins[0]), u.logins[1]] })).toBeGreaterThanOrEqual(before);
        expect(build({ ...u, core: [up(u.core[0]), u.core[1]] })).toBeGreaterThanOrEqual(before);
        expect(build({ ...u, api: [up(u.api[0]), u.api[1]] })).toBeGreaterThanOrEqual(before);
        expect(build({ ...u, exports: u.exports === null ? null : Math.max(0, u.exports - more) })).toBeGreaterThanOrEqual(before);
      }), { numRuns: 500 });
    });

    it('never falls along a sweep of active users from collapse to growth', () => {
      for (const seasonal of [false, true]) {
        const scores = [0, 1, 2, 20, 45, 50, 65, 80, 81, 95, 100, 110, 150, 200].map((now) =>
          scoreOf(anAccount().seasonal(seasonal).withActiveUsers(now, 100, 100, 100).withLogins(1000, 1000).withUsage({ coreActions: window(1000, 1000) }))!);
        scores.forEach((s, i) => expect(s).toBeGreaterThanOrEqual(scores[i - 1] ?? 0));
        expect(scores[0]).toBeLessThanOrEqual(29);
        expect(scores[scores.length - 1]).toBeGreaterThanOrEqual(80); // users doubled, other windows flat: 83
      }
    });
  });
});
