import { anAccount, type AccountBuilder } from '../../../test/builders/account';
import { makeContext } from '../context';
import type { ExpansionSignal } from '../contract';
import { detectExpansionSignals } from './expansion';

const detect = (b: AccountBuilder): ExpansionSignal[] => detectExpansionSignals(makeContext(b.build(), 0.3));
const find = (b: AccountBuilder, key: string): ExpansionSignal | undefined => detect(b).find((s) => s.key === key);

// asOf is 2026-11-22: 30 days ago = 2026-10-23, 60 = 2026-09-23, 120 = 2026-07-25.

describe('usage_exceeds_entitlement (strong)', () => {
  const key = 'usage_exceeds_entitlement';

  it('fires at 95% of the entitlement or with every purchased seat active', () => {
    expect(find(anAccount().withUsage({ entitlementUsedPct: 96 }), key)).toEqual({
      key, strength: 'strong', label: 'Usage exceeding entitlements', evidence: ['96% of the contracted entitlement in use'],
    });
    expect(find(anAccount().withUsage({ seatsActive: 42, seatsPurchased: 40 }), key)?.evidence).toEqual(['42 active seats of 40 purchased']);
  });

  it('does not fire below the cap', () => {
    expect(find(anAccount().withUsage({ entitlementUsedPct: 94, seatsActive: 39, seatsPurchased: 40 }), key)).toBeUndefined();
  });
});

describe('flag-based signals', () => {
  it.each([
    ['new_department_adoption', 'strong', { newDepartmentAdoption: true }],
    ['adjacent_feature_requests', 'strong', { adjacentFeatureRequest: true }],
    ['referral_or_case_study', 'strong', { referralOrCaseStudy: true }],
    ['early_contract_inquiry', 'moderate', { earlyRenewalInquiry: true }],
    ['competitive_displacement', 'moderate', { competitiveDisplacement: true }],
  ] as const)('%s fires on its flag only', (key, strength, flags) => {
    const s = find(anAccount().withFlags(flags), key);
    expect(s?.strength).toBe(strength);
    expect(s?.evidence[0]).toContain('(CRM flag)');
    expect(find(anAccount().withFlags(Object.fromEntries(Object.keys(flags).map((k) => [k, false]))), key)).toBeUndefined();
  });

  it('early_contract_inquiry names the renewal date', () => {
    expect(find(anAccount().withFlags({ earlyRenewalInquiry: true }).renewingInDays(45), 'early_contract_inquiry')?.evidence[1])
      .toBe('renewal date in 45 days (2027-01-06)');
  });
});

describe('adjacent_feature_requests (strong)', () => {
  const key = 'adjacent_feature_requests';

  it('reads requests for higher tiers and add-ons from ticket text, quoted', () => {
    expect(find(anAccount().withTicket({ id: 'T-7', daysAgo: 30, text: 'Can we get the forecasting add-on?' }), key)?.evidence)
      .toEqual(['ticket T-7 (2026-10-23): "Can we get the forecasting add-on?"']);
  });

  it('ignores requests older than 180 days and unrelated text', () => {
    expect(find(anAccount().withTicket({ daysAgo: 200, text: 'Can we get the forecasting add-on?' }), key)).toBeUndefined();
    expect(find(anAccount().withTicket({ daysAgo: 30, text: 'Password reset please' }), key)).toBeUndefined();
  });
});

describe('champion_promoted (strong)', () => {
  it('fires on a promoted champion, with the date', () => {
    expect(find(anAccount().withChampionPromoted(30), 'champion_promoted')?.evidence)
      .toEqual(['champion Jane Roe (SVP Operations) was promoted 30 days ago (2026-10-23)']);
    expect(find(anAccount().withChampion(), 'champion_promoted')).toBeUndefined();
  });
});

describe('api_usage_growth (moderate)', () => {
  const key = 'api_usage_growth';
  const api = (last30: number, prev30: number) => anAccount().withUsage({ apiCalls: { last30, prev30 } });

  it('fires on API calls up 20% or more month over month', () => {
    expect(find(api(48_000, 40_000), key)).toEqual({
      key, strength: 'moderate', label: 'Increasing API usage',
      evidence: ['API calls 48,000 in the last 30 days, up 20% from 40,000 in the 30 days before'],
    });
  });

  it('does not fire below 20% growth or without a base', () => {
    expect(find(api(47_000, 40_000), key)).toBeUndefined();
    expect(find(api(500, 0), key)).toBeUndefined();
  });
});

describe('multi_stakeholder_growth (moderate)', () => {
  const key = 'multi_stakeholder_growth';
  const twoNew = () => anAccount()
    .withStakeholder({ name: 'Ana Diaz', title: 'Head of Finance', role: 'decision_maker', status: 'new', sinceDaysAgo: 30 })
    .withStakeholder({ name: 'Bo Chen', role: 'user', status: 'new', sinceDaysAgo: 60 });

  it('fires on two new stakeholders in 180 days with none departed', () => {
    expect(find(twoNew(), key)?.evidence).toEqual([
      '2 new stakeholders in the last 180 days, none departed',
      'decision maker Ana Diaz (Head of Finance) joined 30 days ago (2026-10-23)',
      'user Bo Chen joined 60 days ago (2026-09-23)',
    ]);
  });

  it('does not fire when someone departed in the same window, or with one newcomer', () => {
    expect(find(twoNew().withStakeholder({ role: 'admin', status: 'departed', sinceDaysAgo: 100 }), key)).toBeUndefined();
    expect(find(anAccount().withStakeholder({ role: 'user', status: 'new', sinceDaysAgo: 30 }), key)).toBeUndefined();
  });

  it('fires on active users up 20% and by at least five people over 90 days', () => {
    expect(find(anAccount().withActiveUsers(60, 55, 52, 50), key)?.evidence).toEqual(['active users 60, up 20% from 50 ninety days ago']);
    expect(find(anAccount().withActiveUsers(6, 5, 5, 5), key)).toBeUndefined(); // +20% but one person
    expect(find(anAccount().withActiveUsers(59, 55, 52, 50), key)).toBeUndefined(); // +18%
  });
});

describe('nps_improving (moderate)', () => {
  const key = 'nps_improving';

  it('fires when the latest NPS is two or more points above the previous one', () => {
    expect(find(anAccount().withSurvey('nps', 8, 30).withSurvey('nps', 6, 120).withSurvey('csat', 2, 10), key)?.evidence)
      .toEqual(['NPS 8 on 2026-10-23, up 2 points from 6 on 2026-07-25']);
  });

  it('does not fire on a one-point gain or a single survey', () => {
    expect(find(anAccount().withSurvey('nps', 6, 120).withSurvey('nps', 7, 30), key)).toBeUndefined();
    expect(find(anAccount().withSurvey('nps', 9, 30), key)).toBeUndefined();
  });
});

it('a well-run account without growth facts shows no expansion signal', () => {
  expect(detect(anAccount().thriving())).toEqual([]);
});
