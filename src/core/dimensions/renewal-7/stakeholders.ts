/**
 * Stakeholder Continuity (renewal-7, 10%) — the stability of the human
 * relationships that sustain the account: products do not renew themselves,
 * people do (seed 002, dimension 6).
 *
 * | part (weight)          | input                                                  | table (value → score)                                  |
 * |------------------------|--------------------------------------------------------|--------------------------------------------------------|
 * | champion (3)           | best status among champions                            | promoted 95, active 85, new 60, changed_role 40,       |
 * |                        |                                                        | departed 25; a new champion replacing one who left 55; |
 * |                        |                                                        | none listed: not scored, score capped at 69            |
 * | executive sponsor (2)  | best status among executive sponsors                   | promoted 90, active 85, new 55, changed_role 45,       |
 * |                        |                                                        | departed 35; active/promoted but no activity for 180+  |
 * |                        |                                                        | days 55 (disengaged); none listed 55 (unknown)         |
 * | breadth (2)            | stakeholders active, promoted or new                   | 0→10, 1→35, 2→60, 3→75, 5→95                           |
 * | turnover (2)           | champions, sponsors, decision makers departed or       | 0→90, 1→50, 2→30, 3→15                                 |
 * |                        | changed role in the last 180 days (unknown date counts)|                                                        |
 *
 * "Sponsor engaged, champion active, 5+ invested people, no changes in 6 months"
 * reads as 90+; "sponsor aware, champion active, 2+ people" as 70-89; "sponsor
 * unknown or disengaged, one or two people, a replaced key stakeholder" as 50-69;
 * "champion gone with no successor" as 30-49; "all champions gone, acquisition" as 0-29.
 *
 * Red flags (caps): acquisition or merger → 29; every known champion departed → 29;
 * champion left or changed roles with no successor → 49; executive turnover → 49;
 * executive sponsor departed or changed roles and no successor is engaged (a new one
 * with no recorded activity is "not yet briefed") → 49;
 * no champion identified → 69.
 * Green flags (+5 each): champion promoted; 5+ engaged stakeholders (multi-threaded).
 * Trend: a key stakeholder departed or changed roles in the last 90 days → down;
 * else one was promoted or newly added → up; otherwise flat.
 */
import { z } from 'zod';
import type { Stakeholder, Trend } from '../../contract';
import type { ScoringContext } from '../../context';
import { interpolate } from '../../scale';
import { Rubric, limit, table, type DimensionScorer } from '../rubric';

type Status = Stakeholder['status'];

const Params = z.object({
  championPromoted: limit(95),
  championActive: limit(85),
  championNew: limit(60),
  championChangedRole: limit(40),
  championDeparted: limit(25),
  /** a new champion who replaced every earlier one: a successor, not yet proven. */
  championSuccessor: limit(55),
  sponsorPromoted: limit(90),
  sponsorActive: limit(85),
  sponsorDisengaged: limit(55),
  sponsorNew: limit(55),
  sponsorChangedRole: limit(45),
  sponsorDeparted: limit(35),
  sponsorUnknown: limit(55),
  sponsorDisengagedDays: limit(180),
  breadth: table([[0, 10], [1, 35], [2, 60], [3, 75], [5, 95]]),
  turnover: table([[0, 90], [1, 50], [2, 30], [3, 15]]),
  turnoverWindowDays: limit(180),
  trendWindowDays: limit(90),
  noChampionCap: limit(69),
  multiThreadedCount: limit(5),
  greenFlagPoints: limit(5),
});
type Params = z.infer<typeof Params>;

const KEY_ROLES: ReadonlyArray<Stakeholder['role']> = ['champion', 'executive_sponsor', 'decision_maker'];
const isLost = (s: Stakeholder) => s.status === 'departed' || s.status === 'changed_role';
const isEngaged = (s: Stakeholder) => s.status === 'active' || s.status === 'promoted' || s.status === 'new';

export const stakeholders: DimensionScorer<Params> = {
  id: 'renewal7.stakeholders',
  params: Params,
  missing: 'CRM contacts with roles (champion, executive sponsor, decision maker) and their status changes',
  score(ctx, p) {
    const people = ctx.snapshot.stakeholders ?? [];
    const flags = ctx.snapshot.flags;
    const r = new Rubric();
    const describe = (s: Stakeholder) => describeStakeholder(s, ctx);

    if (people.length > 0) {
      scoreChampion(people.filter((s) => s.role === 'champion'), people.length, r, p, describe);
      scoreSponsor(people.filter((s) => s.role === 'executive_sponsor'), r, p, ctx, describe);

      const engaged = people.filter(isEngaged);
      r.part(interpolate(engaged.length, p.breadth), 2, engaged.length === 0
        ? `none of the ${people.length} known stakeholders is still engaged`
        : `${engaged.length} engaged stakeholder${engaged.length === 1 ? '' : 's'} (${listNames(engaged)})`);
      if (engaged.length >= p.multiThreadedCount) r.greenFlag(p.greenFlagPoints, `multi-threaded: ${engaged.length} engaged stakeholders`);

      const turnover = people.filter((s) => KEY_ROLES.includes(s.role) && isLost(s)
        && (s.since === undefined || ctx.daysAgo(s.since) <= p.turnoverWindowDays));
      r.part(interpolate(turnover.length, p.turnover), 2, turnover.length === 0
        ? `no key stakeholder changes in the last ${p.turnoverWindowDays} days`
        : `${turnover.length} key stakeholder change${turnover.length === 1 ? '' : 's'} in the last ${p.turnoverWindowDays} days: ${turnover.map(describe).join('; ')}`);
    }

    if (flags?.acquisition) r.redFlag(29, 'acquisition or merger in progress');
    if (flags?.executiveTurnover) r.redFlag(49, 'executive turnover at the client');

    return r.result(ctx, people.length > 0 ? stakeholderTrend(people, ctx, p) : null);
  },
};

function scoreChampion(champions: Stakeholder[], known: number, r: Rubric, p: Params, describe: (s: Stakeholder) => string): void {
  if (champions.length === 0) {
    r.redFlag(p.noChampionCap, `no champion identified among ${known} known stakeholder${known === 1 ? '' : 's'}`);
    return;
  }
  const score: Record<Status, number> = {
    promoted: p.championPromoted, active: p.championActive, new: p.championNew,
    changed_role: p.championChangedRole, departed: p.championDeparted,
  };
  const best = champions.reduce((a, b) => (score[b.status] > score[a.status] ? b : a));
  const lost = champions.filter(isLost);
  const successor = best.status === 'new' && lost.length > 0;
  const evidence = champions.map(describe).join('; ');
  // Kept between changed_role and new so that no single status change can lower it.
  const successorScore = Math.max(score.changed_role, Math.min(p.championSuccessor, score.new));
  r.part(successor ? successorScore : score[best.status], 3,
    successor ? `${evidence}; ${best.name} is the successor` : evidence);

  if (best.status === 'promoted') r.greenFlag(p.greenFlagPoints, `champion ${best.name} was promoted (more influence)`);
  if (lost.length === champions.length) {
    if (lost.every((s) => s.status === 'departed')) r.redFlag(29, `all known champions have departed (${lost.map((s) => s.name).join(', ')})`);
    else r.redFlag(49, `champion left or changed roles with no successor (${lost.map((s) => s.name).join(', ')})`);
  }
}

function scoreSponsor(sponsors: Stakeholder[], r: Rubric, p: Params, ctx: ScoringContext, describe: (s: Stakeholder) => string): void {
  if (sponsors.length === 0) {
    r.part(p.sponsorUnknown, 2, 'executive sponsor unknown (none listed)');
    return;
  }
  const scoreOf = (s: Stakeholder): number => {
    switch (s.status) {
      case 'promoted':
      case 'active': {
        const full = s.status === 'promoted' ? p.sponsorPromoted : p.sponsorActive;
        return isDisengaged(s, ctx, p) ? Math.min(full, p.sponsorDisengaged) : full;
      }
      case 'new': return p.sponsorNew;
      case 'changed_role': return p.sponsorChangedRole;
      case 'departed': return p.sponsorDeparted;
    }
  };
  const best = sponsors.reduce((a, b) => (scoreOf(b) > scoreOf(a) ? b : a));
  const notes = sponsors.map((s) => {
    if (isDisengaged(s, ctx, p) && (s.status === 'active' || s.status === 'promoted')) return `${describe(s)} (disengaged)`;
    if (s.status === 'new' && s.lastActivityAt === undefined) return `${describe(s)} (not yet briefed)`;
    return describe(s);
  });
  r.part(scoreOf(best), 2, notes.join('; '));

  // Seed red flag: the sponsor was replaced and the new sponsor has not been briefed.
  // It also holds while no replacement is named at all, so naming one can never add the cap.
  const replaced = sponsors.filter(isLost);
  const briefed = sponsors.filter((s) => s.status === 'active' || s.status === 'promoted' || (s.status === 'new' && s.lastActivityAt !== undefined));
  if (replaced.length > 0 && briefed.length === 0) {
    const unbriefed = sponsors.find((s) => s.status === 'new');
    r.redFlag(49, unbriefed
      ? `executive sponsor ${replaced[0]!.name} was replaced and ${unbriefed.name} has not been briefed`
      : `executive sponsor ${replaced[0]!.name} ${STATUS_LABEL[replaced[0]!.status]} with no successor`);
  }
}

function isDisengaged(s: Stakeholder, ctx: ScoringContext, p: Params): boolean {
  return s.lastActivityAt !== undefined && ctx.daysAgo(s.lastActivityAt) > p.sponsorDisengagedDays;
}

function stakeholderTrend(people: ReadonlyArray<Stakeholder>, ctx: ScoringContext, p: Params): Trend {
  const recent = people.filter((s) => KEY_ROLES.includes(s.role) && s.since !== undefined
    && ctx.daysAgo(s.since) >= 0 && ctx.daysAgo(s.since) <= p.trendWindowDays);
  if (recent.some(isLost)) return 'down';
  if (recent.some((s) => s.status === 'promoted' || s.status === 'new')) return 'up';
  return 'flat';
}

const ROLE_LABEL: Record<Stakeholder['role'], string> = {
  champion: 'champion', executive_sponsor: 'executive sponsor', decision_maker: 'decision maker', admin: 'admin', user: 'user',
};
const STATUS_LABEL: Record<Status, string> = {
  active: 'active', departed: 'departed', promoted: 'promoted', changed_role: 'changed roles', new: 'new',
};

/** "champion Jane Roe (VP Operations) departed 21 days ago (2026-11-01)". */
export function describeStakeholder(s: Stakeholder, ctx: ScoringContext): string {
  const who = `${ROLE_LABEL[s.role]} ${s.name}${s.title ? ` (${s.title})` : ''}`;
  const when = s.since !== undefined && s.status !== 'active' ? ` ${ago(s.since, ctx)}` : '';
  const activity = s.lastActivityAt !== undefined && isEngaged(s) ? `, last active ${ago(s.lastActivityAt, ctx)}` : '';
  const status = s.status === 'new' && when ? 'new, named' : STATUS_LABEL[s.status];
  return `${who} ${status}${when}${activity}`;
}

function ago(iso: string, ctx: ScoringContext): string {
  const d = Math.floor(ctx.daysAgo(iso));
  return `${d === 1 ? '1 day' : `${d} days`} ago (${iso.slice(0, 10)})`;
}

function listNames(list: ReadonlyArray<Stakeholder>, max = 6): string {
  const names = list.slice(0, max).map((s) => `${s.name}, ${ROLE_LABEL[s.role]}`);
  return list.length > max ? `${names.join('; ')}; +${list.length - max} more` : names.join('; ');
}
