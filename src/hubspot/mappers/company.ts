/**
 * Company record → the company-level parts of a snapshot: usage (with the
 * 30/60/90-days-ago values from property history), billing, outcomes, plan
 * facts, the CSM override and earlier health scores. Values are read "as of"
 * the scoring date: from history when the property has it, else the current value.
 */
import type { AccountSnapshot, Segment, Usage } from '../../core/contract';
import type { Mapping } from '../mapping/schema';
import { valueAt, type HsRecord } from './records';
import { bool, date, daysBetween, minusDays, num, oneOf, text, type ValueSource } from './values';

type CompanyParts = Pick<AccountSnapshot, 'customerSince' | 'owner' | 'seasonal' | 'multiProduct' | 'usage' | 'billing' | 'outcomes' | 'history' | 'override'> & {
  segmentProperty?: Segment;
  arrProperty?: number;
  lastContactAt?: string;
  communityActive?: boolean;
};

/** The value of `property` in force at `atIso`: history when present, else the current value (only when at = asOf). */
function rawAt(rec: HsRecord, property: string, atIso: string, asOf: string): string | null | undefined {
  const versions = rec.propertiesWithHistory?.[property];
  if (versions && versions.length > 0) return valueAt(versions, atIso)?.value ?? null;
  return atIso === asOf ? rec.properties[property] : undefined;
}

const count = { min: 0, int: true };
const amount = { min: 0 };

function defined<T extends object>(o: T): T | undefined {
  const entries = Object.entries(o).filter(([, v]) => v !== undefined && !(typeof v === 'object' && v !== null && Object.keys(v).length === 0));
  return entries.length > 0 ? (Object.fromEntries(entries) as T) : undefined;
}

function usageOf(rec: HsRecord, m: Mapping, asOf: string, src: ValueSource): Usage | undefined {
  const u = m.usage;
  const at = (field: keyof Mapping['usage'], daysAgo: number, opts = amount) => {
    const p = u[field]?.property;
    if (!p) return undefined;
    const when = daysAgo === 0 ? asOf : minusDays(asOf, daysAgo);
    return num(rawAt(rec, p, when, asOf), daysAgo === 0 ? p : `${p} (${daysAgo} days before ${asOf.slice(0, 10)})`, src, opts);
  };
  const window = (field: 'logins' | 'coreActions' | 'apiCalls') => defined({ last30: at(field, 0), prev30: at(field, 30) });
  const lastLogin = u.lastLoginAt ? date(rawAt(rec, u.lastLoginAt.property, asOf, asOf), u.lastLoginAt.property, src) : undefined;
  return defined<Usage>({
    dau: at('dau', 0),
    mau: at('mau', 0),
    seatsPurchased: at('seatsPurchased', 0, count),
    seatsActive: at('activeUsers', 0, count),
    featuresUsed: at('featuresUsed', 0, count),
    featuresAvailable: at('featuresAvailable', 0, count),
    featuresAdoptedLast180d: at('featuresAdoptedLast180d', 0, count),
    integrationsActive: at('integrationsActive', 0, count),
    activeUsers: defined({ now: at('activeUsers', 0), d30: at('activeUsers', 30), d60: at('activeUsers', 60), d90: at('activeUsers', 90) }),
    logins: window('logins'),
    coreActions: window('coreActions'),
    apiCalls: window('apiCalls'),
    dataExports30d: at('dataExports30d', 0, count),
    entitlementUsedPct: at('entitlementUsedPct', 0),
    billingPageVisits30d: at('billingPageVisits30d', 0, count),
    daysSinceLastLogin: lastLogin !== undefined && lastLogin <= asOf ? Math.floor(daysBetween(lastLogin, asOf)) : undefined,
  });
}

function overrideOf(rec: HsRecord, m: Mapping, asOf: string, src: ValueSource): AccountSnapshot['override'] {
  const o = m.override;
  if (!o) return undefined;
  const score = num(rec.properties[o.score], o.score, src, { min: 0, max: 100 });
  if (score === undefined) return undefined;
  const reason = text(rec.properties[o.reason])?.trim();
  if (!reason) {
    src.warnings.add(o.reason, `an override score of ${score} without a reason is ignored`);
    return undefined;
  }
  const expiresAt = date(rec.properties[o.expires], o.expires, src);
  if (expiresAt !== undefined && expiresAt < asOf) return undefined;
  const by = text(rec.properties[o.by]);
  return { score, reason, ...(expiresAt ? { expiresAt } : {}), ...(by ? { by } : {}) };
}

function historyOf(rec: HsRecord, m: Mapping, asOf: string, src: ValueSource): AccountSnapshot['history'] {
  const h = m.scoreHistory;
  if (!h) return undefined;
  const since = minusDays(asOf, h.windowDays);
  const out: { date: string; score: number }[] = [];
  for (const v of rec.propertiesWithHistory?.[h.property] ?? []) {
    if (v.timestamp > asOf || v.timestamp < since) continue;
    const score = num(v.value, `${h.property} (history at ${v.timestamp})`, src, { min: 0, max: 100 });
    const at = date(v.timestamp, `${h.property} history timestamp`, src);
    if (score !== undefined && at !== undefined) out.push({ date: at, score });
  }
  return out.length > 0 ? out.sort((a, b) => a.date.localeCompare(b.date)) : undefined;
}

export function companyParts(rec: HsRecord, m: Mapping, asOf: string, src: ValueSource): CompanyParts {
  const p = rec.properties;
  const c = m.company;
  const b = m.billing;
  const o = m.outcomes;
  const boolOf = (prop: string | null) => (prop ? bool(p[prop], prop, src) : undefined);
  const numOf = (prop: string | null, opts = amount) => (prop ? num(p[prop], prop, src, opts) : undefined);
  const parts: CompanyParts = {
    customerSince: date(p[c.customerSince], c.customerSince, src),
    owner: text(p[c.owner]),
    seasonal: boolOf(c.seasonal),
    multiProduct: boolOf(c.multiProduct),
    usage: usageOf(rec, m, asOf, src),
    billing: defined({
      paymentStatus: b.paymentStatus ? oneOf(p[b.paymentStatus.property], b.paymentStatus.values, b.paymentStatus.property, src) : undefined,
      daysPastDue: numOf(b.daysPastDue),
      discountPct: b.discountPct ? num(p[b.discountPct], b.discountPct, src, { min: 0, max: 100 }) : undefined,
      autoRenew: boolOf(b.autoRenew),
      multiYear: boolOf(b.multiYear),
    }),
    outcomes: defined({ goalsDefined: numOf(o.goalsDefined, count), goalsAchieved: numOf(o.goalsAchieved, count), roiDocumented: boolOf(o.roiDocumented) }),
    history: historyOf(rec, m, asOf, src),
    override: overrideOf(rec, m, asOf, src),
    segmentProperty: c.segment.property ? oneOf(p[c.segment.property], c.segment.values, c.segment.property, src) : undefined,
    arrProperty: numOf(c.arrProperty),
    lastContactAt: c.lastContacted ? date(p[c.lastContacted], c.lastContacted, src) : undefined,
    communityActive: boolOf(c.communityActive),
  };
  if (parts.lastContactAt !== undefined && parts.lastContactAt > asOf) delete parts.lastContactAt;
  return parts;
}

/** The segment from the property, else from the ARR bands. */
export function segmentOf(fromProperty: Segment | undefined, arr: number | undefined, m: Mapping): Segment | undefined {
  if (fromProperty) return fromProperty;
  if (arr === undefined) return undefined;
  return m.company.segment.arrBands.find((band) => arr >= band.minArr)?.segment;
}
