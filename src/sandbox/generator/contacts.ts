/**
 * Contacts of an account with their stakeholder roles. Champion, executive
 * sponsor and decision maker carry association labels (one person may carry
 * two in small companies). Departures are marked the way a portal with a
 * job-change enrichment does it: `che_left_company` = "true" and
 * `che_left_company_at`, the label stays; promotions show in `jobtitle`
 * history; new stakeholders are contacts created recently.
 */
import { labelType, type LabelName } from './labels';
import { DEPARTMENTS, emailFor, personName, promotedTitle, TITLES } from './names';
import type { AccountPlan } from './plan';
import type { Rng } from './prng';
import type { Sink, Versions } from './sink';
import { DAY, isoInstant } from './time';

export type Role = keyof typeof TITLES;

export interface Person {
  id: string;
  firstName: string;
  role: Role;
  labels: LabelName[];
  title: string;
  createdAt: number;
  departedAt?: number;
}

export class People {
  constructor(readonly all: Person[]) {}

  /** Contacts working at the customer at `at`. */
  activeAt(at: number): Person[] {
    return this.all.filter((p) => p.createdAt <= at && (p.departedAt === undefined || p.departedAt > at));
  }

  /** The champion in place at `at` (the newest), else any active contact. */
  championAt(at: number): Person | undefined {
    const active = this.activeAt(at);
    return active.filter((p) => p.labels.includes('champion')).pop() ?? active[0];
  }

  /** Whoever a CSM would write to at `at`, including someone who has left (the email then bounces). */
  addresseeAt(rng: Rng, at: number): Person | undefined {
    const known = this.all.filter((p) => p.createdAt <= at);
    const champ = known.filter((p) => p.labels.includes('champion')).pop();
    if (champ && rng.chance(0.6)) return champ;
    return known.length > 0 ? rng.pick(known) : undefined;
  }
}

const COUNT: Record<AccountPlan['segment'], [number, number]> = {
  enterprise: [7, 15], mid_market: [4, 8], smb: [3, 5], self_serve: [3, 3],
};

export function buildContacts(rng: Rng, sink: Sink, plan: AccountPlan, companyId: string, domain: string, ownerId: string, asOf: number): People {
  const emails = new Set<string>();
  const e = plan.events;
  const joined = plan.customerSince ?? plan.createdAt;
  const people: Person[] = [];
  const small = plan.segment === 'smb' || plan.segment === 'self_serve';
  const roles: { role: Role; labels: LabelName[] }[] = [{ role: 'champion', labels: ['champion'] }];
  if (!small || rng.chance(0.6)) {
    roles.push(small && rng.chance(0.5)
      ? { role: 'executive_sponsor', labels: ['executive_sponsor', 'decision_maker'] }
      : { role: 'executive_sponsor', labels: ['executive_sponsor'] }, { role: 'decision_maker', labels: ['decision_maker'] });
  } else roles.push({ role: 'decision_maker', labels: ['decision_maker'] });
  if (!small) roles.push({ role: 'admin', labels: [] });
  const [lo, hi] = COUNT[plan.segment];
  const total = Math.max(roles.length, rng.int(lo, hi));
  while (roles.length < total) roles.push({ role: 'user', labels: [] });

  const add = (role: Role, labels: LabelName[], wanted: number, opts: { departedAt?: number; promotedAt?: number; department?: string } = {}): Person => {
    const createdAt = Math.min(wanted, asOf - DAY);
    const { first, last } = personName(rng);
    const title = opts.department ? `${opts.department} ${rng.pick(['Manager', 'Lead', 'Director'])}` : rng.pick(TITLES[role]);
    const versions: Record<string, Versions> = {};
    if (opts.promotedAt !== undefined) versions.jobtitle = [[createdAt, title], [opts.promotedAt, promotedTitle(title)]];
    if (opts.departedAt !== undefined) versions.che_left_company = [[createdAt, false], [opts.departedAt, true]];
    const id = sink.add('contacts', {
      createdAt,
      properties: {
        firstname: first, lastname: last, email: emailFor(first, last, domain, emails),
        jobtitle: opts.promotedAt === undefined ? title : undefined,
        lifecyclestage: plan.kind === 'prospect' ? 'lead' : 'customer',
        hubspot_owner_id: ownerId,
        hs_lead_status: plan.kind === 'prospect' ? rng.pick(['NEW', 'OPEN', 'IN_PROGRESS', 'CONNECTED']) : undefined,
        che_left_company_at: opts.departedAt === undefined ? undefined : isoInstant(opts.departedAt),
      },
      versions,
    });
    sink.associate('contacts', id, 'companies', companyId, labels.map(labelType));
    const person: Person = { id, firstName: first, role, labels, title, createdAt, departedAt: opts.departedAt };
    people.push(person);
    return person;
  };

  for (const { role, labels } of roles) {
    const createdAt = role === 'user' && rng.chance(0.4) ? joined + rng.int(10, Math.max(11, Math.round((asOf - joined) / DAY) - 1)) * DAY : joined - rng.int(0, 40) * DAY;
    const isChampion = role === 'champion';
    const isExec = role === 'executive_sponsor';
    add(role, labels, Math.min(createdAt, asOf - DAY), {
      departedAt: isChampion ? e.championDepartedAt : isExec ? e.execDepartedAt : undefined,
      promotedAt: isChampion && e.championDepartedAt === undefined ? e.championPromotedAt : undefined,
    });
  }
  // Occasional ordinary turnover among users: noise, not a warning.
  for (const p of people) {
    if (p.role === 'user' && p.departedAt === undefined && rng.chance(0.04)) markLeft(sink, p, Math.min(asOf - DAY, p.createdAt + rng.int(60, 400) * DAY));
  }
  if (e.championReplacedAt !== undefined) add('champion', ['champion'], e.championReplacedAt);
  if (e.execDepartedAt !== undefined) add('executive_sponsor', ['executive_sponsor'], Math.min(asOf - DAY, e.execDepartedAt + rng.int(5, 30) * DAY));
  if (e.newDepartmentAt !== undefined) {
    const department = rng.pick(DEPARTMENTS);
    for (let i = rng.int(1, 3); i > 0; i--) add('user', [], e.newDepartmentAt + rng.int(0, 10) * DAY, { department });
  }
  return new People(people);
}

/** A later departure of an ordinary user: rewrites the record's departure fields. */
function markLeft(sink: Sink, p: Person, at: number): void {
  if (at <= p.createdAt) return;
  const rec = sink.find('contacts', p.id);
  if (!rec) return;
  p.departedAt = at;
  rec.properties.che_left_company = 'true';
  rec.properties.che_left_company_at = isoInstant(at);
  rec.history = { ...(rec.history ?? {}), che_left_company: [{ value: 'false', timestamp: rec.createdAt, sourceType: 'INTEGRATION' }] };
  rec.updatedAt = isoInstant(at);
}
