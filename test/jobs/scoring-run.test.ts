/**
 * Scoring runs end to end: a generated sandbox portfolio, the real HubSpot
 * client, the loader, the core, the writer. The steps share one portal and run
 * in order, like a portal's life: a dry run, a first full run, a second one, a
 * ticket, garbage in a property, a CSM override.
 */
import { OWNED_OUTPUT_PROPERTIES } from '../../src/hubspot/properties';
import { runFull, runIncremental, runSingle, type RunSummary } from '../../src/jobs';
import { AS_OF, BATCH_UPDATE, startJobSandbox, type JobSandbox } from './harness';

jest.setTimeout(120_000);

const MINUTE = 60_000;
const REQUIRED = ['che_health_score', 'che_health_tier', 'che_renewal_risk'];
const OVERRIDES = ['che_override_score', 'che_override_reason', 'che_override_expires'];

let h: JobSandbox;
/** The dry run's planned values per company: what the first full run must write. */
let planned: Map<string, Record<string, string>>;

beforeAll(async () => {
  h = await startJobSandbox({ companies: 40, seed: 7 });
});
afterAll(() => h?.stop());

/** Every property of every company, as a comparable snapshot. */
function allValues(): Map<string, Record<string, string>> {
  return new Map(h.sandbox.store.list('companies').map((c) => [c.id, Object.fromEntries(c.values)]));
}

/** Names of company properties whose value the last write at `at` changed. */
function writtenAt(at: number): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const c of h.sandbox.store.list('companies')) {
    const names = [...c.history].filter(([, versions]) => versions.some((v) => Date.parse(v.timestamp) === at && v.sourceType !== 'CALCULATED')).map(([n]) => n);
    if (names.length > 0) out.set(c.id, names);
  }
  return out;
}

async function fullRun(): Promise<RunSummary> {
  h.clock.advance(MINUTE);
  return runFull(h.deps);
}

describe('a scoring run against the sandbox', () => {
  it('has a portfolio with customers and non-customers', () => {
    expect(h.customerIds.length).toBeGreaterThan(25);
    expect(h.nonCustomerIds.length).toBeGreaterThan(0);
  });

  it('a dry run writes nothing and lists what would change for every customer', async () => {
    h.clock.advance(MINUTE);
    const before = allValues();
    const s = await runFull(h.deps, { dryRun: true });
    expect(s.api.byEndpoint[BATCH_UPDATE]).toBeUndefined();
    expect(s.written).toBe(0);
    expect(allValues()).toEqual(before);
    expect(s.plannedChanges!.map((u) => u.companyId).sort()).toEqual([...h.customerIds].sort());
    for (const u of s.plannedChanges!) expect(Object.keys(u.properties)).toEqual(expect.arrayContaining(REQUIRED));
    planned = new Map(s.plannedChanges!.map((u) => [u.companyId, u.properties]));
  });

  it('a full run scores every customer company and leaves non-customers untouched', async () => {
    const before = allValues();
    const s = await fullRun();
    expect(s.failed).toEqual([]);
    expect(s.scored).toBe(h.customerIds.length);
    expect(s.written).toBe(h.customerIds.length);
    for (const id of h.customerIds) {
      for (const p of REQUIRED) expect([id, p, h.value(id, p) ?? '']).not.toEqual([id, p, '']);
      expect(Number(h.value(id, 'che_health_score'))).toBeGreaterThanOrEqual(0);
      expect(Date.parse(h.value(id, 'che_scored_at')!)).toBe(h.clock.now());
      // The play the dry run planned is the play written (empty only when the core recommends none).
      expect([id, h.value(id, 'che_recommended_play') ?? '']).toEqual([id, planned.get(id)!.che_recommended_play ?? '']);
    }
    const withPlay = h.customerIds.filter((id) => (h.value(id, 'che_recommended_play') ?? '') !== '');
    expect(withPlay.length).toBeGreaterThan(h.customerIds.length / 2);
    for (const id of h.nonCustomerIds) expect(allValues().get(id)).toEqual(before.get(id));
    // Only the app's own output properties were written, and never an override.
    const owned = new Set(OWNED_OUTPUT_PROPERTIES);
    for (const [, names] of writtenAt(h.clock.now())) {
      for (const n of names) {
        expect(owned.has(n)).toBe(true);
        expect(n.startsWith('che_override_')).toBe(false);
      }
    }
    expect(Object.values(s.tiers).reduce((n, t) => n + t.companies, 0)).toBe(h.customerIds.length);
    expect(s.attention.length).toBe(5);
  });

  it('a second full run makes zero batch update calls', async () => {
    const s = await fullRun();
    expect(s.api.byEndpoint[BATCH_UPDATE]).toBeUndefined();
    expect(s.written).toBe(0);
    expect(s.unchanged).toBe(h.customerIds.length);
    expect(writtenAt(h.clock.now()).size).toBe(0);
  });

  it('a ticket on one company → an incremental run rewrites only that company', async () => {
    const target = h.customerIds.find((id) => h.value(id, 'che_health_tier') === 'thriving' || h.value(id, 'che_health_tier') === 'healthy')!;
    expect(target).toBeDefined();
    h.clock.advance(MINUTE);
    const since = new Date(h.clock.now()).toISOString();
    h.clock.advance(MINUTE);
    for (let i = 0; i < 6; i++) {
      await h.conn.client.crm.tickets.basicApi.create({
        properties: {
          subject: `Production outage ${i + 1}: data loss, we are evaluating alternatives`,
          content: 'Completely unacceptable. This is the third outage this month and leadership is escalating; we are considering cancelling.',
          hs_pipeline: '0',
          hs_pipeline_stage: '1',
          hs_ticket_priority: 'HIGH',
          che_escalated: 'true',
        },
        associations: [{ to: { id: target }, types: [{ associationCategory: 'HUBSPOT_DEFINED' as never, associationTypeId: 339 }] }],
      });
    }
    const scoreBefore = h.value(target, 'che_health_score');
    h.clock.advance(MINUTE);
    const s = await runIncremental(h.deps, { since });
    expect(s.selected).toBe(1);
    expect(s.failed).toEqual([]);
    expect(s.written).toBe(1);
    expect(s.api.byEndpoint[BATCH_UPDATE]).toBe(1);
    expect([...writtenAt(h.clock.now()).keys()]).toEqual([target]);
    expect(h.value(target, 'che_health_score')).not.toBe(scoreBefore);
  });

  it('garbage in a company\'s properties becomes data gaps and warnings, and the run goes on', async () => {
    const victim = h.customerIds[3]!;
    const rec = h.sandbox.store.get('companies', victim)!;
    // A portal where these are text fields someone filled by hand: the sandbox's own validation is bypassed.
    h.sandbox.store.applyValues(rec, new Map([
      ['che_active_users', 'N/A'], ['che_seats_purchased', 'lots'], ['che_discount_pct', '12%%'], ['che_payment_status', 'maybe?'],
    ]), h.clock.now(), { sourceType: 'IMPORT' });
    const s = await fullRun();
    expect(s.failed).toEqual([]);
    expect(s.scored).toBe(h.customerIds.length);
    const about = s.warnings.filter((w) => w.includes(victim));
    expect(about.join('\n')).toMatch(/che_active_users/);
    expect(about.join('\n')).toMatch(/che_seats_purchased/);
    expect(h.value(victim, 'che_health_score')).toMatch(/^\d+$/);
  });

  it('a tier change writes previous tier, direction and time together; an override is honoured and never written', async () => {
    const target = h.customerIds.find((id) => h.value(id, 'che_health_tier') !== 'critical')!;
    const oldTier = h.value(target, 'che_health_tier')!;
    const expires = new Date(Date.parse(AS_OF) + 30 * 86_400_000).toISOString().slice(0, 10);
    await h.conn.client.crm.companies.basicApi.update(target, {
      properties: { che_override_score: '15', che_override_reason: 'Executive escalation: CEO threatened to cancel', che_override_expires: expires },
    });
    const history = () => OVERRIDES.map((p) => h.sandbox.store.get('companies', target)!.history.get(p)?.length ?? 0);
    const overrideHistory = history();
    h.clock.advance(MINUTE);
    const s = await runSingle(h.deps, target);
    expect(s.failed).toEqual([]);
    expect(h.value(target, 'che_health_score')).toBe('15');
    expect(h.value(target, 'che_health_tier')).toBe('critical');
    expect(h.value(target, 'che_previous_tier')).toBe(oldTier);
    expect(h.value(target, 'che_tier_change')).toBe('declined');
    expect(Date.parse(h.value(target, 'che_tier_changed_at')!)).toBe(h.clock.now());
    expect(s.tierMoves).toEqual({ up: 0, down: 1, moves: { [`${oldTier}→critical`]: 1 } });
    expect(history()).toEqual(overrideHistory);
    expect(writtenAt(h.clock.now()).get(target)!.filter((n) => n.startsWith('che_override_'))).toEqual([]);
  });
  it('the app\'s own writes are not changes: after a run that rewrote many scores, an incremental run selects only the company a sync changed', async () => {
    h.clock.advance(MINUTE);
    const since = new Date(h.clock.now()).toISOString();
    h.clock.advance(MINUTE);
    // Scored 60 days later, many scores move (renewals come closer, usage ages): the run rewrites them.
    const later = await runFull({ ...h.deps, now: () => new Date(h.clock.now() + 60 * 24 * 60 * MINUTE) });
    expect(later.written).toBeGreaterThan(5);
    h.clock.advance(MINUTE);
    const target = h.customerIds[6]!;
    await h.conn.client.crm.companies.basicApi.update(target, { properties: { che_logins_30d: '0' } });
    h.clock.advance(MINUTE);
    const s = await runIncremental(h.deps, { since });
    expect(s.selected).toBe(1);
    expect(s.failed).toEqual([]);
  });
});
