/**
 * One company's HubSpot records → LoadedCompany: the AccountSnapshot (checked
 * against the core's zod contract), the warnings for values that became data
 * gaps, and the app's current property values. Pure: no I/O.
 */
import { AccountSnapshot, type Stakeholder } from '../../core/contract';
import type { LoadedCompany } from '../contracts';
import type { Mapping } from '../mapping/schema';
import { emailOf, meetingOf, surveyOf, ticketOf } from './activities';
import { companyParts, segmentOf } from './company';
import { dealParts, type StageMeta } from './deals';
import { flagsOf, type DatedText } from './flags';
import type { HsRecord } from './records';
import { stakeholderOf } from './stakeholders';
import { date, text, Warnings } from './values';

export interface CompanyRecords {
  company: HsRecord;
  deals: HsRecord[];
  tickets: HsRecord[];
  /** true when the company has any ticket at all (then an empty window is a quiet account, not a gap). */
  hasTickets: boolean;
  surveys: HsRecord[];
  /** feedback submission id → the ticket ids it answers (post-ticket CSAT). */
  surveyTickets: Map<string, string[]>;
  meetings: HsRecord[];
  emails: HsRecord[];
  notes: HsRecord[];
  contacts: { record: HsRecord; role: Stakeholder['role'] }[];
  /** Read problems about this company's records (missing ids, malformed records). */
  problems: string[];
}

export interface PortalStages {
  deals: StageMeta;
  tickets: StageMeta;
}

export function loadedCompany(r: CompanyRecords, m: Mapping, stages: PortalStages, asOf: string, appProperties: string[]): LoadedCompany {
  const id = r.company.id;
  const warnings = new Warnings(id);
  for (const p of r.problems) warnings.list.push(`company ${id}: ${p}`);
  const name = text(r.company.properties[m.company.name])?.trim() || `Company ${id}`;
  const current: Record<string, string | null> = {};
  for (const p of appProperties) current[p] = r.company.properties[p] ?? null;
  const ownerId = text(r.company.properties[m.company.owner]);
  const base: LoadedCompany = { companyId: id, name, warnings: warnings.list, current, ...(ownerId ? { ownerId } : {}) };
  try {
    const snapshot = buildSnapshot(r, m, stages, asOf, warnings, name);
    const checked = AccountSnapshot.safeParse(snapshot);
    if (!checked.success) {
      const issue = checked.error.issues[0]!;
      return { ...base, error: `company ${id}: snapshot field ${issue.path.map(String).join('.')}: ${issue.message}` };
    }
    return { ...base, snapshot: checked.data };
  } catch (e) {
    return { ...base, error: `company ${id}: ${(e as Error).message}` };
  }
}

function buildSnapshot(r: CompanyRecords, m: Mapping, stages: PortalStages, asOf: string, warnings: Warnings, name: string): AccountSnapshot {
  const src = { warnings };
  const c = companyParts(r.company, m, asOf, src);
  const d = dealParts(r.deals, m, stages.deals, asOf, warnings);
  const arr = d.arr ?? c.arrProperty;

  const ticketCsat = new Map<string, number>();
  const surveys = [];
  for (const rec of r.surveys) {
    const s = surveyOf(rec, m, asOf, warnings);
    if (!s) continue;
    surveys.push(s);
    if (s.type === 'csat' && m.surveys.ticketCsat) for (const t of r.surveyTickets.get(rec.id) ?? []) ticketCsat.set(t, s.score);
  }
  const tickets = r.tickets.flatMap((t) => ticketOf(t, m, stages.tickets, asOf, warnings, ticketCsat.get(t.id)) ?? []);
  const meetings = r.meetings.flatMap((x) => meetingOf(x, m, asOf, warnings) ?? []);
  const emails = r.emails.flatMap((x) => emailOf(x, m, asOf, warnings) ?? []);
  const stakeholders = r.contacts.flatMap(({ record, role }) => stakeholderOf(record, role, m, asOf, warnings) ?? []);

  const texts: DatedText[] = [];
  const noteSrc = (id: string) => ({ warnings, record: `note ${id}` });
  if (m.notes) {
    for (const n of r.notes) {
      const at = date(n.properties[m.notes.date] ?? n.createdAt, m.notes.date, noteSrc(n.id));
      const body = text(n.properties[m.notes.body]);
      if (at && body) texts.push({ date: at, text: body });
    }
  }
  for (const e of r.emails) {
    if (!m.emails.inbound.includes(e.properties[m.emails.direction] ?? '')) continue;
    const at = date(e.properties[m.emails.date], m.emails.date, { warnings, record: `email ${e.id}` });
    const body = m.emails.text.map((p) => text(e.properties[p])).filter(Boolean).join('\n');
    if (at && body) texts.push({ date: at, text: body });
  }
  for (const t of tickets) if (t.text) texts.push({ date: t.createdAt, text: t.text });

  const lastContactAt = c.lastContactAt ?? latest([
    ...meetings.filter((x) => x.outcome === 'completed' && x.date <= asOf).map((x) => x.date),
    ...emails.map((x) => x.date),
  ]);
  const engagement = {
    ...(meetings.length ? { meetings: meetings.sort((a, b) => a.date.localeCompare(b.date)) } : {}),
    ...(emails.length ? { emails: emails.sort((a, b) => a.date.localeCompare(b.date)) } : {}),
    ...(lastContactAt ? { lastContactAt } : {}),
    ...(c.communityActive !== undefined ? { communityActive: c.communityActive } : {}),
  };
  const billing = c.billing || d.contractChanges ? { ...c.billing, ...(d.contractChanges ? { contractChanges: d.contractChanges } : {}) } : undefined;
  const segment = segmentOf(c.segmentProperty, arr, m);
  const flags = flagsOf(texts, m, asOf);

  const snap: AccountSnapshot = { id: r.company.id, name, asOf };
  if (segment) snap.segment = segment;
  if (arr !== undefined) snap.arr = arr;
  if (d.renewalDate) snap.renewalDate = d.renewalDate;
  if (c.customerSince) snap.customerSince = c.customerSince;
  if (c.owner) snap.owner = c.owner;
  if (c.seasonal !== undefined) snap.seasonal = c.seasonal;
  if (c.multiProduct !== undefined) snap.multiProduct = c.multiProduct;
  if (c.usage) snap.usage = c.usage;
  if (r.hasTickets || tickets.length > 0) snap.support = { tickets: tickets.sort((a, b) => a.createdAt.localeCompare(b.createdAt)) };
  if (surveys.length) snap.surveys = surveys.sort((a, b) => a.date.localeCompare(b.date));
  if (billing) snap.billing = billing;
  if (stakeholders.length) snap.stakeholders = stakeholders;
  if (Object.keys(engagement).length) snap.engagement = engagement;
  if (c.outcomes) snap.outcomes = c.outcomes;
  if (flags) snap.flags = flags;
  if (c.history) snap.history = c.history;
  if (c.override) snap.override = c.override;
  return snap;
}

function latest(dates: string[]): string | undefined {
  return dates.reduce<string | undefined>((a, b) => (a === undefined || b > a ? b : a), undefined);
}
