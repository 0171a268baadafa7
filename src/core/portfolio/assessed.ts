/** Every account of a portfolio assessed once with one model: the input of the forecast and the dashboard. */
import { assess } from '../assess';
import type { HealthAssessment, Tier } from '../contract';
import type { CompiledModel } from '../model';
import { latestPerAccount, type PortfolioRecord } from './record';

export interface AssessedAccount {
  record: PortfolioRecord;
  assessment: HealthAssessment;
}

/** The latest snapshot of each account, assessed as of its own `asOf`. */
export function assessPortfolio(records: ReadonlyArray<PortfolioRecord>, model: CompiledModel): AssessedAccount[] {
  return latestPerAccount(records).map((record) => ({ record, assessment: assess(record.snapshot, model) }));
}

/** On track = thriving or healthy; the other two tiers are at risk (seed 000's green/yellow vs orange/red). */
export function isOnTrack(tier: Tier): boolean {
  return tier === 'thriving' || tier === 'healthy';
}
