/**
 * Priority of a chosen play (seed 002 step 5: "assign priority based on ARR at
 * risk, renewal proximity, and signal severity").
 *
 * | step                                                        | effect          |
 * |-------------------------------------------------------------|-----------------|
 * | base by tier: critical / at_risk / healthy / thriving       | critical / high / medium / low |
 * | renewal within urgencyWindowDays (or already overdue)       | one level up    |
 * | any high-severity churn signal                              | one level up    |
 * | ARR at risk ≥ arrAtRiskEscalation                           | one level up    |
 * | result                                                      | capped at critical |
 *
 * Seed 002 behavioural rule 7: "Accounts renewing within 90 days receive
 * elevated priority regardless of health score. An At Risk account renewing in
 * 30 days is more urgent than a Likely to Churn account renewing in 9 months" —
 * so an at_risk account renewing in 45 days is critical. Every raise only ever
 * lifts the level, so worse inputs never lower the priority.
 */
import type { ChurnSignal, Priority, Tier } from '../contract';
import { fmtMoney, fmtNum } from '../scale';

const LEVELS: ReadonlyArray<Priority> = ['low', 'medium', 'high', 'critical'];

const BASE: Readonly<Record<Tier, Priority>> = {
  critical: 'critical',
  at_risk: 'high',
  healthy: 'medium',
  thriving: 'low',
};

export interface PriorityInput {
  tier: Tier;
  daysUntilRenewal: number | undefined;
  arrAtRisk: number | undefined;
  churn: ReadonlyArray<ChurnSignal>;
  urgencyWindowDays: number;
  arrAtRiskEscalation: number;
}

export interface PriorityResult {
  priority: Priority;
  /** Why the priority was raised above the tier's base, one phrase per raise. */
  raisedBy: string[];
}

export function priorityOf(input: PriorityInput): PriorityResult {
  const raisedBy: string[] = [];
  const days = input.daysUntilRenewal;
  if (days !== undefined && Number.isFinite(days) && days <= input.urgencyWindowDays) {
    raisedBy.push(days < 0
      ? `renewal overdue by ${fmtNum(-days)} days`
      : `renewal in ${fmtNum(days)} days (within ${fmtNum(input.urgencyWindowDays)})`);
  }
  const high = input.churn.filter((s) => s.severity === 'high');
  if (high.length > 0) raisedBy.push(`high-severity churn signal ${high.map((s) => s.key).join(', ')}`);
  if (input.arrAtRisk !== undefined && input.arrAtRisk >= input.arrAtRiskEscalation) {
    raisedBy.push(`${fmtMoney(input.arrAtRisk)} ARR at risk (≥ ${fmtMoney(input.arrAtRiskEscalation)})`);
  }
  const base = LEVELS.indexOf(BASE[input.tier]);
  const level = Math.min(LEVELS.length - 1, base + raisedBy.length);
  return { priority: LEVELS[level] ?? 'critical', raisedBy };
}
