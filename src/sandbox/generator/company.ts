/**
 * The company record: firmographics, lifecycle stage, owner, customer-since
 * date, and the input properties of the product-analytics and billing syncs
 * with their history. A former customer (lost its last renewal) keeps its
 * record with lifecycle stage "other" and usage that went to zero.
 */
import { CITIES } from './names';
import type { AccountPlan } from './plan';
import type { Rng } from './prng';
import type { Sink, Value, Versions } from './sink';
import { DAY, isoInstant } from './time';
import { usageVersions } from './usage';

export const INDUSTRIES = [
  'COMPUTER_SOFTWARE', 'INFORMATION_TECHNOLOGY_AND_SERVICES', 'FINANCIAL_SERVICES', 'HOSPITAL_HEALTH_CARE', 'RETAIL',
  'MARKETING_AND_ADVERTISING', 'LOGISTICS_AND_SUPPLY_CHAIN', 'E_LEARNING', 'EDUCATION_MANAGEMENT', 'INSURANCE',
  'MANAGEMENT_CONSULTING', 'REAL_ESTATE', 'TELECOMMUNICATIONS', 'CONSUMER_GOODS', 'INTERNET', 'BANKING',
  'MEDICAL_DEVICES', 'NONPROFIT_ORGANIZATION_MANAGEMENT', 'HOSPITALITY', 'CONSTRUCTION',
] as const;

const SEASONAL_INDUSTRIES = new Set(['RETAIL', 'E_LEARNING', 'EDUCATION_MANAGEMENT', 'HOSPITALITY']);

const EMPLOYEES: Record<AccountPlan['segment'], [number, number]> = {
  enterprise: [1_500, 40_000], mid_market: [200, 1_500], smb: [15, 200], self_serve: [1, 25],
};

export interface CompanyIdentity {
  name: string;
  domain: string;
  ownerId: string;
}

export function buildCompany(rng: Rng, sink: Sink, plan: AccountPlan, who: CompanyIdentity, asOf: number): string {
  const industry = rng.pick(INDUSTRIES);
  // Seasonal usage belongs to seasonal industries (plus a few others the plan chose).
  if (SEASONAL_INDUSTRIES.has(industry) && rng.chance(0.4)) plan.seasonal = true;
  const [city, country] = rng.pick(CITIES);
  const [lo, hi] = EMPLOYEES[plan.segment];
  const employees = Math.round(Math.exp(rng.float(Math.log(lo), Math.log(hi))));
  const properties: Record<string, Value> = {
    name: who.name,
    domain: who.domain,
    industry,
    numberofemployees: employees,
    annualrevenue: Math.round((employees * rng.float(80_000, 250_000)) / 10_000) * 10_000,
    city,
    country,
    hubspot_owner_id: who.ownerId,
  };
  const versions: Record<string, Versions> = {};
  if (plan.kind === 'prospect') {
    properties.lifecyclestage = rng.pick(['lead', 'lead', 'marketingqualifiedlead', 'opportunity']);
    return sink.add('companies', { createdAt: plan.createdAt, properties });
  }
  const since = plan.customerSince!;
  properties.hs_lifecyclestage_customer_date = isoInstant(since);
  properties.che_segment = plan.segment;
  properties.che_features_available = plan.featuresAvailable;
  properties.che_discount_pct = plan.discountPct;
  properties.che_multi_year = plan.multiYear;
  properties.che_seasonal = plan.seasonal;
  const goals = plan.segment === 'self_serve' ? 0 : rng.int(plan.segment === 'smb' ? 0 : 2, 5);
  if (goals > 0) {
    properties.che_goals_defined = goals;
    properties.che_goals_achieved = Math.min(goals, Math.round(goals * plan.health.at(asOf) * rng.float(0.5, 1.1)));
    properties.che_roi_documented = plan.health.at(asOf) > 0.75 && rng.chance(0.5);
  }
  Object.assign(versions, usageVersions(rng.fork('usage'), plan, asOf));
  versions.lifecyclestage = [[plan.createdAt, 'opportunity'], [since, 'customer']];
  if (plan.churnedAt !== undefined) versions.lifecyclestage.push([plan.churnedAt + 2 * DAY, 'other']);
  return sink.add('companies', { createdAt: plan.createdAt, properties, versions });
}

/** Sets the company's "last contacted" roll-up once its engagements exist (HubSpot computes it the same way). */
export function setLastContacted(sink: Sink, companyId: string, at: number | undefined): void {
  if (at === undefined) return;
  const rec = sink.find('companies', companyId);
  if (rec) rec.properties.notes_last_contacted = isoInstant(at);
}
