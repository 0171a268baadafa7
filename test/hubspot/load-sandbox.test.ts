/**
 * The loader end to end: the real @hubspot/api-client against the sandbox
 * with a generated 200-company portfolio (plus one company carrying garbage
 * in two string-typed usage properties).
 */
import { assess, builtInModel } from '../../src/core';
import type { LoadedCompany } from '../../src/hubspot/contracts';
import { changedCompanyIds, listCustomerCompanyIds, loadCompanies } from '../../src/hubspot/load';
import { DEFAULT_MAPPING } from '../../src/hubspot/mapping';
import { generatePortfolio } from '../../src/sandbox/generator';
import { startSandbox, type RunningSandbox } from '../../src/sandbox/server';
import type { SandboxSeed, SeedRecord } from '../../src/sandbox/types';
import { sandboxConnection } from './load-harness';

const AS_OF = '2026-11-01T00:00:00.000Z';
const DAY = 86_400_000;
let clock = Date.parse('2026-11-02T00:00:00.000Z');

let sandbox: RunningSandbox;
let seed: SandboxSeed;
let garbageId: string;
let loaded: LoadedCompany[];
let customerIds: string[];
let chunkSizes: number[];

/** The seed with che_dau / che_mau redefined as text (as a sloppy sync might) and garbage written to one customer. */
function seedWithGarbage(): SandboxSeed {
  const s = generatePortfolio({ companies: 200, seed: 1, asOf: AS_OF });
  for (const def of s.customProperties.companies ?? []) {
    if (def.name === 'che_dau' || def.name === 'che_mau') Object.assign(def, { type: 'string', fieldType: 'text', options: undefined });
  }
  garbageId = s.truth.find((t) => t.trajectory === 'steady')!.companyId;
  const rec = s.records.companies!.find((r) => r.id === garbageId)!;
  rec.properties.che_dau = 'N/A';
  rec.properties.che_mau = '1,234';
  return s;
}

beforeAll(async () => {
  seed = seedWithGarbage();
  sandbox = await startSandbox({ seed, rateLimit: { perTenSeconds: 1e6, searchPerSecond: 1e6 }, now: () => clock });
  const conn = sandboxConnection(sandbox);
  customerIds = await listCustomerCompanyIds(conn, DEFAULT_MAPPING);
  loaded = [];
  chunkSizes = [];
  for await (const chunk of loadCompanies(conn, DEFAULT_MAPPING, { companyIds: customerIds, asOf: AS_OF, chunkSize: 80 })) {
    chunkSizes.push(chunk.length);
    loaded.push(...chunk);
  }
}, 300_000);

afterAll(() => sandbox?.stop());

/** The value in force at `at`, from the seed as the store keeps it: the history, plus the current value at updatedAt when the history does not end with it. */
function expectedAt(rec: SeedRecord, property: string, at: number): number | undefined {
  const versions = [...(rec.history?.[property] ?? [])];
  const current = rec.properties[property];
  if (current !== undefined && versions[versions.length - 1]?.value !== current) {
    versions.push({ value: current, timestamp: rec.updatedAt ?? rec.createdAt, sourceType: 'IMPORT' });
  }
  let value: string | undefined;
  for (const v of versions) if (Date.parse(v.timestamp) <= at) value = v.value;
  return value === undefined || value === '' ? undefined : Number(value);
}

function finiteEverywhere(value: unknown, path = '$'): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => finiteEverywhere(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => finiteEverywhere(v, `${path}.${k}`));
  return [];
}

describe('loadCompanies against the sandbox', () => {
  it('lists exactly the customer companies', () => {
    const customers = seed.records.companies!.filter((r) => r.properties.lifecyclestage === 'customer').map((r) => r.id).sort();
    expect([...customerIds].sort()).toEqual(customers);
    expect(customers.length).toBeGreaterThan(150);
  });

  it('every customer company yields a snapshot whose assessment has no NaN, in chunks of the requested size', () => {
    expect(loaded.map((l) => l.companyId).sort()).toEqual([...customerIds].sort());
    expect(chunkSizes.slice(0, -1).every((n) => n === 80)).toBe(true);
    expect(chunkSizes.length).toBe(Math.ceil(customerIds.length / 80));
    const failures = loaded.filter((l) => !l.snapshot).map((l) => l.error);
    expect(failures).toEqual([]);
    const model = builtInModel('renewal-7');
    for (const l of loaded) {
      const a = assess(l.snapshot!, model);
      expect(finiteEverywhere(a)).toEqual([]);
      expect(Number.isInteger(a.score)).toBe(true);
    }
  });

  it('active users now and 30/60/90 days ago come from the property history and match the seed', () => {
    let compared = 0;
    for (const l of loaded) {
      const rec = seed.records.companies!.find((r) => r.id === l.companyId)!;
      const au = l.snapshot!.usage?.activeUsers ?? {};
      const expected = Object.fromEntries(
        ([['now', 0], ['d30', 30], ['d60', 60], ['d90', 90]] as const)
          .map(([k, d]) => [k, expectedAt(rec, 'che_active_users', Date.parse(AS_OF) - d * DAY)])
          .filter(([, v]) => v !== undefined),
      );
      expect(au).toEqual(expected);
      if (expected.d90 !== undefined) compared++;
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('garbage values become data gaps plus warnings naming company and property; the chunk goes on', () => {
    const bad = loaded.find((l) => l.companyId === garbageId)!;
    expect(bad.snapshot).toBeDefined();
    expect(bad.snapshot!.usage?.dau).toBeUndefined();
    expect(bad.snapshot!.usage?.mau).toBe(1234);
    expect(bad.warnings).toContain(`company ${garbageId}: che_dau: 'N/A' is not a number`);
    const others = loaded.filter((l) => l.companyId !== garbageId);
    expect(others.every((l) => l.snapshot !== undefined)).toBe(true);
    expect(others.flatMap((l) => l.warnings)).toEqual([]);
  });

  it('reads stakeholder roles from the association labels, with departures and renewal deals', () => {
    const snaps = loaded.map((l) => l.snapshot!);
    const roles = new Set(snaps.flatMap((s) => s.stakeholders ?? []).map((s) => s.role));
    expect([...roles]).toEqual(expect.arrayContaining(['champion', 'executive_sponsor', 'decision_maker']));
    expect(snaps.some((s) => s.stakeholders?.some((x) => x.role === 'champion' && x.status === 'departed'))).toBe(true);
    for (const t of seed.truth.filter((x) => x.nextRenewal && customerIds.includes(x.companyId))) {
      const s = snaps.find((x) => x.id === t.companyId)!;
      expect({ arr: s.arr, renewalDate: s.renewalDate }).toEqual({ arr: t.nextRenewal!.amount, renewalDate: new Date(t.nextRenewal!.closeDate).toISOString() });
    }
  });
});

describe('changedCompanyIds against the sandbox', () => {
  it('finds the company of a ticket that changed, and nothing else', async () => {
    const conn = sandboxConnection(sandbox);
    clock = Date.parse('2026-11-05T00:00:00.000Z');
    const since = '2026-11-04T00:00:00.000Z';
    expect(await changedCompanyIds(conn, DEFAULT_MAPPING, since)).toEqual([]);
    const link = seed.associations.find((a) => a.fromType === 'tickets' && a.toType === 'companies')!;
    await conn.client.crm.tickets.basicApi.update(link.fromId, { properties: { hs_ticket_priority: 'URGENT' } });
    expect(await changedCompanyIds(conn, DEFAULT_MAPPING, since)).toEqual([link.toId]);
  });
});
