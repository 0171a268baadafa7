import fc from 'fast-check';
import { itNeverFallsOnHealthyMoves } from '../../../../test/arbitraries/monotone';
import type { AccountSnapshot } from '../../contract';
import { makeContext } from '../../context';
import { anAccount, daysBefore, DEFAULT_AS_OF, type AccountBuilder } from '../../../../test/builders/account';
import { snapshotArb } from '../../../../test/arbitraries/snapshot';
import { support } from './support';

const assess = (account: AccountBuilder | AccountSnapshot) => {
  const snapshot = 'build' in account ? account.build() : account;
  return support.score(makeContext(snapshot, 0.3), support.params.parse({}));
};
const scoreOf = (account: AccountBuilder | AccountSnapshot) => assess(account).score;

/** Cohort average 4; two calm tickets, one in each of the last two months. */
const calmAccount = () => anAccount().withCohortTicketAverage(4)
  .withTicket({ id: 'T-1', priority: 'low', sentiment: 'positive', csat: 5, escalated: false, daysAgo: 20, closedDaysAgo: 19 })
  .withTicket({ id: 'T-2', priority: 'medium', sentiment: 'neutral', csat: 4, escalated: false, daysAgo: 50, closedDaysAgo: 48 });

/** Cohort average 2; five tickets, two severe and escalated, three negative, CSAT exactly 3. */
const troubledAccount = () => anAccount().withCohortTicketAverage(2)
  .withTicket({ id: 'T-1', priority: 'high', sentiment: 'negative', csat: 2, escalated: true, daysAgo: 5, closedDaysAgo: 2 })
  .withTicket({ id: 'T-2', priority: 'urgent', sentiment: 'negative', csat: 3, escalated: true, daysAgo: 12, closedDaysAgo: 6 })
  .withTicket({ id: 'T-3', priority: 'medium', sentiment: 'neutral', csat: 3, escalated: false, daysAgo: 20, closedDaysAgo: 15 })
  .withTicket({ id: 'T-4', priority: 'medium', sentiment: 'negative', escalated: false, daysAgo: 40, closedDaysAgo: 30 })
  .withTicket({ id: 'T-5', priority: 'low', sentiment: 'neutral', csat: 4, daysAgo: 70, closedDaysAgo: 60 });

/** Cohort average 10; four closed low-priority tickets 40-70 days ago (none in the last 30 days). */
const quietAccount = () => anAccount().withCohortTicketAverage(10)
  .withTicket({ priority: 'low', daysAgo: 40, closedDaysAgo: 39 }).withTicket({ priority: 'low', daysAgo: 50, closedDaysAgo: 49 })
  .withTicket({ priority: 'low', daysAgo: 60, closedDaysAgo: 59 }).withTicket({ priority: 'low', daysAgo: 70, closedDaysAgo: 69 });

describe('renewal7.support', () => {
  describe('gaps and quiet accounts', () => {
    it('is a gap when there is no support data at all', () => {
      expect(assess(anAccount())).toEqual({ score: null, trend: null, evidence: [] });
    });

    it('reads `support: {tickets: []}` as data: a quiet account, not a gap', () => {
      // no cohort: 0 tickets → 95, the only part
      expect(assess(anAccount().withNoTickets())).toEqual({ score: 95, trend: null, evidence: ['0 tickets in the last 90 days'] });
      // with a cohort: 0× the cohort average → 100
      expect(assess(anAccount().withNoTickets(4))).toEqual({ score: 100, trend: null, evidence: ['0 tickets in the last 90 days vs a cohort average of 4 (0×)'] });
    });

    it('counts only the last 90 days: older tickets leave the account quiet', () => {
      const old = assess(anAccount().withTicket({ priority: 'medium', sentiment: 'negative', csat: 1, daysAgo: 120, closedDaysAgo: 110 }));
      expect(old.score).toBe(95);
      expect(old.evidence).toEqual(['0 tickets in the last 90 days']);
    });
  });

  describe('worked examples', () => {
    it('scores a calm account in the 70-89 band', () => {
      // volume 2 ÷ 4 = 0.5× → 92 (w2), severity 0 of 2 → 95 (w2), tone (100 + 70) / 2 = 85 (w2),
      // CSAT (5 + 4) / 2 = 4.5 → 90 (w2), escalations 0 → 90 (w1)
      // mean (184 + 190 + 170 + 180 + 90) / 9 = 90.44, min 85 → 0.7 × 90.44 + 0.3 × 85 = 88.81
      // green flag: 1 of 2 positive, none negative → + 5 = 93.81 → 94
      const result = assess(calmAccount());
      expect(result.score).toBe(94);
      expect(result.trend).toBe('flat'); // 1 ticket in the last 30 days, 1 in the 30 before
      expect(result.evidence).toEqual([
        '2 tickets in the last 90 days vs a cohort average of 4 (0.5×)',
        '0 of 2 recent tickets high or urgent priority',
        'ticket sentiment: 0 of 2 negative',
        'support CSAT 4.5/5 over 2 rated tickets',
        '0 escalations in the last 90 days',
        'green flag: support interactions end well: 1 of 2 recent tickets positive, none negative',
      ]);
    });

    it('scores a troubled account in the 30-49 band', () => {
      // volume 5 ÷ 2 = 2.5× → 40 (w2), severity 2 of 5 = 0.4 → 55 (w2), tone (3 × 20 + 2 × 70) / 5 = 40 (w2),
      // CSAT (2 + 3 + 3 + 4) / 4 = 3 → 40 (w2, not below 3: no cap), escalations 2 → 50 (w1)
      // mean (80 + 110 + 80 + 80 + 50) / 9 = 44.44, min 40 → 0.7 × 44.44 + 12 = 43.11 → 43 (the spike cap 49 does not bind)
      const result = assess(troubledAccount());
      expect(result.score).toBe(43);
      expect(result.trend).toBe('down'); // 3 tickets in the last 30 days vs 1
      expect(result.evidence).toEqual([
        '5 tickets in the last 90 days vs a cohort average of 2 (2.5×)',
        '2 of 5 recent tickets high or urgent priority',
        'ticket sentiment: 3 of 5 negative',
        'support CSAT 3/5 over 4 rated tickets',
        '2 escalations in the last 90 days',
        'red flag: ticket volume up from 1 to 3 month over month',
      ]);
    });

    it('scores volume on the absolute table without a cohort average', () => {
      // 5 tickets → 70 (w2), severity 0 of 5 → 95 (w2): mean 82.5, min 70 → 57.75 + 21 = 78.75 → 79
      const account = anAccount();
      for (const d of [35, 45, 55, 65, 75]) account.withTicket({ priority: 'low', daysAgo: d, closedDaysAgo: d - 1 });
      const result = assess(account);
      expect(result.score).toBe(79);
      expect(result.evidence).toEqual(['5 tickets in the last 90 days', '0 of 5 recent tickets high or urgent priority']);
    });
  });

  describe('red flags', () => {
    it('caps at 49 when a high or urgent ticket has been open more than 5 business days', () => {
      // asOf 2026-11-22 is a Sunday. Opened Thursday 2026-11-12: Fri 13 + Mon 16 - Fri 20 = 6 business days.
      // without the flag: 5 tickets ÷ 10 = 0.5× → 92 (w2), severity 1 of 5 = 0.2 → 75 (w2): mean 83.5, min 75 → 58.45 + 22.5 = 80.95 → 81
      const open6 = assess(quietAccount().withTicket({ id: 'T-100', priority: 'high', daysAgo: 10 }));
      expect(open6.score).toBe(49);
      expect(open6.evidence).toContain('red flag: high ticket T-100 open 10 days, 6 business days (since 2026-11-12)');
      // Opened Friday 2026-11-13, 9 calendar days ago, but only 5 business days (Mon 16 - Fri 20): no flag.
      expect(scoreOf(quietAccount().withTicket({ id: 'T-100', priority: 'high', daysAgo: 9 }))).toBe(81);
      expect(scoreOf(quietAccount().withTicket({ id: 'T-100', priority: 'high', daysAgo: 10, closedDaysAgo: 1 }))).toBe(81);
      // A closing date after the date scored is not known yet: still open.
      expect(scoreOf(quietAccount().withTicket({ id: 'T-100', priority: 'high', daysAgo: 10, closedDaysAgo: -2 }))).toBe(49);
      // A medium ticket may age: severity 0 of 5 → 95, mean 93.5, min 92 → 65.45 + 27.6 = 93.05 → 93
      expect(scoreOf(quietAccount().withTicket({ id: 'T-100', priority: 'medium', daysAgo: 30 }))).toBe(93);
    });

    it('still flags an urgent ticket opened before the 90-day window that is not closed', () => {
      const result = assess(quietAccount().withTicket({ id: 'T-9', priority: 'urgent', daysAgo: 120 }));
      expect(result.score).toBe(49);
      // 120 days = 17 weeks (85 business days) + Sunday 2026-11-22
      expect(result.evidence).toContain(`red flag: urgent ticket T-9 open 120 days, 85 business days (since ${daysBefore(DEFAULT_AS_OF, 120)})`);
    });

    it('caps at 49 when support CSAT averages below 3.0', () => {
      // 2 ÷ 10 = 0.2× → 96.8 (w2), severity 0 → 95 (w2), tone 100 (w2), CSAT (2 + 3.5) / 2 = 2.75 → 35 (w2)
      // mean 81.7, min 35 → 57.19 + 10.5 = 67.69, + 5 (all positive) = 72.69, capped at 49
      const low = assess(anAccount().withCohortTicketAverage(10)
        .withTicket({ priority: 'low', sentiment: 'positive', csat: 2, daysAgo: 40, closedDaysAgo: 39 })
        .withTicket({ priority: 'low', sentiment: 'positive', csat: 3.5, daysAgo: 50, closedDaysAgo: 49 }));
      expect(low.score).toBe(49);
      expect(low.evidence).toContain('support CSAT 2.8/5 over 2 rated tickets');
      expect(low.evidence).toContain('red flag: support CSAT 2.8/5 is below 3');
      // exactly 3.0 is not below: CSAT → 40, mean 82.95, min 40 → 58.07 + 12 = 70.07, + 5 (all positive) = 75.07 → 75
      const three = assess(anAccount().withCohortTicketAverage(10)
        .withTicket({ priority: 'low', sentiment: 'positive', csat: 3, daysAgo: 40, closedDaysAgo: 39 })
        .withTicket({ priority: 'low', sentiment: 'positive', csat: 3, daysAgo: 50, closedDaysAgo: 49 }));
      expect(three.score).toBe(75);
      expect(three.evidence.some((e) => e.startsWith('red flag'))).toBe(false);
    });

    it('caps at 29 when a ticket threatens to cancel or names alternatives, quoting it', () => {
      // 1 ÷ 10 = 0.1× → 98.4 (w2), severity 0 → 95 (w2), tone neutral 70 (w2): mean 87.8, min 70 → 82.46, capped at 29
      const churn = assess(anAccount().withCohortTicketAverage(10)
        .withTicket({ id: 'T-7', priority: 'low', sentiment: 'neutral', daysAgo: 10, text: 'We are considering alternatives if this is not fixed by Friday' }));
      expect(churn.score).toBe(29);
      expect(churn.evidence).toContain('red flag: ticket T-7 (2026-11-12) says "We are considering alternatives if this is not fixed by Friday"');

      // A competitor phrase counts too; a long text is quoted around the match, 30 characters before it.
      const text = 'Reports have been failing every morning since the upgrade, and our CTO is now evaluating options with two other providers this quarter';
      const competitor = assess(anAccount().withCohortTicketAverage(10).withTicket({ id: 'T-8', priority: 'low', sentiment: 'neutral', daysAgo: 3, text }));
      expect(competitor.score).toBe(29);
      expect(competitor.evidence).toContain('red flag: ticket T-8 (2026-11-19) says "…e upgrade, and our CTO is now evaluating options with two other providers this q…"');
    });

    it('caps at 49 when a ticket voices frustration, unless a threat already capped it at 29', () => {
      // 1 ÷ 10 = 0.1× → 98.4 (w2), severity 95 (w2), tone neutral 70 (w2): 82.46, capped at 49
      const frustrated = assess(anAccount().withCohortTicketAverage(10)
        .withTicket({ id: 'T-5', priority: 'low', sentiment: 'neutral', daysAgo: 6, text: 'We are frustrated with the response times' }));
      expect(frustrated.score).toBe(49);
      expect(frustrated.evidence).toContain('red flag: frustration in ticket T-5 (2026-11-16): "We are frustrated with the response times"');
      // "unacceptable" is both a threat and hostile: one red flag, the stricter
      const threat = assess(anAccount().withCohortTicketAverage(10)
        .withTicket({ id: 'T-6', priority: 'low', sentiment: 'neutral', daysAgo: 6, text: 'This outage is unacceptable' }));
      expect(threat.score).toBe(29);
      expect(threat.evidence.filter((e) => e.startsWith('red flag'))).toEqual(['red flag: ticket T-6 (2026-11-16) says "This outage is unacceptable"']);
    });

    it('reads text only on tickets of the last 90 days, and ignores harmless words', () => {
      const old = anAccount().withCohortTicketAverage(10).withTicket({ priority: 'low', daysAgo: 120, closedDaysAgo: 119, text: 'We will cancel at renewal' });
      expect(scoreOf(old)).toBe(100);
      const harmless = anAccount().withCohortTicketAverage(10).withTicket({ priority: 'low', daysAgo: 10, closedDaysAgo: 9, text: 'Thanks, all good' });
      // 0.1× → 98.4, severity 95: mean 96.7, min 95 → 67.69 + 28.5 = 96.19 → 96
      expect(scoreOf(harmless)).toBe(96);
    });

    it('caps at 49 when volume rose more than 50% month over month (at least 3 tickets)', () => {
      const account = (last30: number[], prev30: number[]) => {
        const a = anAccount().withCohortTicketAverage(10);
        for (const d of [...last30, ...prev30]) a.withTicket({ priority: 'low', sentiment: 'neutral', daysAgo: d, closedDaysAgo: d - 1 });
        return a;
      };
      // 6 ÷ 10 = 0.6× → 89.2 (w2), severity 95 (w2), tone 70 (w2): mean 84.73, min 70 → 59.31 + 21 = 80.31, capped at 49
      const spike = assess(account([5, 10, 15, 20], [40, 50]));
      expect(spike.score).toBe(49);
      expect(spike.trend).toBe('down');
      expect(spike.evidence).toContain('red flag: ticket volume up from 2 to 4 month over month');
      // 3 vs 2 is exactly +50%, not more: 0.5× → 92, mean 85.67, min 70 → 59.97 + 21 = 80.97 → 81
      expect(scoreOf(account([5, 10, 15], [40, 50]))).toBe(81);
      // 2 tickets from none is under the 3-ticket minimum: 0.2× → 96.8, mean 87.27, min 70 → 61.09 + 21 = 82.09 → 82
      expect(scoreOf(account([5, 10], []))).toBe(82);
      // 3 from none is a spike
      expect(scoreOf(account([5, 10, 15], []))).toBe(49);
    });
  });

  describe('green flags', () => {
    it('adds 5 when tickets end on a positive note: none negative, at least half positive', () => {
      const toned = (...sentiments: Array<'positive' | 'neutral' | 'negative'>) => {
        const a = anAccount().withCohortTicketAverage(10);
        sentiments.forEach((sentiment, i) => a.withTicket({ priority: 'low', sentiment, daysAgo: 40 + i, closedDaysAgo: 39 + i }));
        return assess(a);
      };
      // positive + 2 neutral: 3 ÷ 10 = 0.3× → 95.2 (w2), severity 95 (w2), tone 80 (w2): mean 90.07, min 80 → 63.05 + 24 = 87.05 → 87
      expect(toned('positive', 'neutral', 'neutral').score).toBe(87);
      // 2 positive + neutral: tone 90: mean 93.4, min 90 → 65.38 + 27 = 92.38, + 5 = 97.38 → 97
      const happy = toned('positive', 'positive', 'neutral');
      expect(happy.score).toBe(97);
      expect(happy.evidence).toContain('green flag: support interactions end well: 2 of 3 recent tickets positive, none negative');
      // one negative spoils it: tone (100 + 100 + 20) / 3 = 73.33: mean 87.84, min 73.33 → 61.49 + 22 = 83.49 → 83
      expect(toned('positive', 'positive', 'negative').score).toBe(83);
    });

    it('adds 5 when ticket volume is stable or falling while usage grows 10%+ (product maturity)', () => {
      // 3 ÷ 10 = 0.3× → 95.2 (w2), severity 1 of 3 → 61.67 (w2): mean 78.43, min 61.67 → 54.9 + 18.5 = 73.4 → 73
      const tickets = () => anAccount().withCohortTicketAverage(10)
        .withTicket({ priority: 'high', daysAgo: 10, closedDaysAgo: 5 })
        .withTicket({ priority: 'low', daysAgo: 40, closedDaysAgo: 39 }).withTicket({ priority: 'low', daysAgo: 50, closedDaysAgo: 49 });
      expect(scoreOf(tickets())).toBe(73);
      const growing = assess(tickets().withActiveUsers(60, 50));
      expect(growing.score).toBe(78); // 73.4 + 5
      expect(growing.evidence).toContain('green flag: ticket volume falling (1 in the last 30 days, 2 the 30 before) while active users grew to 60, up 20% from 50');
      expect(scoreOf(tickets().withActiveUsers(54, 50))).toBe(73); // +8% is not growth enough
      // without active users, logins stand in
      expect(assess(tickets().withLogins(1100, 1000)).evidence).toContain('green flag: ticket volume falling (1 in the last 30 days, 2 the 30 before) while logins grew to 1,100, up 10% from 1,000');
      // no tickets the month before: nothing to be stable against
      expect(scoreOf(anAccount().withCohortTicketAverage(10).withTicket({ priority: 'low', daysAgo: 10, closedDaysAgo: 9 }).withActiveUsers(60, 50))).toBe(96);
    });
  });

  describe('parts present only with their data', () => {
    it('scores escalations only when some ticket says whether it was escalated', () => {
      const without = assess(quietAccount());
      expect(without.evidence.some((e) => e.includes('escalation'))).toBe(false);
      // 4 ÷ 10 = 0.4× → 93.6 (w2), severity 95 (w2), escalations 1 → 65 (w1): mean 442.2 / 5 = 88.44, min 65 → 61.91 + 19.5 = 81.41 → 81
      const withOne = assess(quietAccount().withTicket({ priority: 'low', escalated: true, daysAgo: 45, closedDaysAgo: 44 }).withCohortTicketAverage(12.5));
      expect(withOne.evidence).toContain('1 escalation in the last 90 days');
      expect(withOne.evidence).toContain('5 tickets in the last 90 days vs a cohort average of 12.5 (0.4×)');
      expect(withOne.score).toBe(81);
    });
  });

  describe('trend', () => {
    it('compares tickets in the last 30 days with the 30 before: fewer is up', () => {
      const trend = (last30: number, prev30: number, older = 0) => {
        const a = anAccount().withNoTickets();
        for (let i = 0; i < last30; i++) a.withTicket({ daysAgo: 5 + i });
        for (let i = 0; i < prev30; i++) a.withTicket({ daysAgo: 35 + i });
        for (let i = 0; i < older; i++) a.withTicket({ daysAgo: 70 + i });
        return assess(a).trend;
      };
      expect(trend(1, 3)).toBe('up');
      expect(trend(2, 2)).toBe('flat');
      expect(trend(3, 1)).toBe('down');
      expect(trend(0, 0, 2)).toBeNull(); // data (2 tickets in 90 days), but nothing to compare
    });
  });

  describe('monotonicity', () => {
    it('never falls as a ticket gets better one step at a time', () => {
      const withTicket = (t: Parameters<AccountBuilder['withTicket']>[0]) => scoreOf(troubledAccount().withTicket({ id: 'X', daysAgo: 9, ...t }))!;
      const ladders: number[][] = [
        (['urgent', 'high', 'medium', 'low'] as const).map((priority) => withTicket({ priority })),
        (['negative', 'neutral', 'positive'] as const).map((sentiment) => withTicket({ sentiment })),
        [1, 2, 3, 4, 5].map((csat) => withTicket({ csat })),
        [true, false].map((escalated) => withTicket({ escalated })),
        [undefined, 1].map((closedDaysAgo) => withTicket({ priority: 'high', ...(closedDaysAgo !== undefined && { closedDaysAgo }) })),
      ];
      for (const scores of ladders) scores.forEach((s, i) => expect(s).toBeGreaterThanOrEqual(scores[i - 1] ?? 0));
    });

    itNeverFallsOnHealthyMoves(scoreOf);

    it('never falls when an open ticket is closed (property)', () => {
      fc.assert(fc.property(snapshotArb, fc.nat(), (s, pick) => {
        const open = (s.support?.tickets ?? []).filter((t) => t.closedAt === undefined);
        fc.pre(open.length > 0);
        const closed = structuredClone(s);
        const target = open[pick % open.length]!;
        closed.support!.tickets.find((t) => t.id === target.id)!.closedAt = s.asOf;
        expect(scoreOf(closed) ?? 50).toBeGreaterThanOrEqual(scoreOf(s) ?? 50);
      }), { numRuns: 300 });
    });
  });
});
