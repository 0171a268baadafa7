import { anAccount, type AccountBuilder } from '../../../test/builders/account';
import { makeContext } from '../context';
import type { ChurnSignal } from '../contract';
import { detectEarlyWarnings } from './early-warning';

const detect = (b: AccountBuilder): ChurnSignal[] => detectEarlyWarnings(makeContext(b.build(), 0.3));
const find = (b: AccountBuilder, key: string): ChurnSignal | undefined => detect(b).find((s) => s.key === key);

// asOf is 2026-11-22: 10 days ago = 2026-11-12, 21 = 2026-11-01, 50 = 2026-10-03.

describe('usage_drop_30pct', () => {
  const key = 'usage_drop_30pct';

  it('fires on active users down more than 30% in a month, with a 90-day lead time', () => {
    expect(find(anAccount().withActiveUsers(30, 55), key)).toEqual({
      key,
      severity: 'medium',
      label: 'Monthly usage down over 30%',
      leadTimeDays: 90,
      evidence: ['active users 30, down 45% from 55 thirty days ago'],
    });
  });

  it('also reads core actions and logins, listing every metric that fell', () => {
    const s = find(anAccount().withLogins(50, 100).withUsage({ coreActions: { last30: 600, prev30: 1000 } }), key);
    expect(s?.evidence).toEqual([
      'logins 50 in the last 30 days, down 50% from 100 in the 30 days before',
      'core actions 600 in the last 30 days, down 40% from 1,000 in the 30 days before',
    ]);
  });

  it('needs more than 30%', () => {
    expect(find(anAccount().withLogins(70, 100), key)).toBeUndefined();
    expect(find(anAccount().withLogins(69, 100), key)).toBeDefined();
  });
});

describe('champion_job_change', () => {
  const key = 'champion_job_change';

  it('fires on a champion departure with a 75-day lead time', () => {
    const s = find(anAccount().withChampionDeparted(21), key);
    expect(s?.leadTimeDays).toBe(75);
    expect(s?.evidence).toEqual(['champion Jane Roe (VP Operations) departed 21 days ago (2026-11-01)']);
  });

  it('does not fire for an active champion or a change older than 180 days', () => {
    expect(find(anAccount().withChampion(), key)).toBeUndefined();
    expect(find(anAccount().withChampionDeparted(200), key)).toBeUndefined();
  });
});

describe('ticket_spike_then_silence', () => {
  const key = 'ticket_spike_then_silence';
  const spike = () => anAccount().withTicket({ daysAgo: 35 }).withTicket({ daysAgo: 40 }).withTicket({ daysAgo: 50 }).withTicket({ daysAgo: 70 });

  it('fires on a spike 31-60 days ago followed by silence', () => {
    const s = find(spike(), key);
    expect(s?.leadTimeDays).toBe(60);
    expect(s?.evidence).toEqual(['3 tickets opened 31-60 days ago, against 1 in the 30 days before', 'no tickets opened in the last 30 days']);
  });

  it('does not fire when tickets continue, or when the "spike" is not above twice the month before', () => {
    expect(find(spike().withTicket({ daysAgo: 10 }), key)).toBeUndefined();
    expect(find(spike().withTicket({ daysAgo: 80 }), key)).toBeUndefined(); // 3 vs 2
  });
});

describe('billing_page_no_upgrade', () => {
  const key = 'billing_page_no_upgrade';

  it('fires on repeated billing page visits without an upsell', () => {
    const s = find(anAccount().withUsage({ billingPageVisits30d: 3 }), key);
    expect(s?.leadTimeDays).toBe(45);
    expect(s?.evidence).toEqual(['3 billing page visits in the last 30 days', 'no upsell in the last 90 days']);
  });

  it('does not fire after an upsell or on a single visit', () => {
    expect(find(anAccount().withUsage({ billingPageVisits30d: 3 }).withContractChange('upsell', 30, 10_000), key)).toBeUndefined();
    expect(find(anAccount().withUsage({ billingPageVisits30d: 1 }), key)).toBeUndefined();
  });
});

describe('competitor_evaluation', () => {
  it('fires on a competitor mention in ticket text, quoted', () => {
    const s = find(anAccount().withTicket({ id: 'T-4', daysAgo: 10, text: 'Our CFO asked us to issue an RFP.' }), 'competitor_evaluation');
    expect(s?.leadTimeDays).toBe(45);
    expect(s?.evidence).toEqual(['ticket T-4 (2026-11-12): "Our CFO asked us to issue an RFP."']);
  });

  it('does not fire without a mention, or on a mention older than 180 days', () => {
    expect(find(anAccount().withTicket({ daysAgo: 10, text: 'Login is slow' }), 'competitor_evaluation')).toBeUndefined();
    expect(find(anAccount().withTicket({ daysAgo: 200, text: 'We might switch to another vendor' }), 'competitor_evaluation')).toBeUndefined();
  });
});

describe('data_export_request', () => {
  it('fires on three or more exports in 30 days', () => {
    const s = find(anAccount().withUsage({ dataExports30d: 3 }), 'data_export_request');
    expect(s?.leadTimeDays).toBe(30);
    expect(s?.evidence).toEqual(['3 data exports in the last 30 days']);
    expect(find(anAccount().withUsage({ dataExports30d: 2 }), 'data_export_request')).toBeUndefined();
  });
});

describe('renewal_stalled', () => {
  it('fires on the flag and names the renewal date', () => {
    const s = find(anAccount().withFlags({ renewalStalled: true }).renewingInDays(45), 'renewal_stalled');
    expect(s?.leadTimeDays).toBe(38);
    expect(s?.evidence).toEqual(['renewal stalled by procurement delays or legal questions (CRM flag)', 'renewal date in 45 days (2027-01-06)']);
    expect(find(anAccount().renewingInDays(45), 'renewal_stalled')).toBeUndefined();
  });
});

describe('team_member_departures', () => {
  const key = 'team_member_departures';

  it('fires on two dated departures in 90 days', () => {
    const s = find(anAccount()
      .withStakeholder({ name: 'Al Wu', role: 'admin', status: 'departed', sinceDaysAgo: 10 })
      .withStakeholder({ name: 'Bea Ruiz', role: 'user', status: 'departed', sinceDaysAgo: 50 }), key);
    expect(s?.leadTimeDays).toBe(30);
    expect(s?.evidence).toEqual([
      '2 stakeholders departed in the last 90 days',
      'admin Al Wu departed 10 days ago (2026-11-12)',
      'user Bea Ruiz departed 50 days ago (2026-10-03)',
    ]);
  });

  it('does not count a single, old or undated departure', () => {
    expect(find(anAccount().withStakeholder({ role: 'admin', status: 'departed', sinceDaysAgo: 10 }), key)).toBeUndefined();
    expect(find(anAccount()
      .withStakeholder({ role: 'admin', status: 'departed', sinceDaysAgo: 10 })
      .withStakeholder({ role: 'user', status: 'departed', sinceDaysAgo: 120 })
      .withStakeholder({ role: 'user', status: 'departed' }), key)).toBeUndefined();
  });

  it('fires on active users down 20% or more over 90 days', () => {
    expect(find(anAccount().withActiveUsers(40, 42, 45, 50), key)?.evidence).toEqual(['active users 40, down 20% from 50 ninety days ago']);
    expect(find(anAccount().withActiveUsers(41, 42, 45, 50), key)).toBeUndefined();
  });
});

it('lists warnings in the seed table order', () => {
  const keys = detect(anAccount()
    .withActiveUsers(30, 55).withChampionDeparted(21)
    .withUsage({ billingPageVisits30d: 2, dataExports30d: 4 })
    .withFlags({ competitorMentioned: true, renewalStalled: true })).map((s) => s.key);
  expect(keys).toEqual([
    'usage_drop_30pct', 'champion_job_change', 'billing_page_no_upgrade', 'competitor_evaluation', 'data_export_request', 'renewal_stalled',
  ]);
});
