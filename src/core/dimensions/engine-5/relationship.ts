/**
 * Relationship (engine-5, 15%) — how many people on the client side carry the
 * relationship (seed 000 phase 1: champion named, executive sponsor,
 * multi-threaded contact).
 *
 * Seed rubric (0-10, mapped to 0-100 by ×10); a departed champion counts as no
 * champion, and "active contacts" are all stakeholders still in place (any
 * status but departed, champion and sponsor included):
 *
 * | seed band                                              | 0-10 | × 10   | active contacts → base  | + executive touch |
 * |--------------------------------------------------------|------|--------|-------------------------|-------------------|
 * | no champion                                            | 0-3  | 0-30   | 0→5, 2→12, 4→20         | up to 10          |
 * | champion only (no sponsor, or < 3 active contacts)     | 4-6  | 40-60  | 1→40, 2→45, 3→50        | up to 10          |
 * | multi-threaded: champion + executive sponsor + ≥ 3     | 7-10 | 70-100 | 3→70, 5→80, 8→90        | up to 10          |
 *
 * Executive touch (points added when an executive sponsor is in place), by days
 * since the sponsor's last activity: 0→10, 30→10, 90→6, 180→3, 365→0 (no date
 * on record → 0). It lives inside the threading score rather than as a
 * separately blended part: a sponsor arriving must never lower the score, and a
 * separate part that appears with the sponsor could pull the blend down.
 * Each band's base tops out 10 below the band's ceiling, so more people or a
 * better status always moves the score up, never into a lower band.
 *
 * Green flag (+5): the champion was promoted.
 */
import { z } from 'zod';
import type { Stakeholder } from '../../contract';
import { interpolate } from '../../scale';
import { Rubric, limit, table, type DimensionScorer } from '../rubric';

const Params = z.object({
  noChampion: table([[0, 5], [2, 12], [4, 20]]),
  championOnly: table([[1, 40], [2, 45], [3, 50]]),
  multiThreaded: table([[3, 70], [5, 80], [8, 90]]),
  executiveTouchDays: table([[0, 10], [30, 10], [90, 6], [180, 3], [365, 0]]),
  multiThreadMinContacts: limit(3),
  promotedChampionPoints: limit(5),
});
type Params = z.infer<typeof Params>;

/** Stronger status first: who represents the champion / sponsor role when several are listed. */
const STATUS_RANK: Record<Stakeholder['status'], number> = { promoted: 4, active: 3, new: 3, changed_role: 2, departed: 0 };

const who = (s: Stakeholder): string => `${s.name}${s.title ? ` (${s.title})` : ''}`;
const inPlace = (s: Stakeholder): boolean => s.status !== 'departed';
const best = (people: Stakeholder[]): Stakeholder | undefined =>
  [...people].sort((a, b) => STATUS_RANK[b.status] - STATUS_RANK[a.status])[0];

export const relationship: DimensionScorer<Params> = {
  id: 'engine5.relationship',
  params: Params,
  missing: 'stakeholders in the CRM: champion, executive sponsor and other contacts with their status',
  score(ctx, p) {
    const people = ctx.snapshot.stakeholders ?? [];
    const r = new Rubric();
    if (people.length === 0) return r.result(ctx, null);

    const champion = best(people.filter((s) => s.role === 'champion' && inPlace(s)));
    const sponsors = people.filter((s) => s.role === 'executive_sponsor' && inPlace(s));
    const contacts = people.filter(inPlace).length;
    const contactsText = `${contacts} active contact${contacts === 1 ? '' : 's'}`;

    let base: number;
    let text: string;
    if (champion && sponsors.length > 0 && contacts >= p.multiThreadMinContacts) {
      base = interpolate(contacts, p.multiThreaded);
      text = `multi-threaded: champion ${who(champion)}, executive sponsor and ${contactsText}`;
    } else if (champion) {
      base = interpolate(contacts, p.championOnly);
      const status = champion.status === 'active' ? '' : `, ${champion.status.replace('_', ' ')}`;
      const thin = sponsors.length > 0
        ? `executive sponsor in place but only ${contactsText} (multi-threaded needs ${p.multiThreadMinContacts})`
        : `${contactsText}, no executive sponsor`;
      text = `champion only: ${who(champion)}${status}; ${thin}`;
    } else {
      base = interpolate(contacts, p.noChampion);
      text = `no champion in place, ${contactsText}`;
    }

    const touch = executiveTouch(sponsors, ctx.daysAgo);
    const touchPoints = sponsors.length === 0 ? 0 : touch ? interpolate(touch.days, p.executiveTouchDays) : 0;
    r.part(base + touchPoints, 1, text);

    for (const gone of people.filter((s) => s.role === 'champion' && s.status === 'departed')) {
      const days = ctx.daysAgo(gone.since);
      r.note(Number.isFinite(days)
        ? `champion ${who(gone)} departed ${Math.max(0, Math.floor(days))} days ago (${gone.since!.slice(0, 10)})`
        : `champion ${who(gone)} departed`);
    }
    if (sponsors.length === 0) {
      r.note('no executive sponsor in place');
    } else if (touch) {
      r.note(`last executive touch: ${who(touch.sponsor)} ${touch.days} days ago (${touch.date.slice(0, 10)}), +${Math.round(touchPoints)}`);
    } else {
      r.note(`executive sponsor ${who(sponsors[0]!)} has no activity on record`);
    }

    if (champion?.status === 'promoted') r.greenFlag(p.promotedChampionPoints, `champion ${who(champion)} was promoted`);

    return r.result(ctx, null);
  },
};

/** The sponsor touched most recently (activity dated after asOf reads as today). */
function executiveTouch(sponsors: Stakeholder[], daysAgo: (iso: string | undefined) => number): { sponsor: Stakeholder; days: number; date: string } | null {
  let found: { sponsor: Stakeholder; days: number; date: string } | null = null;
  for (const s of sponsors) {
    const d = daysAgo(s.lastActivityAt);
    if (!Number.isFinite(d)) continue;
    const days = Math.max(0, Math.floor(d));
    if (!found || days < found.days) found = { sponsor: s, days, date: s.lastActivityAt! };
  }
  return found;
}
