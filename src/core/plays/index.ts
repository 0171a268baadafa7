/**
 * Step 5 of seed 002, "Generate Interventions": pick the play for an account
 * (choose.ts), give it a priority (priority.ts), an owner, a due date counted
 * in business days from the date scored, a one-sentence action naming the
 * account's specifics (action.ts), the seed's success metric, the reason (root
 * cause and signals) and what is lost if it slips.
 *
 * The due date never falls after a renewal that is still ahead: a play due
 * after the renewal it is meant to save would be useless, so it is pulled in
 * to the renewal date.
 */
import type { AccountSnapshot, ChurnSignal, DimensionAssessment, ExpansionSignal, Play, Tier } from '../contract';
import type { Quotes } from '../dimensions/quotes';
import { addBusinessDays, daysBetween, isoDay, toMs } from '../dates';
import { fmtMoney } from '../scale';
import { actionSentence } from './action';
import { choose, type Choice } from './choose';
import { PLAY_LIBRARY, SUCCESS_PLAN_FIRST_CHECKIN_BUSINESS_DAYS, type PlayDefinition, type PlayKey } from './library';
import { priorityOf, type PriorityResult } from './priority';

export { PLAY_LIBRARY, PLAY_KEYS, type PlayDefinition, type PlayKey, type OwnerRole } from './library';
export { rootCauseOf, causeOf, type Cause, type RootCause } from './root-cause';
export { priorityOf } from './priority';

export interface PlayInput {
  snapshot: AccountSnapshot;          // for names: champion, owner, renewal date, ARR, product numbers
  asOfMs: number;                     // the date scored (ms)
  score: number; tier: Tier;          // score in force and its tier
  dimensions: DimensionAssessment[];  // renewal-7 or engine-5 keys; score null = data gap
  quotes?: ReadonlyArray<Quotes>;     // the lines each dimension's scoring noted for quoting
  churn: ChurnSignal[]; expansion: ExpansionSignal[];
  renewal: { date?: string; daysUntil?: number; arr?: number; arrAtRisk?: number };
  urgencyWindowDays: number;          // renewals closer than this raise priority
  arrAtRiskEscalation: number;        // ARR at risk at/above this raises priority
}

function dueDateOf(asOfMs: number, businessDays: number, renewalMs: number): string {
  const due = addBusinessDays(asOfMs, businessDays);
  if (Number.isFinite(renewalMs) && renewalMs > asOfMs) {
    const renewalDay = isoDay(renewalMs);
    if (renewalDay < due) return renewalDay;
  }
  return due;
}

function reasonOf(choice: Choice, input: PlayInput, priority: PriorityResult): string {
  const parts = [choice.why.charAt(0).toUpperCase() + choice.why.slice(1)];
  const dragging = choice.root.dragging;
  parts.push(dragging.length > 0
    ? `Dragging the score: ${dragging.map((d) => `${d.label} ${d.score}/100 (${d.cause})`).join(', ')}`
    : 'No scored dimension is below 50');
  if (input.churn.length > 0) parts.push(`Churn signals: ${input.churn.map((s) => `${s.key} (${s.severity})`).join(', ')}`);
  if (priority.raisedBy.length > 0) {
    // A critical tier starts at the top: the factors still matter for ranking, but raise nothing.
    parts.push(`${input.tier === 'critical' ? 'Urgency' : 'Priority raised by'} ${priority.raisedBy.join('; ')}`);
  }
  return `${parts.join('. ')}.`;
}

const VERDICT: Readonly<Record<Tier, string>> = {
  critical: 'likely lost',
  at_risk: 'at risk',
  healthy: 'could slip to At Risk',
  thriving: 'exposed',
};

/** Plays that grow a healthy account rather than save one: nothing is lost but upside. */
const GROWTH_PLAYS: ReadonlyArray<PlayKey> = ['expansion_discovery', 'advocacy_program'];

function riskIfDelayedOf(play: PlayDefinition, tier: Tier, date: string | undefined, arr: number | undefined, arrAtRisk: number | undefined): string {
  const head = play.riskIfDelayed.charAt(0).toUpperCase() + play.riskIfDelayed.slice(1);
  if (arr === undefined && !date) return `${head}.`;
  if (GROWTH_PLAYS.includes(play.key)) {
    return `${head} before the ${date ? `${date.slice(0, 10)} ` : ''}renewal${arr !== undefined ? ` of ${fmtMoney(arr)} ARR` : ''}.`;
  }
  const what = `${arr !== undefined ? `${fmtMoney(arr)} ARR` : 'the renewal'}${date ? ` renewing ${date.slice(0, 10)}` : ''}`;
  const expected = arrAtRisk !== undefined && arrAtRisk > 0 && tier !== 'thriving' ? ` (${fmtMoney(arrAtRisk)} expected loss)` : '';
  return `${head}; ${what} ${VERDICT[tier]}${expected}.`;
}

export function choosePlay(input: PlayInput): Play | null {
  const choice = choose(input);
  if (!choice) return null;
  const play = PLAY_LIBRARY[choice.key];

  const renewalDate = input.renewal.date ?? input.snapshot.renewalDate;
  const renewalMs = renewalDate ? toMs(renewalDate) : NaN;
  const daysUntil = input.renewal.daysUntil ?? (Number.isFinite(renewalMs) ? daysBetween(input.asOfMs, renewalMs) : undefined);
  const arr = input.renewal.arr ?? input.snapshot.arr;

  const priority = priorityOf({
    tier: input.tier,
    daysUntilRenewal: daysUntil,
    arrAtRisk: input.renewal.arrAtRisk,
    churn: input.churn,
    urgencyWindowDays: input.urgencyWindowDays,
    arrAtRiskEscalation: input.arrAtRiskEscalation,
  });
  const dueDate = dueDateOf(input.asOfMs, play.timelineBusinessDays, renewalMs);
  const checkinDate = dueDateOf(input.asOfMs, SUCCESS_PLAN_FIRST_CHECKIN_BUSINESS_DAYS, renewalMs);

  return {
    key: play.key,
    name: play.name,
    priority: priority.priority,
    owner: play.owner,
    dueDate,
    action: actionSentence({
      play, snapshot: input.snapshot, trigger: choice.trigger, root: choice.root,
      dueDate, checkinDate, renewalDate, daysUntilRenewal: daysUntil, arr,
    }),
    successMetric: play.successMetric,
    reason: reasonOf(choice, input, priority),
    riskIfDelayed: riskIfDelayedOf(play, input.tier, renewalDate, arr, input.renewal.arrAtRisk),
  };
}
