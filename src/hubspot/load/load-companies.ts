/**
 * loadCompanies: AccountSnapshots for companies in chunks, memory bounded by
 * the chunk. Per chunk:
 *  1. companies by batch read (50 per call: the usage and score properties
 *     come with history; everything else in the same call);
 *  2. associations v4 batch reads company → contacts, deals, tickets,
 *     feedback submissions, meetings, emails, notes (≤ 1,000 ids per call);
 *  3. the associated records inside the model's time window (see
 *     mapping/defaults.ts) by CRM search on `hs_object_id IN` the associated
 *     ids AND the window filter, 200 per page — a batch read would fetch the
 *     whole 400-day history 100 at a time; ≤ 100 ids of a type (one company:
 *     the card, recalculate, the workflow action) by one batch read with the
 *     window applied here instead, same records, off the 5-per-second search
 *     limit (windowed-read.ts);
 *  4. labeled contacts: the roles whose promotions matter by batch read with
 *     job-title history, the other labeled ones as in 3 (no window); unlabeled
 *     contacts only when created recently (new users);
 *  5. ticket → feedback submission associations for post-ticket CSAT.
 * Calls (HubSpot's roll-up `notes_last_contacted` stands in for them) are not read.
 */
import type { Stakeholder } from '../../core/contract';
import type { HubSpotConnection, LoadedCompany } from '../contracts';
import type { Mapping } from '../mapping/schema';
import { propertiesToRead } from '../mapping/properties';
import { roleOf } from '../mappers/stakeholders';
import { loadedCompany, type CompanyRecords, type PortalStages } from '../mappers/snapshot';
import type { HsRecord } from '../mappers/records';
import { minusDays } from '../mappers/values';
import { APP_PROPERTIES } from './app-properties';
import { batchRead, readAssociations, readLabels, readPipelineStages, type AssociationTarget, type Filter, type ReadProblem } from './reads';
import { READ_STRATEGIES, readInWindows, type ReadStrategy } from './windowed-read';

export interface LoadOptions {
  companyIds: string[];
  /** The date scored (ISO). Records after it are ignored; history gives values as of it. */
  asOf: string;
  /** Companies per chunk (default 1,000: one associations call per type per chunk). */
  chunkSize?: number;
  /** The app's own properties to return in `current` (default: DESIGN.md §3's output properties). */
  appProperties?: string[];
  /** Skip companies that are not customers per the mapping (default true). */
  customersOnly?: boolean;
  /**
   * How windowed associated records are read: 'search' (CRM search), 'batch'
   * (batch read, window applied client-side) or 'auto' (default: batch when a
   * type's ids fit one batch read, else search). Same records either way.
   */
  readStrategy?: ReadStrategy;
}

interface PortalContext {
  stages: PortalStages;
  /** contact → company USER_DEFINED type id → label text. */
  labels: Map<number, string>;
}

const ENGAGEMENT_TYPES = ['deals', 'tickets', 'feedback_submissions', 'meetings', 'emails', 'notes'] as const;
type LinkedType = (typeof ENGAGEMENT_TYPES)[number] | 'contacts';

export async function* loadCompanies(conn: HubSpotConnection, mapping: Mapping, opts: LoadOptions): AsyncGenerator<LoadedCompany[]> {
  if (!Number.isFinite(Date.parse(opts.asOf))) throw new Error(`loadCompanies: asOf must be an ISO-8601 date, got ${JSON.stringify(opts.asOf)}`);
  const asOf = new Date(Date.parse(opts.asOf)).toISOString();
  const chunkSize = opts.chunkSize ?? 1000;
  if (!Number.isInteger(chunkSize) || chunkSize < 1) throw new Error(`loadCompanies: chunkSize must be a positive integer, got ${chunkSize}`);
  const strategy = opts.readStrategy ?? 'auto';
  if (!READ_STRATEGIES.includes(strategy)) throw new Error(`loadCompanies: readStrategy must be one of ${READ_STRATEGIES.join(', ')}, got ${JSON.stringify(strategy)}`);
  const ids = [...new Set(opts.companyIds)];
  if (ids.length === 0) return;
  const ctx = await portalContext(conn, mapping);
  // One chunk is read ahead while the caller scores and writes the current
  // one: the rate limiter stays busy, and memory holds at most two chunks.
  let next: Promise<LoadedCompany[]> | undefined = loadChunk(conn, mapping, ctx, ids.slice(0, chunkSize), asOf, opts);
  for (let i = 0; next; i += chunkSize) {
    const current: Promise<LoadedCompany[]> = next;
    const after = i + chunkSize;
    next = after < ids.length ? loadChunk(conn, mapping, ctx, ids.slice(after, after + chunkSize), asOf, opts) : undefined;
    // A read-ahead that fails while the current chunk is consumed must not go unhandled.
    next?.catch(() => undefined);
    yield await current;
  }
}

async function portalContext(conn: HubSpotConnection, m: Mapping): Promise<PortalContext> {
  const [deals, tickets, labels] = [
    await readPipelineStages(conn, 'deals'),
    m.tickets.closedStages.length > 0 ? new Map() : await readPipelineStages(conn, 'tickets'),
    await readLabels(conn, 'contacts', 'companies'),
  ];
  return { stages: { deals, tickets }, labels };
}

const ms = (iso: string) => String(Date.parse(iso));
const gte = (propertyName: string, iso: string): Filter => ({ propertyName, operator: 'GTE', value: ms(iso) });

/** The window filters per type: alternatives (OR), each AND-ed with the id filter. */
function windows(m: Mapping, asOf: string): Record<(typeof ENGAGEMENT_TYPES)[number], Filter[][]> {
  return {
    deals: [[gte(m.deals.closeDate, minusDays(asOf, m.deals.windowDays))], [{ propertyName: 'hs_is_closed', operator: 'EQ', value: 'false' }]],
    tickets: [[gte('createdate', minusDays(asOf, m.tickets.windowDays))], [{ propertyName: m.tickets.closedDate, operator: 'NOT_HAS_PROPERTY' }]],
    feedback_submissions: [[gte(m.surveys.date, minusDays(asOf, m.surveys.windowDays))]],
    meetings: [[gte(m.meetings.date, minusDays(asOf, m.meetings.windowDays))]],
    emails: [[gte(m.emails.date, minusDays(asOf, m.emails.windowDays))]],
    notes: m.notes ? [[gte(m.notes.date, minusDays(asOf, Math.max(m.notes.windowDays, m.flags.windowDays)))]] : [],
  };
}

async function loadChunk(conn: HubSpotConnection, m: Mapping, ctx: PortalContext, ids: string[], asOf: string, opts: LoadOptions): Promise<LoadedCompany[]> {
  const appProperties = opts.appProperties ?? APP_PROPERTIES;
  const plan = propertiesToRead(m, appProperties);
  const problems: ReadProblem[] = [];
  const read = await batchRead(conn, 'companies', ids, plan.companies.properties, plan.companies.withHistory);
  const byId = new Map(read.records.map((r) => [r.id, r]));
  const out: LoadedCompany[] = [];
  for (const id of ids) {
    if (byId.has(id)) continue;
    const why = read.problems.find((p) => p.ids.includes(id))?.message ?? 'not returned by HubSpot';
    out.push({ companyId: id, name: `Company ${id}`, warnings: [], current: {}, error: `company ${id}: ${why}` });
  }
  const companies = read.records.filter((r) => !(opts.customersOnly ?? true) || m.customers.values.includes(r.properties[m.customers.property] ?? ''));
  if (companies.length === 0) return out;
  const companyIds = companies.map((c) => c.id);

  // Independent reads run side by side; the connection's limiter paces them.
  const linkedTypes = (['contacts', ...ENGAGEMENT_TYPES] as LinkedType[]).filter((t) => t !== 'notes' || m.notes);
  const links = new Map<LinkedType, Map<string, AssociationTarget[]>>(
    await Promise.all(linkedTypes.map(async (type) => [type, await readAssociations(conn, 'companies', type, companyIds, problems)] as const)),
  );
  const idsOf = (type: LinkedType) => [...new Set([...(links.get(type)?.values() ?? [])].flatMap((ts) => ts.map((t) => t.toId)))];

  const records = new Map<LinkedType, Map<string, HsRecord>>();
  const w = windows(m, asOf);
  const strategy = opts.readStrategy ?? 'auto';
  const [contacts] = await Promise.all([
    loadContacts(conn, m, ctx, links.get('contacts') ?? new Map(), plan.contacts, asOf, strategy, problems),
    ...ENGAGEMENT_TYPES.filter((t) => t !== 'notes' || m.notes).map(async (type) => {
      const res = await readInWindows(conn, type, idsOf(type), plan[type].properties, w[type], m.search, strategy);
      problems.push(...res.problems);
      records.set(type, new Map(res.records.map((r) => [r.id, r])));
    }),
  ]);
  const surveyTickets = new Map<string, string[]>();
  const ticketIds = [...(records.get('tickets')?.keys() ?? [])];
  if (m.surveys.ticketCsat && ticketIds.length > 0) {
    for (const [ticket, targets] of await readAssociations(conn, 'tickets', 'feedback_submissions', ticketIds, problems)) {
      for (const t of targets) surveyTickets.set(t.toId, [...(surveyTickets.get(t.toId) ?? []), ticket]);
    }
  }

  for (const company of companies) {
    const linked = (type: (typeof ENGAGEMENT_TYPES)[number]) =>
      (links.get(type)?.get(company.id) ?? []).flatMap((t) => records.get(type)?.get(t.toId) ?? []);
    const mine = new Set([...links.values()].flatMap((l) => (l.get(company.id) ?? []).map((t) => t.toId)));
    const bundle: CompanyRecords = {
      company,
      deals: linked('deals'),
      tickets: linked('tickets'),
      hasTickets: (links.get('tickets')?.get(company.id)?.length ?? 0) > 0,
      surveys: linked('feedback_submissions'),
      surveyTickets,
      meetings: linked('meetings'),
      emails: linked('emails'),
      notes: linked('notes'),
      contacts: (links.get('contacts')?.get(company.id) ?? []).flatMap((t) => contacts.get(t.toId)?.get(company.id) ?? []),
      problems: problems.filter((p) => p.ids.some((id) => mine.has(id) || id === company.id)).map((p) => p.message),
    };
    out.push(loadedCompany(bundle, m, ctx.stages, asOf, appProperties));
  }
  return out;
}

type ContactRole = { record: HsRecord; role: Stakeholder['role'] };

/** contact id → company id → the contact with its role at that company. */
async function loadContacts(
  conn: HubSpotConnection, m: Mapping, ctx: PortalContext, links: Map<string, AssociationTarget[]>,
  plan: { properties: string[]; withHistory: string[] }, asOf: string, strategy: ReadStrategy, problems: ReadProblem[],
): Promise<Map<string, Map<string, ContactRole[]>>> {
  const roles = new Map<string, Map<string, Stakeholder['role']>>();
  const unlabeled = new Set<string>();
  for (const [companyId, targets] of links) {
    for (const t of targets) {
      const labelTexts = [...t.labels, ...t.typeIds.flatMap((id) => ctx.labels.get(id) ?? [])];
      const role = roleOf(labelTexts, m);
      if (role) (roles.get(t.toId) ?? roles.set(t.toId, new Map()).get(t.toId)!).set(companyId, role);
      else unlabeled.add(t.toId);
    }
  }
  const withHistory = [...roles].filter(([, byCompany]) => [...byCompany.values()].some((r) => (m.stakeholders.promotionRoles as string[]).includes(r))).map(([id]) => id);
  const historySet = new Set(withHistory);
  const plain = [...roles.keys()].filter((id) => !historySet.has(id));
  const found: HsRecord[] = [];
  const [a, b] = await Promise.all([
    batchRead(conn, 'contacts', withHistory, plan.properties, plan.withHistory),
    readInWindows(conn, 'contacts', plain, plan.properties, [], m.search, strategy),
  ]);
  found.push(...a.records, ...b.records);
  problems.push(...a.problems, ...b.problems);
  const out = new Map<string, Map<string, ContactRole[]>>();
  for (const rec of found) {
    const byCompany = new Map<string, ContactRole[]>();
    for (const [companyId, role] of roles.get(rec.id) ?? []) byCompany.set(companyId, [{ record: rec, role }]);
    out.set(rec.id, byCompany);
  }
  const days = m.stakeholders.newContactDays;
  const fresh = days === null ? [] : [...unlabeled].filter((id) => !roles.has(id));
  if (fresh.length > 0 && days !== null) {
    const c = await readInWindows(conn, 'contacts', fresh, plan.properties, [[gte('createdate', minusDays(asOf, days))]], m.search, strategy);
    problems.push(...c.problems);
    const recent = new Map(c.records.map((r) => [r.id, r]));
    for (const [companyId, targets] of links) {
      for (const t of targets) {
        const rec = recent.get(t.toId);
        if (!rec) continue;
        const byCompany = out.get(rec.id) ?? out.set(rec.id, new Map()).get(rec.id)!;
        byCompany.set(companyId, [{ record: rec, role: 'user' }]);
      }
    }
  }
  return out;
}
