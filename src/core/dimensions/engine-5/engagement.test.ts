import fc from 'fast-check';
import { anAccount, type AccountBuilder } from '../../../../test/builders/account';
import type { AccountSnapshot } from '../../contract';
import { makeContext } from '../../context';
import { engagement } from './engagement';

const run = (snapshot: AccountSnapshot) => engagement.score(makeContext(snapshot, 0.3), engagement.params.parse({}));
const build = (b: AccountBuilder) => run(b.build());

describe('engine5.engagement', () => {
  it('is a gap with no logins, tickets, emails or contact on record', () => {
    expect(build(anAccount()).score).toBeNull();
    expect(build(anAccount().withUsage({ dau: 5, mau: 10, logins: { last30: 200 } })).score).toBeNull(); // no earlier window
    expect(run({ ...anAccount().build(), engagement: { meetings: [] } }).score).toBeNull();
  });

  it('low band (down): logins down 40% → 8', () => {
    // -40% → 0 + 10/20·15 = 7.5, the only part
    const r = build(anAccount().withLogins(600, 1000));
    expect(r.score).toBe(8);
    expect(r.trend).toBe('down');
    expect(r.evidence).toEqual([
      '600 logins in the last 30 days, down 40% from 1,000 the 30 days before',
      'red flag: logins down 40% over the trailing 30 days',
    ]);
  });

  it('mid band (flat): steady logins, no tickets, contact two weeks ago → 56', () => {
    // 0% → 50; 0 tickets → 70; 14 days → 75; mean (150 + 70 + 75) / 5 = 59; blend 0.7·59 + 0.3·50 = 56.3
    const r = build(anAccount().withLogins(1000, 1000).withNoTickets().withLastContact(14));
    expect(r.score).toBe(56);
    expect(r.trend).toBe('flat');
    expect(r.evidence).toEqual([
      '1,000 logins in the last 30 days, unchanged from 1,000 the 30 days before',
      '0 support tickets opened in the last 30 days',
      'last two-way contact 14 days ago (2026-11-08)',
    ]);
  });

  it('high band (up): logins up 30%, no tickets, recent contact, community → 83', () => {
    // +30% → 85; 0 tickets → 70; 7 days → 80; mean (255 + 70 + 80) / 5 = 81; blend 0.7·81 + 0.3·70 = 77.7; + 5 community
    const r = build(anAccount().withLogins(1300, 1000).withNoTickets().withLastContact(7).withCommunity());
    expect(r.score).toBe(83);
    expect(r.trend).toBe('up');
    expect(r.evidence).toContain('green flag: active in the customer community');
  });

  it('red flag: logins down more than 30% cap the score at 35 even when the rest is good', () => {
    // -31% → 14.25; 0 tickets → 70; contact today → 85; mean 39.55; blend 31.96; + 5 community = 36.96 → cap 35
    const r = build(anAccount().withLogins(690, 1000).withNoTickets().withLastContact(0).withCommunity());
    expect(r.score).toBe(35);
    expect(r.evidence).toContain('red flag: logins down 31% over the trailing 30 days');
  });

  it('counts only tickets opened in the last 30 days', () => {
    // 3 tickets → 65 - 1/3·15 = 60
    const r = build(anAccount().withTicket({ daysAgo: 3 }).withTicket({ daysAgo: 12 }).withTicket({ daysAgo: 30 }).withTicket({ daysAgo: 45 }));
    expect(r.score).toBe(60);
    expect(r.evidence).toEqual(['3 support tickets opened in the last 30 days']);
  });

  it('reads the latest inbound email as contact; unanswered outreach as 120 days of silence', () => {
    const silent = build(anAccount().withEmail('outbound', 20).withEmail('outbound', 5));
    expect(silent.score).toBe(15);
    expect(silent.evidence).toEqual(['2 outreach emails with no reply or contact on record (read as 120 days of silence)']);
    // a reply 10 days ago: 85 - 10/14·10 = 77.9
    const replied = build(anAccount().withEmail('outbound', 20).withEmail('inbound', 10));
    expect(replied.score).toBe(78);
    expect(replied.evidence).toEqual(['last inbound email from the client 10 days ago (2026-11-12)']);
    // the newer of logged contact and inbound email wins
    expect(build(anAccount().withEmail('inbound', 10).withLastContact(40)).evidence[0]).toMatch(/^last inbound email from the client 10 days ago/);
  });

  it('no logins at all in the window is the floor, not a gap', () => {
    const r = build(anAccount().withUsage({ logins: { last30: 0 } }));
    expect(r.score).toBe(0);
    expect(r.evidence).toContain('red flag: no logins in the last 30 days');
  });

  it('is monotone: more logins, fewer tickets, replies instead of outreach, community never lower it', () => {
    const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
    const arb = fc.record({
      last30: opt(fc.integer({ min: 0, max: 2000 })),
      prev30: opt(fc.integer({ min: 0, max: 2000 })),
      tickets: opt(fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 25 })),
      emails: fc.array(fc.tuple(fc.boolean(), fc.integer({ min: -5, max: 200 })), { maxLength: 6 }),
      contact: opt(fc.integer({ min: 0, max: 200 })),
      community: fc.boolean(),
    });
    type Case = typeof arb extends fc.Arbitrary<infer T> ? T : never;
    const score = (c: Case): number => {
      let b = anAccount();
      if (c.last30 !== undefined) b = b.withUsage({ logins: { last30: c.last30, ...(c.prev30 !== undefined && { prev30: c.prev30 }) } });
      if (c.tickets) { b = b.withNoTickets(); for (const d of c.tickets) b = b.withTicket({ daysAgo: d }); }
      for (const [inbound, d] of c.emails) b = b.withEmail(inbound ? 'inbound' : 'outbound', d);
      if (c.contact !== undefined) b = b.withLastContact(c.contact);
      if (c.community) b = b.withCommunity();
      return build(b).score ?? 50;
    };
    fc.assert(fc.property(arb, fc.integer({ min: 1, max: 400 }), fc.nat(), (c, step, pick) => {
      const base = score(c);
      const moves: Array<[boolean, Case]> = [
        [c.last30 !== undefined, { ...c, last30: (c.last30 ?? 0) + step }],
        [(c.tickets?.length ?? 0) > 0, { ...c, tickets: c.tickets?.filter((_, i) => i !== pick % (c.tickets?.length ?? 1)) }],
        [c.emails.some(([inbound]) => !inbound), { ...c, emails: c.emails.map((e, i) => (i === c.emails.findIndex(([inb]) => !inb) ? [true, e[1]] as [boolean, number] : e)) }],
        [c.contact !== undefined, { ...c, contact: Math.max(0, (c.contact ?? 0) - step) }],
        [!c.community, { ...c, community: true }],
      ];
      for (const [applies, better] of moves) if (applies) expect(score(better)).toBeGreaterThanOrEqual(base);
    }), { numRuns: 500 });
  });
});
