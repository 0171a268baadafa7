import { anAccount, type AccountBuilder } from '../../../test/builders/account';
import { makeContext } from '../context';
import type { ChurnSignal } from '../contract';
import { detectChurnSignals } from './churn';

const detect = (b: AccountBuilder): ChurnSignal[] => detectChurnSignals(makeContext(b.build(), 0.3));
const find = (b: AccountBuilder, key: string): ChurnSignal | undefined => detect(b).find((s) => s.key === key);

// asOf is 2026-11-22 (DEFAULT_AS_OF): 21 days ago = 2026-11-01, 30 = 2026-10-23, 40 = 2026-10-13.

describe('champion_departure_usage_decline (high)', () => {
  const key = 'champion_departure_usage_decline';

  it('fires on the headline case and names both facts', () => {
    const s = find(anAccount().withChampionDeparted(21).withActiveUsers(30, 55).renewingInDays(45), key);
    expect(s).toEqual({
      key,
      severity: 'high',
      label: 'Champion departure + usage decline',
      evidence: [
        'champion Jane Roe (VP Operations) departed 21 days ago (2026-11-01)',
        'active users 30, down 45% from 55 thirty days ago',
      ],
    });
  });

  it('needs usage to fall at least 20%', () => {
    expect(find(anAccount().withChampionDeparted(21).withActiveUsers(40, 50), key)).toBeDefined(); // exactly 20%
    expect(find(anAccount().withChampionDeparted(21).withActiveUsers(41, 50), key)).toBeUndefined(); // 18%
  });

  it('does not fire without the departure, or when it is older than 90 days', () => {
    expect(find(anAccount().withChampion().withActiveUsers(30, 55), key)).toBeUndefined();
    expect(find(anAccount().withChampionDeparted(120).withActiveUsers(30, 55), key)).toBeUndefined();
    expect(find(anAccount().withChampionDeparted(90).withActiveUsers(30, 55), key)).toBeDefined();
  });

  it('does not fire without usage data', () => {
    expect(find(anAccount().withChampionDeparted(21), key)).toBeUndefined();
  });

  it('counts an undated departure and a role change, and falls back to logins', () => {
    const s = find(anAccount().withStakeholder({ name: 'Ola Berg', role: 'champion', status: 'changed_role' }).withLogins(60, 100), key);
    expect(s?.evidence).toEqual([
      'champion Ola Berg changed role (date unknown)',
      'logins 60 in the last 30 days, down 40% from 100 in the 30 days before',
    ]);
  });
});

describe('support_escalation_negative_sentiment (high)', () => {
  const key = 'support_escalation_negative_sentiment';

  it('fires on an escalated urgent ticket with negative sentiment', () => {
    const s = find(anAccount().withTicket({ id: 'T-9', priority: 'urgent', escalated: true, sentiment: 'negative', daysAgo: 12 }), key);
    expect(s?.severity).toBe('high');
    expect(s?.evidence).toEqual([
      'urgent ticket T-9 opened 12 days ago (2026-11-10) escalated, still open',
      'ticket T-9 (2026-11-10) sentiment negative',
    ]);
  });

  it('reads hostile words from ticket text and quotes them', () => {
    const s = find(anAccount()
      .withTicket({ id: 'T-1', priority: 'high', escalated: true, daysAgo: 5, closedDaysAgo: 2 })
      .withTicket({ id: 'T-2', daysAgo: 3, text: 'This outage is unacceptable.' }), key);
    expect(s?.evidence).toEqual([
      'high ticket T-1 opened 5 days ago (2026-11-17) escalated (closed 2026-11-20)',
      'ticket T-2 (2026-11-19): "This outage is unacceptable."',
    ]);
  });

  it('does not fire without the negative tone', () => {
    expect(find(anAccount().withTicket({ priority: 'urgent', escalated: true, sentiment: 'neutral' }), key)).toBeUndefined();
  });

  it('does not fire without an escalated P0/P1 ticket in 90 days', () => {
    expect(find(anAccount().withTicket({ priority: 'urgent', escalated: false, sentiment: 'negative' }), key)).toBeUndefined();
    expect(find(anAccount().withTicket({ priority: 'medium', escalated: true, sentiment: 'negative' }), key)).toBeUndefined();
    expect(find(anAccount().withTicket({ priority: 'urgent', escalated: true, sentiment: 'negative', daysAgo: 120 }), key)).toBeUndefined();
  });
});

describe('budget_review_downgrade (high)', () => {
  const key = 'budget_review_downgrade';

  it('fires on a budget review with a downgrade request', () => {
    expect(find(anAccount().withFlags({ budgetReview: true, downgradeRequested: true }), key)?.evidence).toEqual([
      'budget / vendor review in progress (CRM flag)',
      'downgrade or pricing concession requested (CRM flag)',
    ]);
  });

  it('fires on a budget review with a recent downgrade in the contract history', () => {
    const s = find(anAccount().withFlags({ budgetReview: true }).withContractChange('downgrade', 40, -12_000), key);
    expect(s?.evidence).toContain('downgrade 40 days ago (2026-10-13), ARR change -$12,000');
  });

  it('does not fire on either half alone, or on a discount older than 180 days', () => {
    expect(find(anAccount().withFlags({ budgetReview: true }), key)).toBeUndefined();
    expect(find(anAccount().withFlags({ downgradeRequested: true }).withContractChange('downgrade', 40, -12_000), key)).toBeUndefined();
    expect(find(anAccount().withFlags({ budgetReview: true }).withContractChange('discount', 200), key)).toBeUndefined();
  });
});

describe('executive_turnover_competitor (high)', () => {
  const key = 'executive_turnover_competitor';

  it('fires on the two CRM flags', () => {
    expect(find(anAccount().withFlags({ executiveTurnover: true, competitorMentioned: true }), key)?.evidence).toEqual([
      'executive turnover at the client (CRM flag)',
      'competitor mentioned (CRM flag)',
    ]);
  });

  it('fires on a new decision maker and a competitor named in a survey comment', () => {
    const s = find(anAccount()
      .withStakeholder({ name: 'Pat Kim', title: 'CTO', role: 'decision_maker', status: 'new', sinceDaysAgo: 30 })
      .withSurvey('nps', 4, 20, 'We are looking at alternatives.'), key);
    expect(s?.evidence).toEqual([
      'decision maker Pat Kim (CTO) joined 30 days ago (2026-10-23)',
      'NPS comment (2026-11-02): "We are looking at alternatives."',
    ]);
  });

  it('does not fire on either half alone', () => {
    expect(find(anAccount().withFlags({ executiveTurnover: true }), key)).toBeUndefined();
    expect(find(anAccount().withFlags({ competitorMentioned: true }), key)).toBeUndefined();
  });

  it('ignores executive changes older than 180 days', () => {
    const b = anAccount().withFlags({ competitorMentioned: true })
      .withStakeholder({ name: 'Sam Lee', role: 'executive_sponsor', status: 'departed', sinceDaysAgo: 200 });
    expect(find(b, key)).toBeUndefined();
  });
});

describe('usage_collapse_non_response (high)', () => {
  const key = 'usage_collapse_non_response';
  const collapsed = () => anAccount().withActiveUsers(5, 30, 32, 34);

  it('fires on collapsed usage and two unanswered outreach emails', () => {
    const s = find(collapsed().withEmail('inbound', 40).withEmail('outbound', 20).withEmail('outbound', 10), key);
    expect(s?.evidence).toEqual([
      'active users 5, 16% of the trailing 90-day average of 32 (d30 30, d60 32, d90 34)',
      'last 2 outreach emails unanswered; last reply from the client 40 days ago (2026-10-13)',
    ]);
  });

  it('counts the last two meetings missed, or silence despite outreach, as non-response', () => {
    const missed = find(collapsed().withMeeting('check_in', 'no_show', 10).withMeeting('qbr', 'canceled', 40), key);
    expect(missed?.evidence[1]).toBe('last 2 meetings not held: check-in 2026-11-12 no-show, qbr 2026-10-13 canceled');
    const silent = find(collapsed().withLastContact(45).withEmail('outbound', 10), key);
    expect(silent?.evidence[1]).toBe('last two-way contact 45 days ago (2026-10-08), 1 outreach email sent since without reply');
  });

  it('falls back to logins when active users are unknown', () => {
    const s = find(anAccount().withLogins(10, 100).withEmail('outbound', 20).withEmail('outbound', 10), key);
    expect(s?.evidence[0]).toBe('logins 10 in the last 30 days, 10% of the 100 in the 30 days before');
  });

  it('does not fire on either half alone', () => {
    expect(find(collapsed().withEmail('outbound', 20).withEmail('inbound', 10), key)).toBeUndefined();
    expect(find(anAccount().withActiveUsers(20, 30, 32, 34).withEmail('outbound', 20).withEmail('outbound', 10), key)).toBeUndefined();
  });
});

describe('flat_renewal_discount_dependency (medium)', () => {
  const key = 'flat_renewal_discount_dependency';

  it('fires on two consecutive flat renewals each bought with a discount', () => {
    const s = find(anAccount()
      .withContractChange('discount', 400).withContractChange('renewal', 395, 0)
      .withContractChange('discount', 40).withContractChange('renewal', 30, -2_000), key);
    expect(s?.severity).toBe('medium');
    expect(s?.evidence).toEqual([
      '2 consecutive flat renewals, each with a discount',
      'renewed 2026-10-23 flat (ARR change -$2,000) with a discount on 2026-10-13',
      'renewed 2025-10-23 flat (ARR change $0) with a discount on 2025-10-18',
    ]);
  });

  it('does not fire when only one of the renewals came with a discount or the latest grew', () => {
    expect(find(anAccount().withContractChange('renewal', 395, 0).withContractChange('discount', 40).withContractChange('renewal', 30, 0), key)).toBeUndefined();
    expect(find(anAccount()
      .withContractChange('discount', 770).withContractChange('renewal', 760, 0)
      .withContractChange('discount', 400).withContractChange('renewal', 395, 0)
      .withContractChange('renewal', 30, 5_000), key)).toBeUndefined();
  });

  it('fires on a heavy standing discount with a flat latest renewal', () => {
    const s = find(anAccount().withBilling({ discountPct: 20 }).withContractChange('renewal', 30, 0), key);
    expect(s?.evidence).toEqual(['discount 20% of contract value', 'latest renewal 2026-10-23 flat (ARR change $0)']);
    expect(find(anAccount().withBilling({ discountPct: 10 }).withContractChange('renewal', 30, 0), key)).toBeUndefined();
    expect(find(anAccount().withBilling({ discountPct: 20 }).withContractChange('renewal', 30), key)).toBeUndefined(); // arrDelta unknown
  });
});

describe('single_threaded (medium)', () => {
  const key = 'single_threaded';

  it('fires when one stakeholder is left engaged', () => {
    expect(find(anAccount().withChampion().withExecutiveSponsor('Sam Lee', 'CFO', 'departed'), key)?.evidence)
      .toEqual(['1 of 2 known stakeholders still engaged: Jane Roe (VP Operations), champion']);
  });

  it('does not fire with two engaged stakeholders or none listed', () => {
    expect(find(anAccount().withChampion().withExecutiveSponsor(), key)).toBeUndefined();
    expect(find(anAccount(), key)).toBeUndefined();
  });
});

describe('feature_stagnation (medium)', () => {
  const key = 'feature_stagnation';

  it('fires when nothing was adopted in 180 days', () => {
    expect(find(anAccount().customerForDays(400).withFeatures(5, 20, 0), key)?.evidence)
      .toEqual(['no new feature adopted in the last 180 days (using 5 of 20 features)']);
  });

  it('does not fire for clients under 180 days, or when a feature was adopted', () => {
    expect(find(anAccount().customerForDays(100).withFeatures(5, 20, 0), key)).toBeUndefined();
    expect(find(anAccount().customerForDays(400).withFeatures(5, 20, 1), key)).toBeUndefined();
    expect(find(anAccount().withFeatures(5, 20), key)).toBeUndefined();
  });
});

describe('qbr_decline (medium)', () => {
  const key = 'qbr_decline';

  it('fires when the last two QBRs were declined, skipping rescheduled and future ones', () => {
    const s = find(anAccount()
      .withMeeting('qbr', 'scheduled', -10).withMeeting('qbr', 'canceled', 20)
      .withMeeting('qbr', 'rescheduled', 60).withMeeting('qbr', 'no_show', 110), key);
    expect(s?.evidence).toEqual(['last 2 QBRs declined: 2026-11-02 canceled, 2026-08-04 no-show']);
  });

  it('does not fire when one of the last two was held, or on other meetings', () => {
    expect(find(anAccount().withMeeting('qbr', 'canceled', 20).withMeeting('qbr', 'completed', 110), key)).toBeUndefined();
    expect(find(anAccount().withMeeting('check_in', 'canceled', 20).withMeeting('qbr', 'canceled', 110), key)).toBeUndefined();
  });
});

describe('survey_non_response (medium)', () => {
  const key = 'survey_non_response';

  it('fires when the last two invites went unanswered', () => {
    expect(find(anAccount().withSurveyInvite('csat', 100, false).withSurveyInvite('nps', 30, false), key)?.evidence)
      .toEqual(['last 2 surveys unanswered: NPS sent 2026-10-23, CSAT sent 2026-08-14']);
  });

  it('does not fire when one was answered; a fresh invite is not yet unanswered', () => {
    expect(find(anAccount().withSurveyInvite('csat', 100, true).withSurveyInvite('nps', 30, false), key)).toBeUndefined();
    expect(find(anAccount().withSurveyInvite('csat', 100, true).withSurveyInvite('nps', 30, false).withSurveyInvite('nps', 3, false), key)).toBeUndefined();
  });
});

it('a well-run account shows no churn signal', () => {
  expect(detect(anAccount().thriving())).toEqual([]);
});
