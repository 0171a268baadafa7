/**
 * How every job turns a loaded company into the assessment it writes: the
 * core's assessment, with the tier the company holds now kept while the score
 * stays near a cut-off (src/core/hysteresis.ts). Runs, the card's operations
 * and the workflow action all go through here, so they never disagree on a tier.
 */
import { assess } from '../core/assess';
import type { HealthAssessment } from '../core/contract';
import { applyTierHysteresis } from '../core/hysteresis';
import type { CompiledModel } from '../core/model';
import type { AccountSnapshot, LoadedCompany } from '../hubspot/contracts';

export function assessLoaded(loaded: LoadedCompany & { snapshot: AccountSnapshot }, model: CompiledModel): HealthAssessment {
  return applyTierHysteresis(assess(loaded.snapshot, model), loaded.current.che_health_tier, model.tiers);
}
