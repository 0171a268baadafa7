import fc from 'fast-check';
import { anAccount, type AccountBuilder } from '../../../../test/builders/account';
import type { Stakeholder } from '../../contract';
import { makeContext } from '../../context';
import { relationship } from './relationship';

const build = (b: AccountBuilder) => relationship.score(makeContext(b.build(), 0.3), relationship.params.parse({}));

describe('engine5.relationship', () => {
  it('is a gap with no stakeholders on record', () => {
    expect(build(anAccount()).score).toBeNull();
    const empty = anAccount().build();
    expect(relationship.score(makeContext({ ...empty, stakeholders: [] }, 0.3), relationship.params.parse({})).score).toBeNull();
  });

  it('low band (no champion): a departed champion counts as none → 9', () => {
    // no champion, 1 active contact → 5 + 1/2·7 = 8.5; no sponsor
    const r = build(anAccount().withChampionDeparted(21).withStakeholder({ name: 'Bo Chen', role: 'user' }));
    expect(r.score).toBe(9);
    expect(r.evidence).toEqual([
      'no champion in place, 1 active contact',
      'champion Jane Roe (VP Operations) departed 21 days ago (2026-11-01)',
      'no executive sponsor in place',
    ]);
  });

  it('mid band (champion only): champion + one user → 45; with a sponsor but only 2 contacts → 55', () => {
    const alone = build(anAccount().withChampion().withStakeholder({ name: 'Bo Chen', role: 'user' }));
    expect(alone.score).toBe(45);
    expect(alone.evidence[0]).toBe('champion only: Jane Roe (VP Operations); 2 active contacts, no executive sponsor');
    // champion + sponsor = 2 contacts → 45, + 10 for an executive touch 20 days ago
    const sponsored = build(anAccount().withChampion().withExecutiveSponsor());
    expect(sponsored.score).toBe(55);
    expect(sponsored.evidence).toEqual([
      'champion only: Jane Roe (VP Operations); executive sponsor in place but only 2 active contacts (multi-threaded needs 3)',
      'last executive touch: Sam Lee (CFO) 20 days ago (2026-11-02), +10',
    ]);
  });

  it('high band (multi-threaded): champion + sponsor + 3 contacts → 80; the thriving account (5) → 90', () => {
    expect(build(anAccount().withChampion().withExecutiveSponsor().withStakeholder({ name: 'Bo Chen', role: 'user' })).score).toBe(80);
    const r = build(anAccount().thriving());
    expect(r.score).toBe(90);
    expect(r.evidence[0]).toBe('multi-threaded: champion Jane Roe (VP Operations), executive sponsor and 5 active contacts');
  });

  it('an executive touch fades with time: 90 days ago adds 6, none on record adds 0', () => {
    const stale = anAccount().withChampion().withStakeholder({ name: 'Bo Chen', role: 'user' })
      .withStakeholder({ name: 'Sam Lee', title: 'CFO', role: 'executive_sponsor', activeDaysAgo: 90 });
    expect(build(stale).score).toBe(76);
    const unknown = anAccount().withChampion().withStakeholder({ name: 'Bo Chen', role: 'user' })
      .withStakeholder({ name: 'Sam Lee', title: 'CFO', role: 'executive_sponsor' });
    const r = build(unknown);
    expect(r.score).toBe(70);
    expect(r.evidence).toContain('executive sponsor Sam Lee (CFO) has no activity on record');
  });

  it('green flag: a promoted champion adds 5', () => {
    const r = build(anAccount().withChampionPromoted(30).withExecutiveSponsor().withStakeholder({ name: 'Bo Chen', role: 'user' }));
    expect(r.score).toBe(85);
    expect(r.evidence).toContain('green flag: champion Jane Roe (SVP Operations) was promoted');
  });

  it('is monotone: a stakeholder moving departed → changed_role → active → promoted never lowers it', () => {
    const ladder: Stakeholder['status'][] = ['departed', 'changed_role', 'active', 'promoted'];
    const arbPerson = fc.record({
      role: fc.constantFrom<Stakeholder['role']>('champion', 'executive_sponsor', 'decision_maker', 'admin', 'user'),
      rung: fc.integer({ min: 0, max: 3 }),
      activeDaysAgo: fc.option(fc.integer({ min: -10, max: 500 }), { nil: undefined }),
    });
    const score = (people: Array<{ role: Stakeholder['role']; rung: number; activeDaysAgo: number | undefined }>): number => {
      let b = anAccount();
      people.forEach((p, i) => { b = b.withStakeholder({ name: `P${i}`, role: p.role, status: ladder[p.rung]!, ...(p.activeDaysAgo !== undefined && { activeDaysAgo: p.activeDaysAgo }) }); });
      return build(b).score ?? 50;
    };
    fc.assert(fc.property(fc.array(arbPerson, { minLength: 1, maxLength: 8 }), fc.nat(), (people, pick) => {
      const i = pick % people.length;
      const person = people[i]!;
      if (person.rung === 3) return;
      const better = people.map((p, j) => (j === i ? { ...p, rung: p.rung + 1 } : p));
      expect(score(better)).toBeGreaterThanOrEqual(score(people));
    }), { numRuns: 1000 });
  });
});
