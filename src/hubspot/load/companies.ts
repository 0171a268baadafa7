/**
 * listCustomerCompanyIds and changedCompanyIds: which companies a run scores.
 */
import type { HubSpotConnection } from '../contracts';
import type { Mapping } from '../mapping/schema';
import { propertiesToRead } from '../mapping/properties';
import { OWNED_OUTPUT_PROPERTIES } from '../properties';
import { batchRead, readAssociations, searchIds, type ReadProblem } from './reads';

/** Every customer company id (search on the customer property, 200 per page, re-paged past the 10,000 cap). */
export async function listCustomerCompanyIds(conn: HubSpotConnection, mapping: Mapping): Promise<string[]> {
  const { property, values } = mapping.customers;
  const filter = values.length === 1 ? { propertyName: property, operator: 'EQ', value: values[0]! } : { propertyName: property, operator: 'IN', values };
  return searchIds(conn, 'companies', [filter]);
}

/** Objects whose changes can move a score, with the name of their last-modified property. */
export const CHANGE_SOURCES: [objectType: string, modifiedProperty: string][] = [
  ['tickets', 'hs_lastmodifieddate'],
  ['contacts', 'lastmodifieddate'],
  ['deals', 'hs_lastmodifieddate'],
  ['feedback_submissions', 'hs_lastmodifieddate'],
  ['meetings', 'hs_lastmodifieddate'],
  ['emails', 'hs_lastmodifieddate'],
  ['calls', 'hs_lastmodifieddate'],
  ['notes', 'hs_lastmodifieddate'],
];

export interface ChangedCompanies {
  companyIds: string[];
  /** Association read problems (not fatal). */
  problems: string[];
}

/**
 * Companies modified since `sinceIso`, plus the companies of every ticket,
 * contact, deal, feedback submission, meeting, email, call and note modified
 * since then (found by search, mapped through the associations v4 batch
 * read). Not filtered to customers: loadCompanies skips the others.
 */
export async function changedCompanyIds(conn: HubSpotConnection, mapping: Mapping, sinceIso: string): Promise<string[]> {
  return (await changedCompanies(conn, sinceIso, mapping)).companyIds;
}

/**
 * Of the companies modified since `since`, those where a property the model
 * reads changed — not only the app's own scores. A scoring run's writes
 * modify every company it rescored; without this, each incremental run would
 * rescore everything the previous run wrote. Property history says which
 * properties changed when (batch reads of 50 with propertiesWithHistory).
 * Without a mapping every modified company counts.
 */
async function changedByOthers(conn: HubSpotConnection, mapping: Mapping | undefined, ids: string[], since: number, problems: ReadProblem[]): Promise<string[]> {
  if (!mapping || ids.length === 0) return ids;
  const owned = new Set(OWNED_OUTPUT_PROPERTIES);
  const inputs = propertiesToRead(mapping).companies.properties.filter((p) => !owned.has(p));
  const read = await batchRead(conn, 'companies', ids, ['hs_object_id'], inputs);
  problems.push(...read.problems);
  const seen = new Set(read.records.map((r) => r.id));
  const changed = read.records.filter((r) => Object.values(r.propertiesWithHistory ?? {})
    .some((versions) => versions.some((v) => Date.parse(v.timestamp) >= since)));
  // A company the read did not return is kept: better one extra rescoring than a missed change.
  return [...changed.map((r) => r.id), ...ids.filter((id) => !seen.has(id))];
}

export async function changedCompanies(conn: HubSpotConnection, sinceIso: string, mapping?: Mapping): Promise<ChangedCompanies> {
  const since = Date.parse(sinceIso);
  if (!Number.isFinite(since)) throw new Error(`changedCompanyIds: since must be an ISO-8601 date, got ${JSON.stringify(sinceIso)}`);
  const gte = (propertyName: string) => [{ propertyName, operator: 'GTE', value: String(since) }];
  const problems: ReadProblem[] = [];
  const modified = await searchIds(conn, 'companies', gte('hs_lastmodifieddate'));
  const found = new Set(await changedByOthers(conn, mapping, modified, since, problems));
  for (const [type, modified] of CHANGE_SOURCES) {
    const ids = await searchIds(conn, type, gte(modified));
    for (const companyId of await companiesLinkedTo(conn, type, ids, problems)) found.add(companyId);
  }
  return { companyIds: [...found].sort(byNumericId), problems: problems.map((p) => p.message) };
}

/** The companies records of `objectType` are associated with (associations v4 batch read); read problems go to `problems`. */
export async function companiesLinkedTo(conn: HubSpotConnection, objectType: string, ids: string[], problems: ReadProblem[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const links = await readAssociations(conn, objectType, 'companies', ids, problems);
  return [...new Set([...links.values()].flatMap((targets) => targets.map((t) => t.toId)))];
}

export function byNumericId(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}
