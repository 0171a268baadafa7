/**
 * Which play to run (seed 002 step 5): the root cause (the dimensions dragging
 * the score, root-cause.ts) and the signals present pick one play from the
 * library. The rules are tried in order and the first match wins, so the most
 * specific, most time-critical trigger takes the account.
 *
 * | #  | when                                                                                           | play                        |
 * |----|------------------------------------------------------------------------------------------------|-----------------------------|
 * | 1  | a churn signal naming a competitor (executive_turnover_competitor, competitor_evaluation, …)    | competitive_defense         |
 * | 2  | champion_departure_usage_decline or usage_collapse_non_response, or critical with relationship  | executive_sponsor_alignment |
 * |    | the weakest cause                                                                              |                             |
 * | 3  | support_escalation_negative_sentiment, or support is the weakest cause                         | critical: emergency_technical_review, else support_recovery |
 * | 4  | budget_review_downgrade, or a financial cause with payment distress (delinquent, ≥ 30 days      | financial_restructure       |
 * |    | past due, or an unpaid disputed invoice)                                                       |                             |
 * | 5  | flat_renewal_discount_dependency, flags.downgradeRequested, or at_risk / critical with          | pricing_packaging_review    |
 * |    | financial the weakest cause                                                                    |                             |
 * | 6  | at_risk / critical with the champion gone (departed / changed role) and no active successor    | executive_sponsor_alignment |
 * | 7  | healthy / at_risk, adoption the weakest cause (clear, when at_risk) or feature_stagnation with  | feature_adoption_sprint     |
 * |    | nothing dragging, while engagement and satisfaction dimensions are all ≥ 60 (gaps pass)        |                             |
 * | 8  | critical with an adoption / value / usage cause; at_risk with one of them the clear root cause | value_realization_workshop  |
 * | 9  | single_threaded or qbr_decline below thriving, or at_risk with a relationship cause            | stakeholder_reengagement    |
 * | 10 | at_risk (no clear single root cause left)                                                      | custom_success_plan         |
 * | 11 | critical (no specific lever left: take it to the decision-maker)                               | executive_sponsor_alignment |
 * | 12 | healthy with any dimension below 50 or any churn signal                                        | proactive_health_check      |
 * | 13 | thriving / healthy with a strong expansion signal                                              | expansion_discovery         |
 * | 14 | thriving                                                                                       | advocacy_program            |
 * | 15 | healthy, nothing dragging, no strong signal (the routine of seed 000 for healthy accounts)     | success_optimization_review |
 *
 * Choices beyond the seed's literal triggers, and why:
 * - Competitor signals win at any tier: seed 002 calls them "elevated churn risk
 *   regardless of individual dimension scores", and the play's clock is 48 hours.
 * - Usage collapse + non-response goes to executive alignment: the CSM's outreach
 *   is already unanswered, so the next step is executive-to-executive.
 * - A clear single root cause is the weakest cause, alone or ≥ 15 points below
 *   the next (CLEAR_CAUSE_MARGIN); otherwise at_risk gets the custom success plan.
 * - In a critical account most dimensions drag, so "a relationship cause" means
 *   the weakest one; otherwise rule 2 would swallow every critical account.
 * - A champion gone with no successor (read from the stakeholder records, rule 6)
 *   comes after the support / financial / pricing rules: a measured root cause
 *   outranks a record; the compound signal (rule 2) still comes first.
 * - Thriving accounts skip the medium relationship signals (rule 9) and go on
 *   to expansion or advocacy, which widen the relationship anyway.
 * - Critical accounts always get a play: with no specific lever (an override, or
 *   a satisfaction-only cause) the decision-maker meeting is the save attempt.
 * - Healthy accounts with a churn signal but no weak dimension get the health
 *   check (seed 002's "Early Warning Watchlist"), not silence.
 */
import type { AccountSnapshot, ChurnSignal, DimensionAssessment, ExpansionSignal, Tier } from '../contract';
import { fmtNum } from '../scale';
import { sortInPlace } from '../sort';
import type { PlayKey } from './library';
import { PLAY_LIBRARY } from './library';
import { quotesOf, type Quotes } from '../dimensions/quotes';
import { adequate, rootCauseOf, type Cause, type Dragging, type RootCause } from './root-cause';

/** Engagement and satisfaction count as "adequate" for an adoption sprint at or above this. */
export const ADEQUATE_SCORE = 60;
/** Days past due that make payment delinquency (seed 002 billing red flag: "30+ days past due"). */
export const DELINQUENT_DAYS_PAST_DUE = 30;

export interface ChooseInput {
  snapshot: AccountSnapshot;
  tier: Tier;
  /** The score in force, quoted in the reason when the tier itself is the trigger. */
  score?: number;
  dimensions: ReadonlyArray<DimensionAssessment>;
  /** The lines noted while scoring, aligned with `dimensions` (read from the evidence when absent). */
  quotes?: ReadonlyArray<Quotes>;
  churn: ReadonlyArray<ChurnSignal>;
  expansion: ReadonlyArray<ExpansionSignal>;
}

/** The fact that set the play off: a signal, a dimension, or the account's state. */
export interface Trigger {
  kind: 'signal' | 'dimension' | 'account';
  key: string;
  /** Human name, e.g. "Champion departure + usage decline" or "Support Ticket Volume 32/100". */
  label: string;
  /** The facts behind it, with the actual numbers and dates. */
  evidence: string[];
}

export interface Choice {
  key: PlayKey;
  /** Why the rule matched, in words. */
  why: string;
  trigger: Trigger;
  root: RootCause;
}

interface Facts extends ChooseInput {
  root: RootCause;
  signal(key: string): ChurnSignal | undefined;
}

type Hit = { why: string; trigger: Trigger } | null;
type Rule = { play: PlayKey | ((f: Facts) => PlayKey); when: (f: Facts) => Hit };

const fromSignal = (s: ChurnSignal | ExpansionSignal): Trigger => ({
  kind: 'signal', key: s.key, label: s.label ?? s.key.replace(/_/g, ' '), evidence: s.evidence.slice(0, 2),
});

const fromDimension = (d: Dragging): Trigger => ({
  kind: 'dimension', key: d.key, label: `${d.label} ${d.score}/100`, evidence: d.evidence ? [d.evidence] : [],
});

const fromAccount = (key: string, label: string, evidence: string[]): Trigger => ({ kind: 'account', key, label, evidence });

function signalHit(s: ChurnSignal | ExpansionSignal | undefined, what: string): Hit {
  if (!s) return null;
  const level = 'severity' in s ? `${s.severity}-severity` : `${s.strength}`;
  const trigger = fromSignal(s);
  return { why: `${trigger.label} (${level} ${what})`, trigger };
}

function firstSignal(f: Facts, keys: ReadonlyArray<string>): ChurnSignal | undefined {
  return f.churn.find((s) => keys.includes(s.key));
}

function dragOf(f: Facts, causes: ReadonlyArray<Cause>): Dragging | undefined {
  return f.root.dragging.find((d) => causes.includes(d.cause));
}

function causeHit(d: Dragging | undefined, why: string): Hit {
  return d ? { why: `${d.label} ${d.score}/100 ${why}`, trigger: fromDimension(d) } : null;
}

function weakestIs(f: Facts, causes: ReadonlyArray<Cause>, mustBeClear: boolean): Dragging | undefined {
  const first = f.root.dragging[0];
  if (!first || !causes.includes(first.cause) || (mustBeClear && !f.root.clear)) return undefined;
  return first;
}

const isTier = (f: Facts, ...tiers: Tier[]): boolean => tiers.includes(f.tier);

/** "Label 72/100: first evidence" for the scored dimensions, lowest first (or highest first). */
function scoredFacts(f: Facts, order: 'lowest' | 'highest', n: number): string[] {
  // A stable sort keeps the model's order among equal scores.
  const sign = order === 'lowest' ? 1 : -1;
  const scored: Array<{ d: DimensionAssessment; i: number }> = [];
  f.dimensions.forEach((d, i) => {
    if (d.score !== null) scored.push({ d, i });
  });
  return sortInPlace(scored, (a, b) => sign * ((a.d.score as number) - (b.d.score as number)))
    .slice(0, n)
    .map(({ d, i }) => {
      // The first line that is not a red flag, else the first line, unprefixed.
      const { firstNotRed, first } = f.quotes?.[i] ?? quotesOf(d.evidence);
      const quoted = firstNotRed ?? first;
      return `${d.label} ${d.score}/100${quoted ? `: ${quoted}` : ''}`;
    });
}

/** The champion is gone (departed or moved role) and nobody active holds the role. */
function championLost(s: AccountSnapshot): Trigger | null {
  const champions = (s.stakeholders ?? []).filter((p) => p.role === 'champion');
  const gone = champions.find((p) => p.status === 'departed' || p.status === 'changed_role');
  if (!gone || champions.some((p) => p.status === 'active' || p.status === 'promoted' || p.status === 'new')) return null;
  const who = `${gone.name}${gone.title ? ` (${gone.title})` : ''}`;
  const when = gone.since ? ` on ${gone.since.slice(0, 10)}` : '';
  const what = gone.status === 'departed' ? 'departed' : 'changed role';
  return fromAccount('champion_lost', 'Champion gone with no successor', [`champion ${who} ${what}${when} and no active champion is on record`]);
}

/** Payment delinquency or a pricing dispute: the financial restructure trigger. */
function paymentDistress(s: AccountSnapshot): string[] {
  const b = s.billing;
  if (!b) return [];
  const out: string[] = [];
  if (b.paymentStatus === 'delinquent' || (b.daysPastDue ?? 0) >= DELINQUENT_DAYS_PAST_DUE) {
    out.push(`payment ${b.paymentStatus ?? 'overdue'}${b.daysPastDue !== undefined ? `, ${fmtNum(b.daysPastDue)} days past due` : ''}`);
  }
  for (const inv of b.invoices ?? []) {
    if (inv.disputed && !inv.paidDate) out.push(`invoice due ${inv.dueDate.slice(0, 10)} disputed and unpaid`);
  }
  return out;
}

const RULES: ReadonlyArray<Rule> = [
  {
    play: 'competitive_defense',
    when: (f) => signalHit(f.churn.find((s) => s.key.includes('competitor')), 'signal: a competitor is in play'),
  },
  {
    play: 'executive_sponsor_alignment',
    when: (f) => {
      const hit = signalHit(firstSignal(f, ['champion_departure_usage_decline', 'usage_collapse_non_response']), 'signal');
      if (hit) return hit;
      return isTier(f, 'critical')
        ? causeHit(weakestIs(f, ['relationship'], false), 'is the weakest dimension of a likely-to-churn account: the relationship needs an executive reset')
        : null;
    },
  },
  {
    play: (f) => (isTier(f, 'critical') ? 'emergency_technical_review' : 'support_recovery'),
    when: (f) => signalHit(f.signal('support_escalation_negative_sentiment'), 'signal')
      ?? causeHit(weakestIs(f, ['support'], false), 'is the weakest dimension: the support relationship is the root cause'),
  },
  {
    play: 'financial_restructure',
    when: (f) => {
      const hit = signalHit(f.signal('budget_review_downgrade'), 'signal');
      if (hit) return hit;
      const fin = dragOf(f, ['financial']);
      const distress = fin ? paymentDistress(f.snapshot) : [];
      if (!fin || distress.length === 0) return null;
      return {
        why: `${fin.label} ${fin.score}/100 drags with payment distress (${distress.join('; ')})`,
        trigger: { ...fromDimension(fin), evidence: [...distress, ...(fin.evidence ? [fin.evidence] : [])].slice(0, 2) },
      };
    },
  },
  {
    play: 'pricing_packaging_review',
    when: (f) => {
      const hit = signalHit(f.signal('flat_renewal_discount_dependency'), 'signal');
      if (hit) return hit;
      if (f.snapshot.flags?.downgradeRequested) {
        return { why: 'the client requested a downgrade', trigger: fromAccount('downgrade_requested', 'Downgrade requested', ['the client requested a downgrade']) };
      }
      return isTier(f, 'critical', 'at_risk')
        ? causeHit(weakestIs(f, ['financial'], false), 'is the weakest dimension: price and value are out of line')
        : null;
    },
  },
  {
    play: 'executive_sponsor_alignment',
    when: (f) => {
      const lost = isTier(f, 'critical', 'at_risk') ? championLost(f.snapshot) : null;
      return lost ? { why: `the champion is gone with no successor on a${f.tier === 'at_risk' ? 'n at-risk' : ' likely-to-churn'} account`, trigger: lost } : null;
    },
  },
  {
    play: 'feature_adoption_sprint',
    when: (f) => {
      if (!isTier(f, 'healthy', 'at_risk')) return null;
      if (!adequate(f.dimensions, 'usage', ADEQUATE_SCORE) || !adequate(f.dimensions, 'satisfaction', ADEQUATE_SCORE)) return null;
      const adoption = causeHit(weakestIs(f, ['adoption'], f.tier === 'at_risk'), 'is the weakest dimension while engagement and satisfaction are adequate (≥ 60)');
      if (adoption) return adoption;
      return f.root.dragging.length === 0 ? signalHit(f.signal('feature_stagnation'), 'signal while engagement and satisfaction are adequate') : null;
    },
  },
  {
    play: 'value_realization_workshop',
    when: (f) => {
      if (isTier(f, 'critical')) return causeHit(dragOf(f, ['adoption', 'value', 'usage']), 'drags a likely-to-churn account: the client is not seeing the value');
      if (isTier(f, 'at_risk')) return causeHit(weakestIs(f, ['adoption', 'value', 'usage'], true), 'is the clear root cause: the client is not seeing the value');
      return null;
    },
  },
  {
    play: 'stakeholder_reengagement',
    when: (f) => {
      const hit = isTier(f, 'thriving') ? null : signalHit(firstSignal(f, ['single_threaded', 'qbr_decline']), 'signal');
      if (hit) return hit;
      return isTier(f, 'at_risk') ? causeHit(dragOf(f, ['relationship']), 'drags: the relationship is too thin') : null;
    },
  },
  {
    play: 'custom_success_plan',
    when: (f) => {
      if (!isTier(f, 'at_risk')) return null;
      const weak = f.root.dragging;
      const first = weak[0];
      const band = f.score !== undefined ? `health score ${f.score} (40-59)` : 'health score 40-59';
      const why = first === undefined
        ? `${band} with no dimension below 50: no single root cause`
        : f.root.clear
          ? `${band}; ${first.label} ${first.score}/100 is the weakest dimension but no targeted play fits it`
          : `${band} with no clear single root cause (${weak.length} dimensions below 50 across ${f.root.causes.join(', ')})`;
      return {
        why,
        trigger: fromAccount('no_single_root_cause', 'No clear single root cause', scoredFacts(f, 'lowest', 2)),
      };
    },
  },
  {
    play: 'executive_sponsor_alignment',
    when: (f) => {
      if (!isTier(f, 'critical')) return null;
      const d = f.root.dragging[0];
      return d
        ? causeHit(d, 'drags a likely-to-churn account with no more specific play: take it to the decision-maker')
        : { why: 'likely to churn with no specific lever in the data: take it to the decision-maker', trigger: fromAccount('likely_to_churn', 'Likely to churn', scoredFacts(f, 'lowest', 1)) };
    },
  },
  {
    play: 'proactive_health_check',
    when: (f) => {
      if (!isTier(f, 'healthy')) return null;
      const d = f.root.dragging[0];
      if (d) return causeHit(d, `is ${f.root.dragging.length > 1 ? `one of ${f.root.dragging.length} dimensions` : 'a dimension'} below 50 on a healthy account`);
      return signalHit(f.churn[0], 'signal on a healthy account: an early warning');
    },
  },
  {
    play: 'expansion_discovery',
    when: (f) => (isTier(f, 'thriving', 'healthy') ? signalHit(f.expansion.find((s) => s.strength === 'strong'), 'expansion signal') : null),
  },
  {
    play: 'advocacy_program',
    when: (f) => (isTier(f, 'thriving')
      ? { why: 'thriving account: turn its success into advocacy', trigger: fromAccount('thriving', 'Thriving', f.expansion.find((s) => s.evidence.length > 0)?.evidence.slice(0, 1) ?? scoredFacts(f, 'highest', 1)) }
      : null),
  },
  {
    play: 'success_optimization_review',
    when: (f) => (isTier(f, 'healthy')
      ? { why: 'healthy account with nothing to fix: keep it growing with the seed 000 routine', trigger: fromAccount('healthy', 'Healthy', scoredFacts(f, 'lowest', 1)) }
      : null),
  },
];

export function choose(input: ChooseInput): Choice | null {
  const root = rootCauseOf(input.dimensions, input.quotes);
  // Built field by field: spreading the caller's object (a PlayInput carries more) was a
  // measurable share of choosing a play.
  const facts: Facts = {
    snapshot: input.snapshot,
    tier: input.tier,
    score: input.score,
    dimensions: input.dimensions,
    quotes: input.quotes,
    churn: input.churn,
    expansion: input.expansion,
    root,
    signal: (key) => input.churn.find((s) => s.key === key),
  };
  for (const rule of RULES) {
    const hit = rule.when(facts);
    if (!hit) continue;
    const key = typeof rule.play === 'function' ? rule.play(facts) : rule.play;
    return { key, why: `${hit.why}; seed trigger: "${PLAY_LIBRARY[key].trigger}"`, trigger: hit.trigger, root };
  }
  return null;
}
