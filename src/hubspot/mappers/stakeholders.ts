/**
 * Contacts with association labels → stakeholders. The role comes from the
 * label's NAME (Champion / Executive Sponsor / Decision Maker), resolved
 * through the portal's label definitions, never from fixed type ids. Status:
 * departed (left-company flag, dated), promoted (job title changed in the
 * promotion window), new (created recently), else active.
 */
import type { Stakeholder } from '../../core/contract';
import type { Mapping } from '../mapping/schema';
import type { HsRecord } from './records';
import { bool, date, minusDays, text, type Warnings } from './values';

type Role = Stakeholder['role'];
const ROLE_ORDER: Role[] = ['champion', 'executive_sponsor', 'decision_maker', 'admin', 'user'];

/** Label texts on an association → the highest-ranking mapped role; undefined when none is mapped. */
export function roleOf(labels: string[], m: Mapping): Role | undefined {
  const byName = new Map(Object.entries(m.stakeholders.labels).map(([k, v]) => [k.trim().toLowerCase(), v]));
  const roles = labels.flatMap((l) => byName.get(l.trim().toLowerCase()) ?? []);
  return ROLE_ORDER.find((r) => roles.includes(r as never));
}

export function stakeholderOf(rec: HsRecord, role: Role, m: Mapping, asOf: string, warnings: Warnings): Stakeholder | undefined {
  const s = m.stakeholders;
  const p = rec.properties;
  const src = { warnings, record: `contact ${rec.id}` };
  const createdAt = date(p.createdate ?? rec.createdAt, 'createdate', src);
  if (createdAt && createdAt > asOf) return undefined;
  const name = [text(p[s.firstName]), text(p[s.lastName])].filter(Boolean).join(' ') || text(p[s.email]) || `Contact ${rec.id}`;
  const out: Stakeholder = { name, role, status: 'active' };
  const title = text(p[s.title]) ?? latestTitle(rec, s.title, asOf);
  if (title) out.title = title;
  const lastActivity = s.lastActivity ? date(p[s.lastActivity], s.lastActivity, src) : undefined;
  if (lastActivity && lastActivity <= asOf) out.lastActivityAt = lastActivity;

  const left = s.leftCompany ? bool(p[s.leftCompany], s.leftCompany, src) : undefined;
  const leftAt = s.leftCompanyAt ? date(p[s.leftCompanyAt], s.leftCompanyAt, src) : undefined;
  if (left === true && (!leftAt || leftAt <= asOf)) {
    out.status = 'departed';
    if (leftAt) out.since = leftAt;
    return out;
  }
  const promotedAt = promotionAt(rec, s.title, minusDays(asOf, s.promotionWindowDays), asOf);
  if (promotedAt) {
    out.status = 'promoted';
    out.since = promotedAt;
  } else if (createdAt && s.newContactDays !== null && createdAt >= minusDays(asOf, s.newContactDays)) {
    out.status = 'new';
    out.since = createdAt;
  } else if (createdAt) {
    out.since = createdAt;
  }
  return out;
}

/** When the job title last changed to a different, non-empty value inside [since, asOf]. */
function promotionAt(rec: HsRecord, titleProperty: string, since: string, asOf: string): string | undefined {
  const versions = [...(rec.propertiesWithHistory?.[titleProperty] ?? [])].sort((a, b) => a.timestamp.localeCompare(b.timestamp));
  let previous: string | undefined;
  let changedAt: string | undefined;
  for (const v of versions) {
    if (v.timestamp > asOf) break;
    const value = v.value.trim();
    if (value !== '' && previous !== undefined && value !== previous && v.timestamp >= since) changedAt = new Date(Date.parse(v.timestamp)).toISOString();
    if (value !== '') previous = value;
  }
  return changedAt;
}

function latestTitle(rec: HsRecord, titleProperty: string, asOf: string): string | undefined {
  const versions = (rec.propertiesWithHistory?.[titleProperty] ?? []).filter((v) => v.timestamp <= asOf && v.value.trim() !== '');
  return versions.sort((a, b) => b.timestamp.localeCompare(a.timestamp))[0]?.value;
}
