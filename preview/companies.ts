/**
 * The preview's index: every customer company with the score and tier the
 * app last wrote, most urgent first (critical, then at risk, healthy,
 * thriving, then not yet scored; lowest score first within a tier).
 */
import { z } from 'zod';
import type { Tier } from '../src/core/contract';
import type { HubSpotConnection } from '../src/hubspot/contracts';
import { listCustomerCompanyIds } from '../src/hubspot/load';
import { batchRead } from '../src/hubspot/load/reads';
import type { Mapping } from '../src/hubspot/mapping';

export interface CompanyRow {
  id: string;
  name: string;
  score: number | null;
  tier: Tier | null;
  play: string | null;
}

const TIER_ORDER: Record<Tier, number> = { critical: 0, at_risk: 1, healthy: 2, thriving: 3 };
const TierValue = z.enum(['thriving', 'healthy', 'at_risk', 'critical']);
/** CRM numbers arrive as strings; anything that is not a number is "not scored". */
const ScoreValue = z.string().trim().min(1).transform(Number).pipe(z.number().finite());

export function byUrgency(a: CompanyRow, b: CompanyRow): number {
  const rank = (r: CompanyRow) => (r.tier ? TIER_ORDER[r.tier] : 4);
  return rank(a) - rank(b) || (a.score ?? 101) - (b.score ?? 101) || a.name.localeCompare(b.name);
}

export async function listScoredCompanies(conn: HubSpotConnection, mapping: Mapping): Promise<CompanyRow[]> {
  const ids = await listCustomerCompanyIds(conn, mapping);
  const { records } = await batchRead(conn, 'companies', ids, [mapping.company.name, 'che_health_score', 'che_health_tier', 'che_recommended_play']);
  return records.map((r) => {
    const score = ScoreValue.safeParse(r.properties.che_health_score ?? '');
    const tier = TierValue.safeParse(r.properties.che_health_tier ?? '');
    return {
      id: r.id,
      name: r.properties[mapping.company.name] ?? `Company ${r.id}`,
      score: score.success ? score.data : null,
      tier: tier.success ? tier.data : null,
      play: r.properties.che_recommended_play ?? null,
    };
  }).sort(byUrgency);
}

export const EXAMPLE_TIERS = ['critical', 'at_risk', 'thriving'] as const;
export type ExampleTier = (typeof EXAMPLE_TIERS)[number];

/**
 * One company per tier to show: the most urgent critical account, the at-risk
 * account nearest the middle of its band (50; one near a cut-off may be held
 * in its tier by hysteresis), and the healthiest thriving one.
 */
export function exampleCompanies(rows: readonly CompanyRow[]): Partial<Record<ExampleTier, CompanyRow>> {
  const sorted = [...rows].sort(byUrgency);
  const ofTier = (tier: Tier) => sorted.filter((r) => r.tier === tier);
  const picks: Array<[ExampleTier, CompanyRow | undefined]> = [
    ['critical', ofTier('critical')[0]],
    ['at_risk', [...ofTier('at_risk')].sort((a, b) => Math.abs((a.score ?? 0) - 50) - Math.abs((b.score ?? 0) - 50))[0]],
    ['thriving', ofTier('thriving').at(-1)],
  ];
  const out: Partial<Record<ExampleTier, CompanyRow>> = {};
  for (const [tier, row] of picks) if (row) out[tier] = row;
  return out;
}
