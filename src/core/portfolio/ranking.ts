/**
 * The priority action list: every account with a recommended play, ranked by
 * urgency, ARR and renewal proximity (seed 002 step 5 and behavioural rule 7).
 * Accounts are compared key by key; the first key that differs decides:
 *
 * | # | key                                                   | order                      |
 * |---|-------------------------------------------------------|----------------------------|
 * | 1 | play priority (already raised by renewal ≤ urgency window, high-severity signals and ARR at risk; plays/priority.ts) | critical → high → medium → low → no play |
 * | 2 | renewal inside URGENT_RENEWAL_DAYS (or overdue)       | inside first               |
 * | 3 | ARR at risk (ARR × renewal risk)                      | larger first (unknown = 0) |
 * | 4 | days until renewal                                    | sooner first (unknown last)|
 * | 5 | renewal risk                                          | higher first               |
 * | 6 | account name, then id                                 | alphabetical (stable)      |
 *
 * So an At Risk account renewing in 30 days outranks a Likely to Churn one
 * renewing in 9 months whenever their plays share a priority, and among equally
 * urgent accounts the one with more ARR at stake comes first.
 */
import type { HealthAssessment, Priority } from '../contract';
import { fmtMoney } from '../scale';

export const URGENT_RENEWAL_DAYS = 90;

const PRIORITY_RANK: Record<Priority, number> = { critical: 0, high: 1, medium: 2, low: 3 };

const priorityRank = (a: HealthAssessment): number => (a.play ? PRIORITY_RANK[a.play.priority] : 4);
const urgentRenewal = (a: HealthAssessment): boolean => a.renewal.daysUntil !== undefined && a.renewal.daysUntil <= URGENT_RENEWAL_DAYS;

export function compareUrgency(a: HealthAssessment, b: HealthAssessment): number {
  return (
    priorityRank(a) - priorityRank(b) ||
    Number(urgentRenewal(b)) - Number(urgentRenewal(a)) ||
    (b.renewal.arrAtRisk ?? 0) - (a.renewal.arrAtRisk ?? 0) ||
    (a.renewal.daysUntil ?? Infinity) - (b.renewal.daysUntil ?? Infinity) ||
    b.renewalRisk - a.renewalRisk ||
    (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
    (a.accountId < b.accountId ? -1 : a.accountId > b.accountId ? 1 : 0)
  );
}

/** Accounts most urgent first (a copy; the input is not reordered). */
export function rankByUrgency(assessments: ReadonlyArray<HealthAssessment>): HealthAssessment[] {
  return [...assessments].sort(compareUrgency);
}

export interface PriorityAction {
  rank: number;
  accountId: string;
  account: string;
  priority: Priority;
  play: string;
  action: string;
  owner: string;
  deadline: string;
  expectedOutcome: string;
  riskIfDelayed: string;
  reason?: string;
}

function riskIfDelayed(a: HealthAssessment): string {
  if (a.play?.riskIfDelayed) return a.play.riskIfDelayed;
  const parts = [
    a.renewal.arrAtRisk !== undefined ? `${fmtMoney(a.renewal.arrAtRisk)} ARR at risk` : '',
    a.renewal.daysUntil !== undefined ? (a.renewal.daysUntil < 0 ? `renewal ${-a.renewal.daysUntil} days overdue` : `renewal in ${a.renewal.daysUntil} days`) : '',
  ].filter(Boolean);
  return parts.length > 0 ? parts.join('; ') : `${a.renewalRisk}% chance of not renewing`;
}

export function priorityActions(assessments: ReadonlyArray<HealthAssessment>): PriorityAction[] {
  return rankByUrgency(assessments.filter((a) => a.play !== null)).map((a, i) => {
    const p = a.play!;
    return {
      rank: i + 1,
      accountId: a.accountId,
      account: a.name,
      priority: p.priority,
      play: p.name,
      action: p.action,
      owner: p.owner,
      deadline: p.dueDate,
      expectedOutcome: p.successMetric,
      riskIfDelayed: riskIfDelayed(a),
      ...(p.reason && { reason: p.reason }),
    };
  });
}
