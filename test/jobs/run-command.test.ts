/** `che run`: bad options and settings are refused with exit code 2 and a message naming them. */
import { main } from '../../src/cli/main';
import { runRun } from '../../src/cli/commands/run';
import { UsageError } from '../../src/cli/io';
import type { HubSpotConnection } from '../../src/hubspot/contracts';
import { memoryIo } from '../cli/memory-io';
import { startJobSandbox } from './harness';

const ENV = { HUBSPOT_ACCESS_TOKEN: 'pat-na1-test', HUBSPOT_BASE_URL: 'http://127.0.0.1:9' };

/** Fails the test if the command gets as far as connecting. */
const noConnection = (): HubSpotConnection => {
  throw new Error('the command must not connect with bad options');
};

async function refusal(raw: Record<string, unknown>, env: Record<string, string | undefined> = ENV, files: Record<string, string> = {}): Promise<string> {
  const io = memoryIo(files);
  const err = await runRun(raw, io, { env, connect: noConnection }).then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(UsageError);
  return (err as Error).message;
}

describe('che run: refusals', () => {
  it('names the clashing run modes', async () => {
    expect(await refusal({ full: true, company: '123' })).toBe('--full, --company: pick one of --full, --changed-since and --company');
    expect(await refusal({ changedSince: '2026-11-01', company: '123' })).toMatch(/^--changed-since, --company: pick one/);
  });

  it('names a bad --changed-since and a bad --company', async () => {
    expect(await refusal({ changedSince: 'yesterday' })).toMatch(/^--changed-since: expected an ISO date or date-time/);
    expect(await refusal({ changedSince: '2026-13-45' })).toMatch(/^--changed-since: /);
    expect(await refusal({ company: 'acme' })).toBe('--company: expected a HubSpot company id (digits)');
  });

  it('names a missing token without echoing anything secret', async () => {
    expect(await refusal({}, { HUBSPOT_BASE_URL: 'http://127.0.0.1:9' })).toMatch(/HUBSPOT_ACCESS_TOKEN is not set/);
    const bad = await refusal({}, { HUBSPOT_ACCESS_TOKEN: 'pat with spaces' });
    expect(bad).toMatch(/HUBSPOT_ACCESS_TOKEN contains spaces/);
    expect(bad).not.toContain('pat with spaces');
  });

  it('names a bad model and a bad mapping file', async () => {
    expect(await refusal({ model: 'nope.json' })).toMatch(/^model: cannot read nope\.json/);
    expect(await refusal({ mapping: 'm.json' }, ENV, { 'm.json': '{ not json' })).toMatch(/^--mapping: m\.json is not valid JSON/);
    expect(await refusal({ mapping: 'm.json' }, ENV, { 'm.json': '{"customers": {"property": ""}}' })).toMatch(/customers\.property/);
  });

  it('exits 2 through the che command, with the message on stderr', async () => {
    const io = memoryIo();
    expect(await main(['run', '--full', '--company', '7'], io)).toBe(2);
    expect(io.err()).toContain('che: --full, --company: pick one');
  });
});

describe('che run against the sandbox', () => {
  let h: Awaited<ReturnType<typeof startJobSandbox>>;
  beforeAll(async () => {
    h = await startJobSandbox({ companies: 12, seed: 5 });
  }, 60_000);
  afterAll(() => h?.stop());

  const env = () => ({ HUBSPOT_ACCESS_TOKEN: h.sandbox.token, HUBSPOT_BASE_URL: h.sandbox.url, HUBSPOT_RATE_LIMIT: '1000' });
  const terminal = { isTTY: false, write: () => { throw new Error('no progress bar off a terminal'); } };

  it('--dry-run --json: the summary as JSON, nothing written', async () => {
    const io = memoryIo();
    expect(await runRun({ dryRun: true, json: true }, io, { env: env(), now: h.deps.now, terminal })).toBe(0);
    const summary = JSON.parse(io.out());
    expect(summary).toMatchObject({ mode: 'full', dryRun: true, written: 0, scored: h.customerIds.length, failed: [] });
    expect(summary.plannedChanges).toHaveLength(h.customerIds.length);
    for (const id of h.customerIds) expect(h.value(id, 'che_health_score')).toBeUndefined();
  }, 60_000);

  it('a full run, then --company: the people\'s summary', async () => {
    const io = memoryIo();
    expect(await runRun({}, io, { env: env(), now: h.deps.now, terminal })).toBe(0);
    expect(io.out()).toMatch(new RegExp(`selected ${h.customerIds.length} +scored ${h.customerIds.length} +unchanged 0 +written ${h.customerIds.length} +failed 0`));
    expect(io.out()).toContain('Needs attention first:');
    for (const id of h.customerIds) expect(h.value(id, 'che_health_score')).toMatch(/^\d+$/);
    const one = memoryIo();
    expect(await runRun({ company: h.customerIds[0] }, one, { env: env(), now: h.deps.now, terminal })).toBe(0);
    expect(one.out()).toMatch(/single run[\s\S]*selected 1 +scored 1 +unchanged 1 +written 0/);
  }, 60_000);
});
