/** `che provision` in process: environment injected, output captured. */
import { runProvision } from '../../src/cli/commands/provision';
import { UsageError } from '../../src/cli/io';
import type { RunningSandbox } from '../../src/sandbox/server';
import { memoryIo } from '../cli/memory-io';
import { startTestSandbox } from '../sandbox/crm/harness';
import { aSeed } from '../sandbox/crm/seed-builder';

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startTestSandbox(aSeed().build());
});
afterAll(() => sandbox.stop());

const env = () => ({ HUBSPOT_ACCESS_TOKEN: sandbox.token, HUBSPOT_BASE_URL: sandbox.url, HUBSPOT_RATE_LIMIT: '1000' });

describe('che provision', () => {
  it('dry run lists, the first run creates, the second reports nothing to change (text and JSON)', async () => {
    const dry = memoryIo();
    expect(await runProvision({ dryRun: true }, dry, { env: env() })).toBe(0);
    expect(dry.out()).toContain('dry run: nothing written');
    expect(dry.out()).toContain('Would create');
    expect(dry.out()).toContain('property companies/che_health_score');

    const first = memoryIo();
    expect(await runProvision({}, first, { env: env() })).toBe(0);
    expect(first.out()).toMatch(/^Created \d+:$/m);
    expect(first.out()).toContain('label contacts→companies/Champion');

    const second = memoryIo();
    expect(await runProvision({ json: true }, second, { env: env() })).toBe(0);
    const report = JSON.parse(second.out());
    expect(report).toMatchObject({ dryRun: false, changed: false, created: [], updated: [], conflicts: [] });
    expect(Object.keys(report.calls.byEndpoint).every((e: string) => e.startsWith('GET '))).toBe(true);
    expect(second.out()).not.toContain(sandbox.token);
  });

  it('names a missing token as a usage error', async () => {
    const io = memoryIo();
    const err = await runProvision({}, io, { env: { HUBSPOT_BASE_URL: sandbox.url } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).toContain('HUBSPOT_ACCESS_TOKEN is not set');
  });

  it('reports a rejected token with the endpoint and status, without the token', async () => {
    const io = memoryIo();
    const code = await runProvision({}, io, { env: { ...env(), HUBSPOT_ACCESS_TOKEN: 'wrong-token-123' } });
    expect(code).toBe(1);
    expect(io.err()).toContain('GET /crm/v3/properties/{objectType}/groups');
    expect(io.err()).toContain('HTTP 401');
    expect(io.err()).not.toContain('wrong-token-123');
  });
});
