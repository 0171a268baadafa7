/**
 * The diff at the heart of the writer: which of the app's output properties
 * must change on one company. Pure, so a second run over unchanged data plans
 * nothing and makes no write at all.
 *
 * | rule                                   | why                                                        |
 * |----------------------------------------|------------------------------------------------------------|
 * | a value equal in meaning is not written | "72" vs "72.0", "" vs null, reordered multi-selects        |
 * | che_scored_at follows other changes     | stamping every company every run would write them all      |
 * | tier moved from a known tier → trio     | che_previous_tier, che_tier_change, che_tier_changed_at in the same update, so a workflow enrolling on the change sees all three |
 * | first tier ever (no previous) → no trio | nothing "changed"; workflows would fire on a first scoring |
 * | only owned properties, never overrides  | a bug here must not clobber a CSM's data: it throws        |
 */
import type { Tier } from '../../core/contract';
import type { CompanyUpdate } from '../contracts';
import { sameValue } from './same-value';

/** Worst to best: moving right is an improvement. */
export const TIER_ORDER: readonly Tier[] = ['critical', 'at_risk', 'healthy', 'thriving'];

export const SCORED_AT = 'che_scored_at';
export const HEALTH_TIER = 'che_health_tier';
export const TIER_CHANGE_PROPERTIES = ['che_previous_tier', 'che_tier_change', 'che_tier_changed_at'] as const;
/** CSM-owned inputs: read, honoured by the core, never written by the app. */
export const OVERRIDE_PREFIX = 'che_override_';

export interface PlanInput {
  companyId: string;
  /** Our properties as HubSpot holds them now. */
  current: Readonly<Record<string, string | null>>;
  /** The values the latest assessment gives (HubSpot strings). */
  next: Readonly<Record<string, string>>;
  /** The run's instant: che_scored_at and che_tier_changed_at. */
  nowIso: string;
  /** Every property the app may write. */
  owned: readonly string[];
}

const isTier = (v: string | null | undefined): v is Tier => v !== null && v !== undefined && (TIER_ORDER as readonly string[]).includes(v.trim());

function tierChange(previous: string | null | undefined, next: string | undefined, nowIso: string): Record<string, string> {
  if (next === undefined || !isTier(previous) || !isTier(next)) return {};
  const from = previous.trim() as Tier;
  if (from === next) return {};
  return {
    che_previous_tier: from,
    che_tier_change: TIER_ORDER.indexOf(next) > TIER_ORDER.indexOf(from) ? 'improved' : 'declined',
    che_tier_changed_at: nowIso,
  };
}

export function assertOwned(companyId: string, properties: Record<string, string>, owned: readonly string[]): void {
  const allowed = new Set(owned);
  for (const name of Object.keys(properties)) {
    if (name.startsWith(OVERRIDE_PREFIX)) {
      throw new Error(`writer: refusing to write ${name} on company ${companyId}: CSM overrides are never written by the app`);
    }
    if (!allowed.has(name)) {
      throw new Error(`writer: refusing to write ${name} on company ${companyId}: not one of the app's output properties`);
    }
  }
}

export function planChanges(input: PlanInput): CompanyUpdate | null {
  const { companyId, current, next, nowIso } = input;
  const changed: Record<string, string> = {};
  for (const [name, value] of Object.entries(next)) {
    if (name === SCORED_AT || (TIER_CHANGE_PROPERTIES as readonly string[]).includes(name)) continue;
    if (!sameValue(name, current[name], value)) changed[name] = value;
  }
  if (Object.keys(changed).length === 0) return null;
  const properties = { ...changed, [SCORED_AT]: nowIso, ...tierChange(current[HEALTH_TIER], changed[HEALTH_TIER], nowIso) };
  assertOwned(companyId, properties, input.owned);
  return { companyId, properties };
}
