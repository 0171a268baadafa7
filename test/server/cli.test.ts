/**
 * `che serve` and `che workflows` in process: settings validated at start
 * (each bad variable named, no secret echoed), the server's URLs printed, and
 * the example workflows and the action definition created in the sandbox
 * through the Automation v4 APIs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { runServe } from '../../src/cli/commands/serve';
import { serverConfigFromEnv, ServerConfigError } from '../../src/server/config';
import { startSandbox, type RunningSandbox } from '../../src/sandbox/server';
import { memoryIo } from '../cli/memory-io';

let sandbox: RunningSandbox;
let dir: string;

beforeAll(async () => {
  sandbox = await startSandbox({ companies: 3, seed: 1 });
  dir = mkdtempSync(path.join(tmpdir(), 'che-serve-'));
});

afterAll(async () => {
  await sandbox.stop();
  rmSync(dir, { recursive: true, force: true });
});

const env = (extra: Record<string, string> = {}) => ({
  HUBSPOT_ACCESS_TOKEN: sandbox.token, HUBSPOT_BASE_URL: sandbox.url, HUBSPOT_CLIENT_SECRET: 'a-client-secret-1', ...extra,
});

describe('server settings', () => {
  it('fail fast naming every bad or missing variable, never echoing a value', () => {
    const bad = { HUBSPOT_BASE_URL: 'not a url', CHE_PORT: 'eighty', CHE_FULL_RUN_CRON: 'every night', CHE_TIMEZONE: 'Mars/Olympus', CHE_SCHEDULE: 'maybe', HUBSPOT_CLIENT_SECRET: 'short' };
    let error: ServerConfigError | undefined;
    try {
      serverConfigFromEnv(bad);
    } catch (e) {
      error = e as ServerConfigError;
    }
    expect(error).toBeInstanceOf(ServerConfigError);
    for (const v of ['HUBSPOT_BASE_URL', 'HUBSPOT_CLIENT_SECRET', 'CHE_PORT', 'CHE_FULL_RUN_CRON', 'CHE_TIMEZONE', 'CHE_SCHEDULE']) {
      expect(error!.message).toContain(v);
    }
    expect(error!.message).not.toContain('short');
    expect(error!.message).not.toContain('eighty');
    expect(() => serverConfigFromEnv({ HUBSPOT_CLIENT_SECRET: 'a-client-secret-1' })).toThrow(/HUBSPOT_ACCESS_TOKEN is not set/);
  });

  it('have working defaults', () => {
    expect(serverConfigFromEnv(env())).toMatchObject({
      port: 3000, debounceMs: 30_000, dbPath: 'che-server.sqlite', model: 'renewal-7', criticalTasks: false,
      schedule: { enabled: true, fullCron: '0 2 * * *', incrementalCron: '*/15 * * * *', timezone: 'UTC' },
    });
  });

  it('che serve with a missing client secret stops before listening, naming it', async () => {
    const { HUBSPOT_CLIENT_SECRET: _omit, ...withoutSecret } = env();
    const start = jest.fn();
    await expect(runServe({}, memoryIo(), { env: withoutSecret, start })).rejects.toThrow(/HUBSPOT_CLIENT_SECRET is not set/);
    expect(start).not.toHaveBeenCalled();
  });
});

describe('che serve', () => {
  it('starts, prints its URLs, answers /healthz and stops cleanly', async () => {
    const io = memoryIo();
    let healthz: unknown;
    const code = await runServe({ port: '0', db: path.join(dir, 'serve.sqlite'), schedule: false }, io, {
      env: env(),
      untilStopped: async () => {
        const url = /listening on (\S+)/.exec(io.out())![1]!;
        healthz = await (await fetch(`${url}/healthz`)).json();
      },
    });
    expect(code).toBe(0);
    expect(io.out()).toMatch(/webhooks target URL: +http:\/\/127\.0\.0\.1:\d+\/webhooks\/hubspot/);
    expect(io.out()).toContain('/hubspot/workflow-action');
    expect(io.out()).toContain('schedule: off');
    expect(io.out()).not.toContain('a-client-secret-1');
    expect(healthz).toMatchObject({ ok: true, pendingCompanies: 0 });
  });
});

describe('che workflows', () => {
  const call = async (p: string) => (await fetch(`${sandbox.url}${p}`, { headers: { authorization: `Bearer ${sandbox.token}` } })).json() as Promise<{ results: Record<string, unknown>[] }>;

  it('without --create prints the bodies and creates nothing', async () => {
    const io = memoryIo();
    const code = await main(['workflows'], io);
    expect(code).toBe(0);
    expect(io.out()).toContain('Customer health: tier dropped to critical');
    expect(io.out()).toContain('Nothing was created');
  });

  it('--create makes both example workflows in the sandbox (switched off), through the Automation v4 flows API', async () => {
    const { runWorkflows } = await import('../../src/cli/commands/workflows');
    const io = memoryIo();
    expect(await runWorkflows({ create: true }, io, { env: env() })).toBe(0);
    const flows = (await call('/automation/v4/flows')).results;
    expect(flows.map((f) => f.name).sort()).toEqual(['Customer health: tier dropped to critical', 'Customer health: tier rose to thriving']);
    expect(flows.every((f) => f.isEnabled === false)).toBe(true);
    expect(io.out()).toMatch(/created workflow \d+: Customer health: tier dropped to critical/);
  });

  it('--create-action makes the action definition with the developer key, naming what is missing otherwise', async () => {
    const { runWorkflows } = await import('../../src/cli/commands/workflows');
    await expect(runWorkflows({ createAction: true }, memoryIo(), { env: env() })).rejects.toThrow(/HUBSPOT_DEVELOPER_API_KEY[\s\S]*--app-id[\s\S]*--action-url/);
    const io = memoryIo();
    const code = await runWorkflows({ createAction: true, appId: String(sandbox.appId), actionUrl: 'https://che.example.com/hubspot/workflow-action' }, io, {
      env: env({ HUBSPOT_DEVELOPER_API_KEY: sandbox.token }),
    });
    expect(code).toBe(0);
    const defs = (await call(`/automation/v4/actions/${sandbox.appId}`)).results;
    expect(defs).toHaveLength(1);
    expect(defs[0]).toMatchObject({ actionUrl: 'https://che.example.com/hubspot/workflow-action', objectTypes: ['COMPANY'] });
    expect((defs[0]!.outputFields as { typeDefinition: { name: string } }[]).map((f) => f.typeDefinition.name)).toEqual(expect.arrayContaining(['score', 'tier', 'prediction', 'renewal_risk', 'play']));
  });
});
