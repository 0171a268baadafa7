/**
 * The action sentence of a play: ONE sentence naming this account's specifics
 * (seed 002: "'Improve engagement' is not a recommendation. 'Schedule a QBR
 * with [Champion Name] by [Date] to review their Q3 usage trends…' is").
 *
 * Shape: [CSM name: ]<the seed's action, with the account, its people, its
 * product numbers and the due date>; evidence: <the trigger's facts>; renewal
 * <date> (in N days), <ARR> ARR.
 *
 * People come from snapshot.stakeholders: the champion (active, promoted or
 * new), the executive sponsor and the decision-maker (not departed). When a
 * role is unknown the sentence says so by role ("the decision-maker") rather
 * than inventing a name. snapshot.owner is named only when it reads as a name
 * (a CRM owner id such as "40512" is not shown).
 */
import type { AccountSnapshot, Stakeholder } from '../contract';
import { fmtMoney, fmtNum } from '../scale';
import type { Trigger } from './choose';
import type { PlayDefinition, PlayKey } from './library';
import type { RootCause } from './root-cause';

export interface ActionInput {
  play: PlayDefinition;
  snapshot: AccountSnapshot;
  trigger: Trigger;
  root: RootCause;
  dueDate: string;
  /** First check-in of the custom success plan. */
  checkinDate: string;
  renewalDate: string | undefined;
  daysUntilRenewal: number | undefined;
  arr: number | undefined;
}

const ENGAGED: ReadonlyArray<Stakeholder['status']> = ['active', 'promoted', 'new'];

function named(p: Stakeholder | undefined): string | undefined {
  return p ? `${p.name}${p.title ? ` (${p.title})` : ''}` : undefined;
}

interface People {
  /** The champion, else the best-placed engaged contact, else "the primary contact". */
  contact: string;
  /** The decision-maker, else the executive sponsor, else the champion. */
  executive: string;
  champion: string | undefined;
}

export function peopleOf(s: AccountSnapshot): People {
  const all = s.stakeholders ?? [];
  const engaged = (role: Stakeholder['role']): Stakeholder | undefined =>
    all.find((p) => p.role === role && ENGAGED.includes(p.status)) ?? all.find((p) => p.role === role && p.status !== 'departed');
  const champion = named(all.find((p) => p.role === 'champion' && ENGAGED.includes(p.status)));
  const sponsor = named(engaged('executive_sponsor'));
  const decisionMaker = named(engaged('decision_maker'));
  const anyone = named(all.find((p) => ENGAGED.includes(p.status)));
  return {
    champion,
    contact: champion ?? sponsor ?? decisionMaker ?? anyone ?? 'the primary contact',
    executive: decisionMaker ?? sponsor ?? champion ?? 'the decision-maker',
  };
}

function csmName(owner: string | undefined): string | undefined {
  const name = owner?.trim();
  return name && /[a-z]/i.test(name) ? name : undefined;
}

function ratio(used: number | undefined, of: number | undefined, what: string): string | undefined {
  return used !== undefined && of !== undefined && of > 0 ? `${fmtNum(used)} of ${fmtNum(of)} ${what}` : undefined;
}

interface Parts {
  acct: string;
  due: string;
  checkin: string;
  people: People;
  weak: string;
  features: string | undefined;
  seats: string | undefined;
  openTickets: number;
}

/** "with A" — or "with A and B" when the champion differs from the executive. */
function withBoth(a: string, b: string | undefined): string {
  return b && b !== a ? `${a} and ${b}` : a;
}

const SENTENCES: Readonly<Record<PlayKey, (p: Parts) => string>> = {
  executive_sponsor_alignment: (p) =>
    `have CS leadership and our executive sponsor meet ${withBoth(p.people.executive, p.people.champion)} at ${p.acct} by ${p.due} for a partnership review, not a save attempt, bringing a value summary, a roadmap preview and a specific offer (extended support, a custom feature or a pricing restructure)`,
  emergency_technical_review: (p) =>
    `assign a solutions engineer to review ${p.acct}'s environment with ${p.people.contact} by ${p.due}${p.openTickets > 0 ? ` covering its ${fmtNum(p.openTickets)} open ticket${p.openTickets === 1 ? '' : 's'}` : ''}, deliver a written remediation plan with committed dates and open a dedicated support channel (Slack or a direct line)`,
  value_realization_workshop: (p) =>
    `run a half-day value workshop with ${p.people.contact} at ${p.acct} by ${p.due} to map their workflows to the product${p.features ? ` (${p.features} in use)` : ''}, agree three quick wins and build a 90-day value plan with measurable outcomes`,
  stakeholder_reengagement: (p) =>
    `identify 3-5 more stakeholders at ${p.acct} beyond ${p.people.contact} and send each a personalised, role-specific invitation with a tailored training offer by ${p.due}`,
  custom_success_plan: (p) =>
    `draft a 90-day mutual success plan with ${p.people.contact} at ${p.acct} by ${p.due} with 3-5 measurable goals tied to their business objectives${p.weak ? ` (starting with ${p.weak})` : ''} and biweekly check-ins, the first by ${p.checkin}`,
  pricing_packaging_review: (p) =>
    `compare ${p.acct}'s actual usage${p.seats ? ` (${p.seats})` : ''} with its current plan and present ${p.people.executive} by ${p.due} with right-sizing options that align price to value without setting a precedent for annual discounting`,
  competitive_defense: (p) =>
    `confirm which vendor ${p.acct} is evaluating and at what stage${p.people.champion && p.people.champion !== p.people.executive ? ` with ${p.people.champion}` : ''}, and hold an executive-to-executive meeting with ${p.people.executive} by ${p.due} that answers every stated reason for the evaluation in writing`,
  proactive_health_check: (p) =>
    `schedule a focused check-in with ${p.people.contact} at ${p.acct} by ${p.due} on ${p.weak || 'the early warning below'}, with targeted training, documentation or peer benchmarks`,
  feature_adoption_sprint: (p) =>
    `start a 30-day adoption sprint with ${p.people.contact} at ${p.acct} by ${p.due} on the three highest-value features they do not use yet${p.features ? ` (${p.features} in use)` : ''}, with weekly micro-trainings and progress tracking`,
  expansion_discovery: (p) =>
    `schedule a discovery call with ${p.people.contact} at ${p.acct} by ${p.due} to map their growth against our roadmap and present an expansion proposal tied to their next business milestone`,
  support_recovery: (p) =>
    `audit ${p.openTickets > 0 ? `all ${fmtNum(p.openTickets)} open ticket${p.openTickets === 1 ? '' : 's'}` : 'every ticket'} and escalation of ${p.acct}, assign a dedicated escalation manager and send ${p.people.contact} a resolution plan with ETAs by ${p.due}, holding daily stand-ups until the critical issues are resolved`,
  financial_restructure: (p) =>
    `meet ${p.people.executive} at ${p.acct} by ${p.due} to understand the full budget picture and agree a path forward (reduced scope, phased pricing, a payment plan or a bridge period) with documented milestones`,
  success_optimization_review: (p) =>
    `hold a success-plan review with ${p.people.contact} at ${p.acct} by ${p.due}: share best practices from similar customers, update their goals, offer an optimization workshop and bring one more stakeholder into the relationship`,
  advocacy_program: (p) =>
    `ask ${p.people.contact} at ${p.acct} by ${p.due} for a case study, a referral or a G2/Capterra review, and invite them to the customer advisory board`,
};

/** Whitespace other than single spaces. */
const MESSY_SPACE = /[^\S ]| {2}/;
const SPACE = 32;
const DOT = 46;
const SEMICOLON = 59;

/** Evidence is quoted inside the sentence: no trailing stop, no line breaks. */
function clean(text: string): string {
  // Most evidence is clean already (no space at either end, no stop at the end, no messy
  // whitespace): a few checks instead of three rewrites.
  const last = text.charCodeAt(text.length - 1);
  if (text.charCodeAt(0) !== SPACE && last !== SPACE && last !== DOT && last !== SEMICOLON && !MESSY_SPACE.test(text)) return text;
  return text.replace(/\s+/g, ' ').trim().replace(/[.;]+$/, '');
}

function renewalClause(date: string | undefined, days: number | undefined, arr: number | undefined): string {
  const when = days === undefined ? '' : days < 0 ? ` (overdue by ${fmtNum(-days)} days)` : ` (in ${fmtNum(days)} days)`;
  const money = arr !== undefined ? `${fmtMoney(arr)} ARR` : '';
  if (date) return `; renewal ${date.slice(0, 10)}${when}${money ? `, ${money}` : ''}`;
  return money ? `; ${money}` : '';
}

export function actionSentence(input: ActionInput): string {
  const { snapshot: s, root } = input;
  let openTickets = 0;
  for (const t of s.support?.tickets ?? []) if (!t.closedAt) openTickets += 1;
  const parts: Parts = {
    acct: s.name,
    due: input.dueDate,
    checkin: input.checkinDate,
    people: peopleOf(s),
    weak: root.dragging.slice(0, 2).map((d) => `${d.label} at ${d.score}/100`).join(' and '),
    features: ratio(s.usage?.featuresUsed, s.usage?.featuresAvailable, 'features'),
    seats: ratio(s.usage?.seatsActive, s.usage?.seatsPurchased, 'seats active'),
    openTickets,
  };
  const body = SENTENCES[input.play.key](parts);
  const who = input.play.owner === 'CSM' ? csmName(s.owner) : undefined;
  const lead = who ? `${who}: ${body}` : body.charAt(0).toUpperCase() + body.slice(1);
  const facts = input.trigger.evidence.map(clean).filter((e) => e.length > 0);
  const evidence = facts.length > 0 ? `; evidence: ${facts.join(' and ')}` : '';
  return `${lead}${evidence}${renewalClause(input.renewalDate, input.daysUntilRenewal, input.arr)}.`;
}
