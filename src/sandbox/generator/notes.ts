/** CSM notes: routine ones, and the planted notes that carry an account's qualitative signals. */
import type { Person, People } from './contacts';
import { promotedTitle } from './names';
import type { AccountPlan } from './plan';
import type { Rng } from './prng';
import { EXPANSION_NOTES, RISK_NOTES, ROUTINE_NOTES } from './text-activities';
import { COMPETITORS } from './text-tickets';
import { DEPARTMENTS } from './names';
import { DAY } from './time';

function fill(rng: Rng, template: string, champion: Person | undefined, extra: Record<string, string> = {}): string {
  const vars: Record<string, string> = { champion: champion?.firstName ?? 'our contact', competitor: rng.pick(COMPETITORS), department: rng.pick(DEPARTMENTS), ...extra };
  return template.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? k);
}

export function routineNote(rng: Rng, champion: Person | undefined): string {
  return fill(rng, rng.pick(ROUTINE_NOTES), champion);
}

/** Notes dated on the plan's events: [when, body]. */
export function plantedNotes(rng: Rng, plan: AccountPlan, people: People, asOf: number): [number, string][] {
  const e = plan.events;
  const out: [number, string][] = [];
  const note = (at: number | undefined, templates: readonly string[], extra: Record<string, string> = {}) => {
    if (at === undefined || at > asOf) return;
    const champion = people.championAt(at - DAY) ?? people.all[0];
    out.push([at, fill(rng, rng.pick(templates), champion, extra)]);
  };
  note(e.competitorNoteAt, RISK_NOTES.competitor);
  note(e.budgetReviewAt, RISK_NOTES.budget_review);
  note(e.downgradeAt, RISK_NOTES.downgrade);
  note(e.acquisitionAt, RISK_NOTES.acquisition);
  note(e.execDepartedAt === undefined ? undefined : e.execDepartedAt + rng.int(3, 12) * DAY, RISK_NOTES.executive_turnover);
  if (e.championDepartedAt !== undefined) {
    const departed = people.all.find((p) => p.labels.includes('champion') && p.departedAt === e.championDepartedAt);
    const at = e.championDepartedAt + rng.int(3, 15) * DAY;
    if (at <= asOf) out.push([at, fill(rng, rng.pick(RISK_NOTES.champion_left), departed)]);
  }
  if (e.blip?.kind === 'competitor_note') note(e.blip.at, RISK_NOTES.blip_competitor);
  note(e.newDepartmentAt, EXPANSION_NOTES.new_department);
  note(e.referralAt, EXPANSION_NOTES.referral);
  note(e.earlyRenewalAt, EXPANSION_NOTES.early_renewal);
  note(e.displacementAt, EXPANSION_NOTES.displacement);
  if (e.championPromotedAt !== undefined) {
    const champ = people.all.find((p) => p.labels.includes('champion'));
    note(e.championPromotedAt + rng.int(1, 10) * DAY, EXPANSION_NOTES.promoted, { title: promotedTitle(champ?.title ?? 'Director of Operations') });
  }
  note(e.recoveryNoteAt, EXPANSION_NOTES.recovery);
  return out;
}
