import { anAccount } from '../../../../test/builders/account';
import { makeContext } from '../../context';
import type { AccountSnapshot } from '../../contract';
import { engagement } from './engagement';

const score = (s: AccountSnapshot) => engagement.score(makeContext(s, 0.3), engagement.params.parse({}));

describe('renewal-7 engagement', () => {
  it('is a gap with no product analytics, meetings or emails', () => {
    expect(score(anAccount().build())).toEqual({ score: null, trend: null, evidence: [] });
  });

  it('scores a worked example: DAU/MAU 0.2 (71.5), logins -40% (30), last login 3 days (85) → 53, trending down', () => {
    // mean = (71.5×3 + 30×2 + 85×2) / 7 = 63.5; blend = 0.7×63.5 + 0.3×30 = 53.45 → 53
    const r = score(anAccount().withUsage({ dau: 20, mau: 100, daysSinceLastLogin: 3 }).withLogins(600, 1000).build());
    expect(r.score).toBe(53);
    expect(r.trend).toBe('down');
    expect(r.evidence).toEqual([
      'DAU/MAU 0.2 (20 daily of 100 monthly active users)',
      'logins 600 in the last 30 days, down 40% from 1,000 the 30 days before',
      'last login 3 days ago',
    ]);
  });

  it('caps at 49 when logins fell more than 40%, however sticky the product is', () => {
    // DAU/MAU 0.5 → 95, logins -50% → 22.5: blend 52.95 would be 53, the red flag caps it at 49
    const r = score(anAccount().withUsage({ dau: 50, mau: 100 }).withLogins(500, 1000).build());
    expect(r.score).toBe(49);
    expect(r.evidence).toContain('red flag: login frequency dropped 50% over the trailing 30 days');
  });

  it('caps at 45 when the last two outreach emails went unanswered', () => {
    const r = score(anAccount().withUsage({ dau: 60, mau: 100 }).withEmail('inbound', 40).withEmail('outbound', 10).withEmail('outbound', 4).build());
    expect(r.score).toBeLessThanOrEqual(45);
    expect(r.evidence).toContain('red flag: last 2 outreach emails unanswered');
    expect(r.evidence).toContain('1 reply to 2 outreach emails in the last 90 days');
  });

  it('caps at 49 when the last QBR was declined, and at 29 for a single user', () => {
    const qbr = score(anAccount().withUsage({ dau: 60, mau: 100 }).withMeeting('qbr', 'completed', 120).withMeeting('qbr', 'canceled', 20).build());
    expect(qbr.score).toBeLessThanOrEqual(49);
    expect(qbr.evidence.some((e) => /last QBR \(\d{4}-\d{2}-\d{2}\) was cancelled/.test(e))).toBe(true);
    const single = score(anAccount().withUsage({ dau: 1, mau: 1 }).build());
    expect(single.score).toBeLessThanOrEqual(29);
  });

  it('adds green flags on top of the blend: community, new department, referral', () => {
    const base = score(anAccount().withUsage({ dau: 20, mau: 100 }).build());
    const flagged = score(anAccount().withUsage({ dau: 20, mau: 100 }).withCommunity().withFlags({ newDepartmentAdoption: true, referralOrCaseStudy: true }).build());
    expect(flagged.score).toBe((base.score as number) + 15);
  });

  it('flags alone are evidence: a community-active client with no analytics scores 55, not a gap', () => {
    expect(score(anAccount().withCommunity().build()).score).toBe(55);
  });

  it('never drops when one more meeting is held', () => {
    const before = score(anAccount().withUsage({ dau: 20, mau: 100 }).withMeeting('check_in', 'no_show', 10).withMeeting('check_in', 'completed', 40).build());
    const after = score(anAccount().withUsage({ dau: 20, mau: 100 }).withMeeting('check_in', 'completed', 10).withMeeting('check_in', 'completed', 40).build());
    expect(after.score as number).toBeGreaterThan(before.score as number);
  });
});
