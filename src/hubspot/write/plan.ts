/** One company's planned write: the assessment's property values, diffed against what HubSpot holds. */
import type { HealthAssessment } from '../../core/contract';
import type { CompanyUpdate, LoadedCompany } from '../contracts';
import { assessmentProperties, OWNED_OUTPUT_PROPERTIES } from '../properties';
import { planChanges } from './plan-changes';

export function planUpdate(loaded: LoadedCompany, assessment: HealthAssessment, nowIso: string): CompanyUpdate | null {
  return planChanges({
    companyId: loaded.companyId,
    current: loaded.current,
    next: assessmentProperties(assessment),
    nowIso,
    owned: OWNED_OUTPUT_PROPERTIES,
  });
}
