/**
 * What a company record holds now: the app's che_* values as last written,
 * the CSM's override, the owner, and the score history (property history of
 * the score and the tier), read in one call. CRM strings become numbers and
 * dates through the hubspot mappers' parsers; a bad value becomes null plus a
 * warning, never NaN.
 */
import { Tier } from '../../core/contract';
import type { HubSpotConnection } from '../../hubspot/contracts';
import type { Mapping } from '../../hubspot/mapping';
import { HsRecord, parseResponse, valueAt } from '../../hubspot/mappers/records';
import { date, num, text, Warnings, type ValueSource } from '../../hubspot/mappers/values';
import { HubSpotApiError } from '../../hubspot/connection';
import { notFound } from './errors';
import type { ScorePoint, StoredHealth } from './contract';

export const GET_COMPANY_ENDPOINT = 'GET /crm/v3/objects/companies/{companyId}';

/** The app's values the card shows (DESIGN.md §3 names). */
const STORED = {
  score: 'che_health_score',
  tier: 'che_health_tier',
  prediction: 'che_renewal_prediction',
  renewalRisk: 'che_renewal_risk',
  confidence: 'che_confidence',
  playKey: 'che_recommended_play',
  playPriority: 'che_play_priority',
  previousTier: 'che_previous_tier',
  tierChange: 'che_tier_change',
  tierChangedAt: 'che_tier_changed_at',
  scoredAt: 'che_scored_at',
  modelVersion: 'che_model_version',
} as const;

export interface StoredCompany {
  companyId: string;
  name: string;
  ownerId: string | null;
  stored: StoredHealth;
  history: ScorePoint[];
  warnings: string[];
}

function propertiesOf(m: Mapping): { properties: string[]; withHistory: string[] } {
  const o = m.override;
  const scoreProperty = m.scoreHistory?.property ?? STORED.score;
  return {
    properties: [...new Set([m.company.name, m.company.owner, ...Object.values(STORED), ...(o ? [o.score, o.reason, o.expires, o.by] : [])])],
    withHistory: [scoreProperty, STORED.tier],
  };
}

const tierOf = (raw: string | null | undefined): Tier | null => {
  const t = Tier.safeParse(raw ?? undefined);
  return t.success ? t.data : null;
};

export async function readStoredCompany(conn: HubSpotConnection, m: Mapping, companyId: string): Promise<StoredCompany> {
  const { properties, withHistory } = propertiesOf(m);
  let raw: unknown;
  try {
    // GET /crm/v3/objects/companies/{companyId}
    raw = await conn.calls.call(GET_COMPANY_ENDPOINT, () => conn.client.crm.companies.basicApi.getById(companyId, properties, withHistory));
  } catch (err) {
    if (err instanceof HubSpotApiError && err.status === 404) throw notFound(companyId);
    throw err;
  }
  const rec = parseResponse(HsRecord, raw, GET_COMPANY_ENDPOINT);
  return storedCompany(rec, m);
}

/** One company record (with history of score and tier) → what the card shows as stored. Pure. */
export function storedCompany(rec: HsRecord, m: Mapping): StoredCompany {
  const warnings = new Warnings(rec.id);
  const src: ValueSource = { warnings };
  const p = rec.properties;
  const str = (name: string) => text(p[name])?.trim() || null;
  const instant = (name: string) => date(p[name], name, src) ?? null;
  const score = num(p[STORED.score], STORED.score, src, { min: 0, max: 100 });
  const risk = num(p[STORED.renewalRisk], STORED.renewalRisk, src, { min: 0, max: 100 });
  const change = str(STORED.tierChange);
  const stored: StoredHealth = {
    score: score ?? null,
    tier: tierOf(p[STORED.tier]),
    prediction: str(STORED.prediction),
    renewalRisk: risk ?? null,
    confidence: str(STORED.confidence),
    playKey: str(STORED.playKey),
    playPriority: str(STORED.playPriority),
    previousTier: tierOf(p[STORED.previousTier]),
    tierChange: change === 'improved' || change === 'declined' ? change : null,
    tierChangedAt: instant(STORED.tierChangedAt),
    scoredAt: instant(STORED.scoredAt),
    modelVersion: str(STORED.modelVersion),
    override: overrideOf(rec, m, src),
  };
  return {
    companyId: rec.id,
    name: text(p[m.company.name])?.trim() || `Company ${rec.id}`,
    ownerId: str(m.company.owner),
    stored,
    history: historyOf(rec, m, src),
    warnings: warnings.list,
  };
}

/** The override as the CSM set it (in force or expired: the assessment says which applies). */
function overrideOf(rec: HsRecord, m: Mapping, src: ValueSource): StoredHealth['override'] {
  const o = m.override;
  if (!o) return null;
  const score = num(rec.properties[o.score], o.score, src, { min: 0, max: 100 });
  const reason = text(rec.properties[o.reason])?.trim();
  if (score === undefined || !reason) return null;
  const expires = date(rec.properties[o.expires], o.expires, src);
  return { score, reason, expiresAt: expires ? expires.slice(0, 10) : null, by: text(rec.properties[o.by])?.trim() || null };
}

/** Every recorded score, oldest first, with the tier in force at that instant. */
function historyOf(rec: HsRecord, m: Mapping, src: ValueSource): ScorePoint[] {
  const scoreProperty = m.scoreHistory?.property ?? STORED.score;
  const tiers = rec.propertiesWithHistory?.[STORED.tier];
  const out: ScorePoint[] = [];
  for (const v of rec.propertiesWithHistory?.[scoreProperty] ?? []) {
    if (v.value.trim() === '') continue; // a cleared score is a gap, not a point
    const score = num(v.value, `${scoreProperty} (history at ${v.timestamp})`, src, { min: 0, max: 100 });
    const at = date(v.timestamp, `${scoreProperty} history timestamp`, src);
    if (score === undefined || at === undefined) continue;
    const tier = tierOf(valueAt(tiers, at)?.value);
    out.push({ at, score, ...(tier ? { tier } : {}) });
  }
  return out.sort((a, b) => a.at.localeCompare(b.at));
}
