/**
 * Labeled records scored with a model: the observations every backtest metric
 * reads. Lead time is measured from the snapshot's asOf to the renewal: the
 * earlier of the recorded outcome date and the contract renewal date (a flag
 * only counts as early if it came before both), in whole days.
 */
import { assess } from '../assess';
import { DAY_MS, toMs } from '../dates';
import type { Tier } from '../contract';
import type { CompiledModel } from '../model';
import type { PortfolioRecord, RenewalOutcome } from '../portfolio/record';
import type { Observation } from './metrics';

export interface LabeledInput {
  snapshot: PortfolioRecord['snapshot'];
  outcome: RenewalOutcome;
}

export interface ScoredOutcome extends Observation {
  id: string;
  arr: number;
  tier: Tier;
  /** Tier at_risk or critical: what a CSM would have been warned about. */
  flagged: boolean;
  /** Days from the snapshot to the renewal (see above). */
  leadDays: number;
}

export function leadDaysOf(record: LabeledInput): number {
  const ends = [toMs(record.outcome.date)];
  if (record.snapshot.renewalDate) ends.push(toMs(record.snapshot.renewalDate));
  return Math.floor((Math.min(...ends) - toMs(record.snapshot.asOf)) / DAY_MS);
}

export function toScoredOutcome(record: LabeledInput, risk: number, tier: Tier): ScoredOutcome {
  return {
    id: record.snapshot.id,
    risk,
    churned: !record.outcome.renewed,
    arr: record.snapshot.arr ?? 0,
    tier,
    flagged: tier === 'at_risk' || tier === 'critical',
    leadDays: leadDaysOf(record),
  };
}

export function scoreOutcomes(records: ReadonlyArray<LabeledInput>, model: CompiledModel): ScoredOutcome[] {
  return records.map((r) => {
    const a = assess(r.snapshot, model);
    return toScoredOutcome(r, a.renewalRisk, a.tier);
  });
}
