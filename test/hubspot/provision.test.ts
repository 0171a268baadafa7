/** `provision` end to end: the real client against the sandbox. */
import { createHubSpotConnection } from '../../src/hubspot/connection';
import type { HubSpotConnection } from '../../src/hubspot/contracts';
import { hubSpotConfigFromEnv } from '../../src/hubspot/env';
import { CATALOGUE, OBJECT_TYPES, OUTPUT_PROPERTIES, OVERRIDE_PROPERTIES } from '../../src/hubspot/properties';
import { provision } from '../../src/hubspot/provision';
import type { RunningSandbox } from '../../src/sandbox/server';
import { startSandbox } from '../../src/sandbox/server';
import type { SandboxSeed } from '../../src/sandbox/types';
import { startTestSandbox } from '../sandbox/crm/harness';
import { aSeed } from '../sandbox/crm/seed-builder';

const CATALOGUE_SIZE = OBJECT_TYPES.reduce((n, t) => n + CATALOGUE.groups[t].length + CATALOGUE.properties[t].length, 0) + CATALOGUE.labels.length;

const sandboxes: RunningSandbox[] = [];
afterAll(() => Promise.all(sandboxes.map((s) => s.stop())));

async function connectTo(seed: SandboxSeed | { companies: number }): Promise<{ sandbox: RunningSandbox; conn: HubSpotConnection }> {
  const sandbox = 'companies' in seed && typeof seed.companies === 'number'
    ? await startSandbox({ companies: seed.companies, seed: 7, rateLimit: { perTenSeconds: 100_000, searchPerSecond: 1000 } })
    : await startTestSandbox(seed as SandboxSeed);
  sandboxes.push(sandbox);
  const conn = createHubSpotConnection(hubSpotConfigFromEnv({ HUBSPOT_ACCESS_TOKEN: sandbox.token, HUBSPOT_BASE_URL: sandbox.url, HUBSPOT_RATE_LIMIT: '1000' }));
  return { sandbox, conn };
}

const writes = (conn: HubSpotConnection) =>
  Object.entries(conn.calls.stats().byEndpoint).filter(([endpoint]) => /^(POST|PATCH|PUT|DELETE) /.test(endpoint));

describe('provision against the sandbox', () => {
  it('creates everything on an empty portal, then a second run writes nothing', async () => {
    const { conn } = await connectTo(aSeed().build());
    const first = await provision(conn);
    expect(first.conflicts).toEqual([]);
    expect(first.created).toHaveLength(CATALOGUE_SIZE);
    expect(first.changed).toBe(true);
    expect(conn.calls.stats().byEndpoint['POST /crm/v3/properties/{objectType}']).toBe(OBJECT_TYPES.reduce((n, t) => n + CATALOGUE.properties[t].length, 0));

    // What HubSpot now holds, read back through the client.
    const tier = await conn.client.crm.properties.coreApi.getByName('companies', 'che_health_tier');
    expect(tier).toMatchObject({ type: 'enumeration', fieldType: 'select', groupName: 'customer_health' });
    expect(tier.options.map((o) => [o.value, o.label])).toEqual([['thriving', 'Thriving'], ['healthy', 'Healthy'], ['at_risk', 'At risk'], ['critical', 'Critical']]);
    const signals = await conn.client.crm.properties.coreApi.getByName('companies', 'che_churn_signals');
    expect(signals.fieldType).toBe('checkbox');
    expect(signals.options.map((o) => o.value)).toContain('champion_departure_usage_decline');
    const labels = await conn.client.crm.associations.v4.schema.definitionsApi.getAll('contacts', 'companies');
    expect(labels.results.filter((l) => l.category === 'USER_DEFINED').map((l) => l.label).sort()).toEqual(['Champion', 'Decision Maker', 'Executive Sponsor']);

    conn.calls.reset();
    const second = await provision(conn);
    expect(second).toMatchObject({ created: [], updated: [], conflicts: [], changed: false, unchanged: CATALOGUE_SIZE });
    expect(writes(conn)).toEqual([]);
    expect(conn.calls.stats().total).toBeGreaterThan(0);
  });

  it('reports an existing che_health_score of type string as a conflict and leaves it alone', async () => {
    const seed = aSeed().withCustomProperty('companies', {
      name: 'che_health_score', label: 'Our own health', type: 'string', fieldType: 'text', groupName: 'companyinformation', description: 'set by hand',
    }).build();
    const { conn } = await connectTo(seed);
    const report = await provision(conn);
    expect(report.conflicts).toEqual([expect.objectContaining({ objectType: 'companies', name: 'che_health_score' })]);
    expect(report.conflicts[0]!.reason).toContain('exists as string/text, expected number/number');
    expect(report.created.map((a) => a.name)).not.toContain('che_health_score');
    expect(report.created).toHaveLength(CATALOGUE_SIZE - 1);
    const kept = await conn.client.crm.properties.coreApi.getByName('companies', 'che_health_score');
    expect(kept).toMatchObject({ type: 'string', fieldType: 'text', label: 'Our own health', description: 'set by hand' });
    // Still a conflict next time, still no write.
    conn.calls.reset();
    const again = await provision(conn);
    expect(again.conflicts).toHaveLength(1);
    expect(writes(conn)).toEqual([]);
  });

  it('updates the label, description and options of our property, keeping the admin\'s extra option', async () => {
    const seed = aSeed().withCustomProperty('companies', {
      name: 'che_health_tier', label: 'Tier', type: 'enumeration', fieldType: 'select', groupName: 'companyinformation', description: 'old',
      options: [
        { value: 'healthy', label: 'OK', displayOrder: 0, hidden: false },
        { value: 'watch_list', label: 'Watch list', displayOrder: 1, hidden: false },
      ],
    }).build();
    const { conn } = await connectTo(seed);
    const report = await provision(conn);
    expect(report.updated).toEqual([{ kind: 'property', objectType: 'companies', name: 'che_health_tier', fields: ['label', 'description', 'options'] }]);
    const tier = await conn.client.crm.properties.coreApi.getByName('companies', 'che_health_tier');
    expect(tier.label).toBe('Health tier');
    expect(tier.groupName).toBe('companyinformation'); // an admin's move is respected
    expect(tier.options.map((o) => [o.value, o.label])).toEqual([
      ['healthy', 'Healthy'], ['watch_list', 'Watch list'], ['thriving', 'Thriving'], ['at_risk', 'At risk'], ['critical', 'Critical'],
    ]);
    conn.calls.reset();
    expect((await provision(conn)).changed).toBe(false);
    expect(writes(conn)).toEqual([]);
  });

  it('dry run reads and lists what it would create, and writes nothing', async () => {
    const { conn } = await connectTo(aSeed().build());
    const report = await provision(conn, { dryRun: true });
    expect(report.dryRun).toBe(true);
    expect(report.created).toHaveLength(CATALOGUE_SIZE);
    expect(writes(conn)).toEqual([]);
    await expect(conn.client.crm.properties.coreApi.getByName('companies', 'che_health_score')).rejects.toMatchObject({ code: 404 });
  });

  it('on a generated portfolio (inputs and labels already there) adds only the outputs and overrides, without conflicts', async () => {
    const { conn } = await connectTo({ companies: 3 });
    const report = await provision(conn);
    expect(report.conflicts).toEqual([]);
    expect(report.updated).toEqual([]);
    const createdProperties = report.created.filter((a) => a.kind === 'property').map((a) => a.name).sort();
    expect(createdProperties).toEqual([...OUTPUT_PROPERTIES, ...OVERRIDE_PROPERTIES].map((p) => p.name).sort());
    expect(report.created.filter((a) => a.kind === 'label')).toEqual([]);
  });
});
