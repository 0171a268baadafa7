import { anAccount } from '../../../test/builders/account';
import { makeContext } from '../context';
import {
  competitorMention, inLastDays, negativeTone, outreachNonResponse, signedMoney, stakeholderChanges, usageCollapse,
  usageDecline30, when,
} from './facts';

const ctx = (b = anAccount()) => makeContext(b.build(), 0.3); // asOf 2026-11-22

describe('wording helpers', () => {
  it('says when a date was, relative to asOf', () => {
    expect(when(ctx(), '2026-11-01')).toBe('21 days ago (2026-11-01)');
    expect(when(ctx(), '2026-11-21')).toBe('1 day ago (2026-11-21)');
    expect(when(ctx(), '2026-11-22T15:00:00Z')).toBe('today (2026-11-22)');
    expect(when(ctx(), '2026-11-27')).toBe('in 5 days (2026-11-27)');
  });

  it('signs money', () => {
    expect([signedMoney(20_000), signedMoney(-5_000.4), signedMoney(0)]).toEqual(['+$20,000', '-$5,000', '$0']);
  });

  it('counts a timestamp later on the asOf day as today, not the future', () => {
    expect(inLastDays(ctx(), '2026-11-22T15:00:00Z', 30)).toBe(true);
    expect(inLastDays(ctx(), '2026-11-24', 30)).toBe(false);
    expect(inLastDays(ctx(), '2026-10-23', 30)).toBe(true);
    expect(inLastDays(ctx(), '2026-10-22', 30)).toBe(false);
  });
});

describe('usage facts', () => {
  it('usage decline is the % fallen: active users first, logins otherwise', () => {
    expect(usageDecline30(ctx(anAccount().withActiveUsers(30, 55).withLogins(100, 100)), 20)?.value).toBeCloseTo(45.45, 1);
    expect(usageDecline30(ctx(anAccount().withActiveUsers(50, 55).withLogins(10, 100)), 20)).toBeNull(); // active users lead: 9%
    expect(usageDecline30(ctx(anAccount().withLogins(120, 100)), -50)?.value).toBeCloseTo(-20, 5);
    expect(usageDecline30(ctx(anAccount().withActiveUsers(30)), 0)).toBeNull();
  });

  it('usage collapse averages only the trailing points present', () => {
    const c = usageCollapse(ctx(anAccount().withActiveUsers(4, undefined, undefined, 20)));
    expect(c?.value).toBeCloseTo(0.2, 5);
    expect(c?.evidence).toEqual(['active users 4, 20% of the trailing 90-day average of 20 (d90 20)']);
    expect(usageCollapse(ctx(anAccount().withActiveUsers(5, 20)))).toBeNull(); // exactly 25% is not below it
  });
});

describe('people facts', () => {
  it('lists stakeholder changes newest first, undated last', () => {
    const changes = stakeholderChanges(ctx(anAccount()
      .withStakeholder({ name: 'Old', role: 'user', status: 'departed', sinceDaysAgo: 80 })
      .withStakeholder({ name: 'Undated', role: 'user', status: 'departed' })
      .withStakeholder({ name: 'Recent', role: 'admin', status: 'departed', sinceDaysAgo: 5 })
      .withStakeholder({ name: 'Still here', role: 'admin', status: 'active' })), ['departed']);
    expect(changes.map((c) => [c.person.name, c.daysAgo])).toEqual([['Recent', 5], ['Old', 80], ['Undated', null]]);
  });
});

describe('outreach non-response', () => {
  it('is absent when the client replied last', () => {
    expect(outreachNonResponse(ctx(anAccount().withEmail('outbound', 20).withEmail('outbound', 10).withEmail('inbound', 5)))).toBeNull();
  });

  it('does not call a client silent when it wrote after the last logged contact', () => {
    expect(outreachNonResponse(ctx(anAccount().withLastContact(45).withEmail('outbound', 20).withEmail('inbound', 10)))).toBeNull();
  });
});

describe('text facts', () => {
  it('competitor mention: the flag first, then quoted text from tickets and survey comments', () => {
    const f = competitorMention(ctx(anAccount().withFlags({ competitorMentioned: true })
      .withTicket({ id: 'T-1', daysAgo: 10, text: 'We are switching to another tool next year' })
      .withSurvey('nps', 3, 20, 'Other vendors do this better')));
    expect(f?.evidence).toEqual([
      'competitor mentioned (CRM flag)',
      'ticket T-1 (2026-11-12): "We are switching to another tool next year"',
      'NPS comment (2026-11-02): "Other vendors do this better"',
    ]);
  });

  it('negative tone only reads the last 90 days', () => {
    expect(negativeTone(ctx(anAccount().withTicket({ sentiment: 'negative', daysAgo: 100 }).withSurvey('csat', 1, 120, 'Terrible support')))).toBeNull();
    expect(negativeTone(ctx(anAccount().withSurvey('csat', 1, 20, 'Terrible support')))?.evidence).toEqual(['CSAT comment (2026-11-02): "Terrible support"']);
  });
});
