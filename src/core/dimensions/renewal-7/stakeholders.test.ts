import fc from 'fast-check';
import type { Stakeholder } from '../../contract';
import { makeContext } from '../../context';
import { anAccount, type AccountBuilder } from '../../../../test/builders/account';
import { stakeholders } from './stakeholders';

const assess = (account: AccountBuilder) => stakeholders.score(makeContext(account.build(), 0.3), stakeholders.params.parse({}));
const scoreOf = (account: AccountBuilder) => assess(account).score;

/** Champion and executive sponsor, both active, nobody else. */
const pairAccount = () => anAccount().withChampion().withExecutiveSponsor();
/** Champion, sponsor, decision maker, admin and user, all active. */
const fullAccount = () => pairAccount()
  .withStakeholder({ role: 'decision_maker', name: 'Lee Park', activeDaysAgo: 15 })
  .withStakeholder({ role: 'admin', name: 'Ana Diaz', activeDaysAgo: 2 })
  .withStakeholder({ role: 'user', name: 'Bo Chen', activeDaysAgo: 1 });

describe('renewal7.stakeholders', () => {
  it('is a gap when no stakeholders are known and no flag is set', () => {
    expect(assess(anAccount())).toEqual({ score: null, trend: null, evidence: [] });
    expect(scoreOf(anAccount().withFlags({ acquisition: false, executiveTurnover: false }))).toBeNull();
  });

  it('scores a well-staffed account in the 90-100 band (worked by hand)', () => {
    // champion active 85 (w3), sponsor active 85 (w2), 5 engaged → 95 (w2), no turnover 90 (w2):
    // mean 795 / 9 = 88.33, min 85 → 0.7 × 88.33 + 25.5 = 87.33, + 5 multi-threaded = 92.33
    const result = assess(fullAccount());
    expect(result.score).toBe(92);
    expect(result.trend).toBe('flat');
    expect(result.evidence).toContain('champion Jane Roe (VP Operations) active, last active 5 days ago (2026-11-17)');
    expect(result.evidence).toContain('executive sponsor Sam Lee (CFO) active, last active 20 days ago (2026-11-02)');
    expect(result.evidence).toContain('green flag: multi-threaded: 5 engaged stakeholders');
  });

  it('scores a champion and sponsor alone in the 70-89 band (worked by hand)', () => {
    // 85 (w3), 85 (w2), 2 engaged → 60 (w2), 90 (w2): mean 725 / 9 = 80.56, min 60 → 56.39 + 18 = 74.39
    expect(scoreOf(pairAccount())).toBe(74);
  });

  it('scores a replaced champion in the 50-69 band (worked by hand)', () => {
    const account = anAccount().withChampionDeparted(60).withStakeholder({ role: 'champion', name: 'Bob Li', status: 'new', sinceDaysAgo: 30 }).withExecutiveSponsor();
    // successor 55 (w3), sponsor 85 (w2), 2 engaged → 60 (w2), 1 change → 50 (w2):
    // mean 555 / 9 = 61.67, min 50 → 43.17 + 15 = 58.17
    const result = assess(account);
    expect(result.score).toBe(58);
    expect(result.trend).toBe('down');
    expect(result.evidence).toContain('champion Jane Roe (VP Operations) departed 60 days ago (2026-09-23); champion Bob Li new, named 30 days ago (2026-10-23); Bob Li is the successor');
    expect(result.evidence).toContain('1 key stakeholder change in the last 180 days: champion Jane Roe (VP Operations) departed 60 days ago (2026-09-23)');
  });

  it('scores a lapsed sponsor as disengaged', () => {
    const account = anAccount().withChampion().withStakeholder({ role: 'executive_sponsor', name: 'Sam Lee', title: 'CFO', activeDaysAgo: 200 });
    // 85 (w3), disengaged sponsor 55 (w2), 60 (w2), 90 (w2): mean 665 / 9 = 73.89, min 55 → 51.72 + 16.5 = 68.22
    const result = assess(account);
    expect(result.score).toBe(68);
    expect(result.evidence).toContain('executive sponsor Sam Lee (CFO) active, last active 200 days ago (2026-05-06) (disengaged)');
  });

  describe('red flags', () => {
    it('caps at 29 when every known champion has departed', () => {
      const account = anAccount().withChampionDeparted(21).withExecutiveSponsor().withStakeholder({ role: 'decision_maker', name: 'Lee Park' });
      // departed 25 (w3), 85 (w2), 2 engaged → 60 (w2), 1 change → 50 (w2): mean 51.67, min 25 → 43.67, capped
      const result = assess(account);
      expect(result.score).toBe(29);
      expect(result.trend).toBe('down');
      expect(result.evidence).toContain('champion Jane Roe (VP Operations) departed 21 days ago (2026-11-01)');
      expect(result.evidence).toContain('red flag: all known champions have departed (Jane Roe)');
    });

    it('caps at 49 when the champion changed roles with no successor', () => {
      const account = fullAccount();
      const snapshot = account.build();
      snapshot.stakeholders![0] = { ...snapshot.stakeholders![0]!, status: 'changed_role', since: '2026-10-13' };
      // 40 (w3), 85 (w2), 4 engaged → 85 (w2), 1 change → 50 (w2): mean 62.22, min 40 → 55.56, capped
      const result = stakeholders.score(makeContext(snapshot, 0.3), stakeholders.params.parse({}));
      expect(result.score).toBe(49);
      expect(result.evidence).toContain('red flag: champion left or changed roles with no successor (Jane Roe)');
    });

    it('caps at 69 when no champion is identified', () => {
      const account = anAccount().withExecutiveSponsor()
        .withStakeholder({ role: 'decision_maker', name: 'Lee Park' }).withStakeholder({ role: 'admin', name: 'Ana Diaz' }).withStakeholder({ role: 'user', name: 'Bo Chen' });
      // sponsor 85, 4 engaged → 85, 90: mean 86.67, min 85 → 86.17, capped
      const result = assess(account);
      expect(result.score).toBe(69);
      expect(result.evidence).toContain('red flag: no champion identified among 4 known stakeholders');
    });

    it('caps at 49 when the executive sponsor was replaced and the new one has not been briefed', () => {
      const account = (briefed: boolean) => anAccount().withChampion()
        .withStakeholder({ role: 'executive_sponsor', name: 'Sam Lee', title: 'CFO', status: 'departed', sinceDaysAgo: 100 })
        .withStakeholder({ role: 'executive_sponsor', name: 'Kim Park', title: 'CEO', status: 'new', sinceDaysAgo: 20, ...(briefed && { activeDaysAgo: 10 }) })
        .withStakeholder({ role: 'decision_maker', name: 'Lee Park' });
      // 85 (w3), new sponsor 55 (w2), 3 engaged → 75 (w2), 1 change → 50 (w2): mean 68.33, min 50 → 62.83
      const unbriefed = assess(account(false));
      expect(unbriefed.score).toBe(49);
      expect(unbriefed.evidence).toContain('red flag: executive sponsor Sam Lee was replaced and Kim Park has not been briefed');
      expect(scoreOf(account(true))).toBe(63);
      // No successor named at all: the same cap. 85 (w3), departed 35 (w2), 2 engaged → 60 (w2), 50 (w2): mean 60.56, min 35 → 52.89
      const vacant = assess(anAccount().withChampion().withExecutiveSponsor('Sam Lee', 'CFO', 'departed').withStakeholder({ role: 'decision_maker', name: 'Lee Park' }));
      expect(vacant.score).toBe(49);
      expect(vacant.evidence).toContain('red flag: executive sponsor Sam Lee departed with no successor');
    });

    it('caps executive turnover at 49 and an acquisition at 29, even with no contacts listed', () => {
      expect(scoreOf(fullAccount().withFlags({ executiveTurnover: true }))).toBe(49);
      const acquired = assess(fullAccount().withFlags({ acquisition: true }));
      expect(acquired.score).toBe(29);
      expect(acquired.evidence).toContain('red flag: acquisition or merger in progress');
      expect(scoreOf(anAccount().withFlags({ executiveTurnover: true }))).toBe(49);
      expect(assess(anAccount().withFlags({ acquisition: true }))).toEqual({ score: 29, trend: null, evidence: ['red flag: acquisition or merger in progress'] });
    });
  });

  describe('green flags', () => {
    it('adds 5 for a promoted champion', () => {
      const result = assess(anAccount().withChampionPromoted(30).withExecutiveSponsor());
      // 95 (w3), 85 (w2), 60 (w2), 90 (w2): mean 83.89, min 60 → 76.72, + 5 = 81.72
      expect(result.score).toBe(82);
      expect(result.trend).toBe('up');
      expect(result.evidence).toContain('green flag: champion Jane Roe was promoted (more influence)');
    });

    it('adds 5 for five or more engaged stakeholders', () => {
      // four engaged: 85, 85, 4 → 85, 90: mean 86.11, min 85 → 85.78, no bonus
      const four = pairAccount().withStakeholder({ role: 'decision_maker', name: 'Lee Park' }).withStakeholder({ role: 'admin', name: 'Ana Diaz' });
      expect(scoreOf(four)).toBe(86);
      expect(scoreOf(fullAccount())).toBe(92);
    });
  });

  describe('trend', () => {
    it('is down after a key departure in 90 days, up after a promotion or new key stakeholder, flat otherwise', () => {
      expect(assess(pairAccount()).trend).toBe('flat');
      expect(assess(pairAccount().withStakeholder({ role: 'decision_maker', name: 'Lee Park', status: 'new', sinceDaysAgo: 10 })).trend).toBe('up');
      expect(assess(pairAccount().withStakeholder({ role: 'decision_maker', name: 'Lee Park', status: 'departed', sinceDaysAgo: 10 })).trend).toBe('down');
      // A departure 120 days ago is outside the trend window; a new admin is not a key stakeholder.
      expect(assess(pairAccount().withStakeholder({ role: 'decision_maker', name: 'Lee Park', status: 'departed', sinceDaysAgo: 120 })).trend).toBe('flat');
      expect(assess(pairAccount().withStakeholder({ role: 'admin', name: 'Ana Diaz', status: 'new', sinceDaysAgo: 10 })).trend).toBe('flat');
    });
  });

  describe('monotonicity', () => {
    const ladder: ReadonlyArray<Stakeholder['status']> = ['departed', 'changed_role', 'new', 'active', 'promoted'];

    it('never falls as one stakeholder moves up departed → changed_role → new → active → promoted', () => {
      const roles: ReadonlyArray<Stakeholder['role']> = ['champion', 'executive_sponsor', 'decision_maker', 'admin', 'user'];
      for (const role of roles) {
        const scores = ladder.map((status) => scoreOf(anAccount().withChampionDeparted(40)
          .withStakeholder({ role, name: 'Moving Person', status, sinceDaysAgo: 30 })
          .withStakeholder({ role: 'executive_sponsor', name: 'Old Sponsor', status: 'departed', sinceDaysAgo: 90 }))!);
        scores.forEach((s, i) => expect(s).toBeGreaterThanOrEqual(scores[i - 1] ?? 0));
      }
    });

    it('never falls when any one status improves or a bad flag clears (property)', () => {
      const person = fc.record({
        role: fc.constantFrom<Stakeholder['role']>('champion', 'executive_sponsor', 'decision_maker', 'admin', 'user'),
        status: fc.integer({ min: 0, max: 4 }),
        since: fc.option(fc.integer({ min: 0, max: 400 })),
        active: fc.option(fc.integer({ min: 0, max: 400 })),
      });
      const flags = fc.record({ acquisition: fc.boolean(), executiveTurnover: fc.boolean() });
      fc.assert(fc.property(fc.array(person, { minLength: 1, maxLength: 6 }), flags, fc.nat(), (people, f, pick) => {
        const target = pick % people.length;
        const build = (lift: number, clear: 'none' | 'acquisition' | 'executiveTurnover') => {
          let a = anAccount().withFlags({ ...f, ...(clear !== 'none' && { [clear]: false }) });
          people.forEach((p, n) => {
            a = a.withStakeholder({
              role: p.role, name: `P${n}`, status: ladder[Math.min(4, p.status + (n === target ? lift : 0))]!,
              ...(p.since !== null && { sinceDaysAgo: p.since }), ...(p.active !== null && { activeDaysAgo: p.active }),
            });
          });
          return scoreOf(a)!;
        };
        const before = build(0, 'none');
        expect(build(1, 'none')).toBeGreaterThanOrEqual(before);
        expect(build(4, 'none')).toBeGreaterThanOrEqual(before);
        expect(build(0, 'acquisition')).toBeGreaterThanOrEqual(before);
        expect(build(0, 'executiveTurnover')).toBeGreaterThanOrEqual(before);
      }), { numRuns: 500 });
    });
  });
});
