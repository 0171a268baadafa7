import { itNeverFallsOnHealthyMoves } from '../../../../test/arbitraries/monotone';
import type { AccountSnapshot } from '../../contract';
import { makeContext } from '../../context';
import { anAccount, daysBefore, DEFAULT_AS_OF, type AccountBuilder } from '../../../../test/builders/account';
import { sentiment } from './sentiment';

const assess = (account: AccountBuilder | AccountSnapshot) => {
  const snapshot = 'build' in account ? account.build() : account;
  return sentiment.score(makeContext(snapshot, 0.3), sentiment.params.parse({}));
};
const scoreOf = (account: AccountBuilder | AccountSnapshot) => assess(account).score;
const on = (daysAgo: number) => daysBefore(DEFAULT_AS_OF, daysAgo);

/** Promoter NPS 9 (previous 8), CSAT 4.6 / 4.4 / 4.5. */
const happyAccount = () => anAccount()
  .withSurvey('nps', 8, 200).withSurvey('nps', 9, 30)
  .withSurvey('csat', 4.5, 200).withSurvey('csat', 4.4, 110).withSurvey('csat', 4.6, 20);

/** Detractor NPS 5 after a 9, CSAT sliding 4.0 → 3.6 → 3.2. */
const unhappyAccount = () => anAccount()
  .withSurvey('nps', 9, 200).withSurvey('nps', 5, 20)
  .withSurvey('csat', 4, 190).withSurvey('csat', 3.6, 100).withSurvey('csat', 3.2, 15);

describe('renewal7.sentiment', () => {
  describe('gaps', () => {
    it('is a gap with no surveys, invitations or support signals', () => {
      expect(assess(anAccount())).toEqual({ score: null, trend: null, evidence: [] });
    });

    it('ignores responses older than 365 days, and says so', () => {
      expect(assess(anAccount().withSurvey('nps', 10, 400))).toEqual({ score: null, trend: null, evidence: ['1 survey response older than 365 days ignored'] });
      // the stale promoter does not lift a fresh passive: NPS 8 → 65 alone
      const r = assess(anAccount().withSurvey('nps', 10, 400).withSurvey('nps', 10, 380).withSurvey('nps', 8, 30));
      expect(r.score).toBe(65);
      expect(r.trend).toBeNull();
      expect(r.evidence).toEqual(['2 survey responses older than 365 days ignored', `NPS 8 on ${on(30)}`]);
    });
  });

  describe('worked examples', () => {
    it('scores a promoter with CSAT 4.5 in the 70-89 band', () => {
      // NPS 9 → 85 (w2), CSAT (4.6 + 4.4 + 4.5) / 3 = 4.5 → 88 (w2): mean 86.5, min 85 → 0.7 × 86.5 + 0.3 × 85 = 86.05 → 86
      const r = assess(happyAccount());
      expect(r.score).toBe(86);
      expect(r.trend).toBe('flat'); // NPS 9 vs 8: under 2 points
      expect(r.evidence).toEqual([
        `NPS 9 on ${on(30)} (previous 8 on ${on(200)})`,
        `CSAT 4.5/5 over the last 3 surveys (4.6 on ${on(20)}, 4.4 on ${on(110)}, 4.5 on ${on(200)})`,
      ]);
    });

    it('scores a detractor with sliding CSAT in the 30-49 band', () => {
      // NPS 5 → 15 + 13 / 2 = 21.5 (w2), CSAT (3.2 + 3.6 + 4) / 3 = 3.6 → 50 + 0.1 / 0.5 × 20 = 54 (w2)
      // mean 37.75, min 21.5 → 26.43 + 6.45 = 32.88 → 33 (the two 49 caps do not bind)
      const r = assess(unhappyAccount());
      expect(r.score).toBe(33);
      expect(r.trend).toBe('down');
      expect(r.evidence).toEqual([
        `NPS 5 on ${on(20)} (previous 9 on ${on(200)})`,
        `red flag: NPS dropped 4 points, from 9 (${on(200)}) to 5 (${on(20)})`,
        `CSAT 3.6/5 over the last 3 surveys (3.2 on ${on(15)}, 3.6 on ${on(100)}, 4 on ${on(190)})`,
        'red flag: CSAT falling three times in a row: 4 → 3.6 → 3.2',
      ]);
    });

    it('weighs a response older than 180 days half as much as a fresh one', () => {
      // NPS 10 → 95, CSAT 4 → 70 (w2). NPS 300 days old (w1): mean (95 + 140) / 3 = 78.33, min 70 → 54.83 + 21 = 75.83 → 76
      expect(scoreOf(anAccount().withSurvey('nps', 10, 300).withSurvey('csat', 4, 10))).toBe(76);
      // the same NPS 100 days old (w2): mean 82.5, min 70 → 57.75 + 21 = 78.75 → 79
      expect(scoreOf(anAccount().withSurvey('nps', 10, 100).withSurvey('csat', 4, 10))).toBe(79);
    });
  });

  describe('red flags', () => {
    it('caps at 49 when NPS dropped 3+ points between the last two responses', () => {
      // NPS 7 → 45 (w2), CSAT 5 → 100 (w2): mean 72.5, min 45 → 50.75 + 13.5 = 64.25 → 64 without the flag
      const base = () => anAccount().withSurvey('csat', 5, 10).withSurvey('nps', 7, 10);
      expect(scoreOf(base())).toBe(64);
      expect(scoreOf(base().withSurvey('nps', 9, 150))).toBe(64); // down 2: no flag
      const dropped = assess(base().withSurvey('nps', 10, 150));
      expect(dropped.score).toBe(49);
      expect(dropped.evidence).toContain(`red flag: NPS dropped 3 points, from 10 (${on(150)}) to 7 (${on(10)})`);
    });

    it('caps at 49 when CSAT fell across three consecutive measurements', () => {
      // CSAT (4.6 + 4.8 + 5) / 3 = 4.8 → 88 + 0.3 / 0.5 × 12 = 95.2 either way
      expect(scoreOf(anAccount().withSurvey('csat', 5, 120).withSurvey('csat', 4.6, 60).withSurvey('csat', 4.8, 10))).toBe(95);
      const falling = assess(anAccount().withSurvey('csat', 5, 120).withSurvey('csat', 4.8, 60).withSurvey('csat', 4.6, 10));
      expect(falling.score).toBe(49);
      expect(falling.evidence).toContain('red flag: CSAT falling three times in a row: 5 → 4.8 → 4.6');
      expect(falling.trend).toBe('flat'); // 4.6 vs 4.8: under 0.3
    });

    it('caps at 29 when a comment names alternatives or cancellation, quoting it', () => {
      const r = assess(anAccount().withSurvey('nps', 9, 10, 'Great product, but finance wants us to look at alternatives before we renew next year'));
      expect(r.score).toBe(29); // NPS 9 → 85, capped
      // quoted from 30 characters before the match, 80 at most
      expect(r.evidence).toContain(`red flag: NPS comment on ${on(10)}: "…t finance wants us to look at alternatives before we renew next year"`);
      const cancel = assess(anAccount().withSurvey('csat', 4, 40, 'We plan to cancel when the contract ends'));
      expect(cancel.score).toBe(29);
      expect(cancel.evidence).toContain(`red flag: CSAT comment on ${on(40)}: "We plan to cancel when the contract ends"`);
      expect(scoreOf(anAccount().withSurvey('nps', 9, 10, 'Great support team, thank you'))).toBe(85);
    });

    it('caps at 59 when the last survey invitation went unanswered', () => {
      const answered = () => anAccount().withSurvey('nps', 9, 60).withSurveyInvite('nps', 62, true);
      const r = assess(answered().withSurveyInvite('csat', 20, false));
      expect(r.score).toBe(59); // NPS 9 → 85, capped
      expect(r.evidence).toContain(`red flag: the last CSAT survey (sent ${on(20)}) went unanswered`);
      // an invitation sent 5 days ago is still pending, not silence
      expect(scoreOf(answered().withSurveyInvite('csat', 5, false))).toBe(85);
      // the last one answered: no flag, even with an older one unanswered
      expect(scoreOf(answered().withSurveyInvite('csat', 120, false))).toBe(85);
    });
  });

  describe('green flags', () => {
    it('adds 5 when NPS improved by 2+ points', () => {
      // NPS 8 → 65 + 5
      const r = assess(anAccount().withSurvey('nps', 6, 150).withSurvey('nps', 8, 10));
      expect(r.score).toBe(70);
      expect(r.trend).toBe('up');
      expect(r.evidence).toContain(`green flag: NPS improved 2 points, from 6 (${on(150)}) to 8 (${on(10)})`);
      expect(scoreOf(anAccount().withSurvey('nps', 7, 150).withSurvey('nps', 8, 10))).toBe(65);
    });

    it('adds 5 for a promoter who gave a referral or case study', () => {
      const r = assess(anAccount().withSurvey('nps', 9, 10).withFlags({ referralOrCaseStudy: true }));
      expect(r.score).toBe(90); // 85 + 5
      expect(r.evidence).toContain('green flag: a promoter (NPS 9) who gave a referral or case study');
      expect(scoreOf(anAccount().withSurvey('nps', 8, 10).withFlags({ referralOrCaseStudy: true }))).toBe(65); // a passive: no bonus
      // both flags on a promoter in the 70-89 band lift it into 90-100
      expect(scoreOf(happyAccount().withSurvey('nps', 7, 300).withSurvey('nps', 9, 30).withFlags({ referralOrCaseStudy: true }))).toBe(91);
    });
  });

  describe('silence and indirect signals', () => {
    it('scores unanswered invitations without any response as evidence: 2+ → 35, 1 → 45', () => {
      const two = assess(anAccount().withSurveyInvite('nps', 100, false).withSurveyInvite('csat', 30, false));
      expect(two).toEqual({ score: 35, trend: null, evidence: ['no survey responses; 2 invitations in the last 365 days unanswered'] });
      expect(scoreOf(anAccount().withSurveyInvite('nps', 30, false))).toBe(45);
      // a pending invitation alone is nothing yet
      expect(scoreOf(anAccount().withSurveyInvite('nps', 3, false))).toBeNull();
    });

    it('infers from support CSAT of the last 180 days when there are no surveys, capped at 60', () => {
      const good = assess(anAccount().withTicket({ csat: 4, daysAgo: 30 }).withTicket({ csat: 5, daysAgo: 90 }));
      // CSAT 4.5 → 88, capped at 60
      expect(good).toEqual({ score: 60, trend: null, inferred: true, evidence: ['no surveys: inferred from support CSAT 4.5/5 over 2 tickets in 180 days (capped at 60)'] });
      // CSAT 2 → 28 × 1 / 1.5 = 18.67 → 19
      const poor = assess(anAccount().withTicket({ csat: 2, daysAgo: 10 }));
      expect(poor.score).toBe(19);
      expect(poor.inferred).toBe(true);
      expect(poor.evidence).toEqual(['no surveys: inferred from support CSAT 2/5 over 1 ticket in 180 days (capped at 60)']);
    });

    it('falls back to ticket tone, and never infers from old tickets or when surveys speak', () => {
      // (positive 85 + negative 25) / 2 = 55
      const toned = assess(anAccount().withTicket({ sentiment: 'positive', daysAgo: 20 }).withTicket({ sentiment: 'negative', daysAgo: 50 }));
      expect(toned).toEqual({ score: 55, trend: null, inferred: true, evidence: ['no surveys: inferred from the tone of 2 support tickets in 180 days, 1 negative (capped at 60)'] });
      expect(scoreOf(anAccount().withTicket({ csat: 5, daysAgo: 200 }))).toBeNull();
      const direct = assess(anAccount().withSurvey('nps', 9, 30).withTicket({ csat: 1, daysAgo: 10 }));
      expect(direct.score).toBe(85);
      expect(direct.inferred).toBeUndefined();
      // unanswered invitations are direct evidence too: no inference on top
      expect(assess(anAccount().withSurveyInvite('nps', 30, false).withTicket({ csat: 5, daysAgo: 10 })).inferred).toBeUndefined();
    });
  });

  describe('edge cases', () => {
    it('averages only the last three CSAT responses', () => {
      // the 1 of 300 days ago drops out: (5 + 4 + 4.5) / 3 = 4.5 → 88, the only part
      expect(scoreOf(anAccount().withSurvey('csat', 1, 300).withSurvey('csat', 4.5, 200).withSurvey('csat', 4, 100).withSurvey('csat', 5, 20))).toBe(88);
    });

    it('does not read a plateau as a fall', () => {
      const r = assess(anAccount().withSurvey('csat', 5, 150).withSurvey('csat', 5, 100).withSurvey('csat', 4.6, 20));
      expect(r.evidence.some((e) => e.startsWith('red flag'))).toBe(false);
    });

    it('ignores comments on responses older than 365 days', () => {
      expect(scoreOf(anAccount().withSurvey('nps', 9, 400, 'We will cancel').withSurvey('nps', 9, 30))).toBe(85);
    });

    it('keeps green flags under red-flag caps', () => {
      // NPS 7 → 9: 85 + 5 = 90, but the last invitation (20 days ago) went unanswered → 59
      expect(scoreOf(anAccount().withSurvey('nps', 7, 200).withSurvey('nps', 9, 30).withSurveyInvite('nps', 20, false))).toBe(59);
    });

    it('counts as silence only invitations of the last 365 days past the 14-day grace', () => {
      expect(assess(anAccount().withSurveyInvite('nps', 400, false).withSurveyInvite('nps', 40, false).withSurveyInvite('nps', 5, false)).evidence)
        .toEqual(['no survey responses; 1 invitation in the last 365 days unanswered']);
    });

    it('infers from support when every response is too old, keeping the note', () => {
      const r = assess(anAccount().withSurvey('nps', 10, 500).withTicket({ csat: 4, daysAgo: 30 }));
      expect(r.score).toBe(60); // support CSAT 4 → 70, capped at 60
      expect(r.inferred).toBe(true);
      expect(r.evidence).toEqual([
        '1 survey response older than 365 days ignored',
        'no surveys: inferred from support CSAT 4/5 over 1 ticket in 180 days (capped at 60)',
      ]);
    });
  });

  describe('trend', () => {
    it('follows NPS (±2), else CSAT (±0.3), else none', () => {
      const nps = (prev: number, last: number) => assess(anAccount().withSurvey('nps', prev, 120).withSurvey('nps', last, 10)).trend;
      expect([nps(6, 8), nps(7, 8), nps(8, 7), nps(9, 7)]).toEqual(['up', 'flat', 'flat', 'down']);
      const csat = (prev: number, last: number) => assess(anAccount().withSurvey('csat', prev, 120).withSurvey('csat', last, 10)).trend;
      expect([csat(4, 4.3), csat(4, 4.2), csat(4.3, 4)]).toEqual(['up', 'flat', 'down']);
      expect(assess(anAccount().withSurvey('nps', 8, 10)).trend).toBeNull();
    });
  });

  describe('monotonicity', () => {
    it('never falls as the latest NPS or CSAT rises, whatever came before', () => {
      const npsLadder = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((x) => scoreOf(anAccount().withSurvey('csat', 4, 40).withSurvey('nps', 6, 150).withSurvey('nps', x, 10))!);
      const csatLadder = [1, 2, 3, 3.5, 3.9, 4, 4.5, 5].map((x) => scoreOf(anAccount().withSurvey('csat', 4.5, 150).withSurvey('csat', 4, 80).withSurvey('csat', x, 10))!);
      for (const ladder of [npsLadder, csatLadder]) ladder.forEach((s, i) => expect(s).toBeGreaterThanOrEqual(ladder[i - 1] ?? 0));
      expect(npsLadder[0]).toBeLessThan(npsLadder[10]!);
      expect(csatLadder[0]).toBeLessThan(csatLadder[7]!);
    });

    itNeverFallsOnHealthyMoves(scoreOf);
  });
});
