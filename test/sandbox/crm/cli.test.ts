/** `che sandbox`: serves until stopped, prints URL and token, writes the ground truth, rejects bad options. */
import { Client } from '@hubspot/api-client';
import { runSandbox } from '../../../src/cli/commands/sandbox';
import { main } from '../../../src/cli/main';
import { memoryIo } from '../../cli/memory-io';
import { aSeed } from './seed-builder';

test('serves a seed file on an ephemeral port until stopped, then stops', async () => {
  const seed = aSeed().withCompanies(3).build();
  seed.truth = [{ companyId: '1', name: 'Company 1', trajectory: 'steady', segment: 'smb', arr: 1000, pastRenewals: [] }];
  const io = memoryIo({ 'seed.json': JSON.stringify(seed) });
  let stop!: () => void;
  const stopped = new Promise<void>((resolve) => (stop = resolve));
  let url = '';
  const run = runSandbox({ port: '0', seedFile: 'seed.json', truth: 'truth.json', token: 'cli-token' }, io, {
    untilStopped: async () => {
      url = /listening on (\S+)/.exec(io.out())![1]!;
      const client = new Client({ accessToken: 'cli-token', basePath: url });
      expect((await client.crm.companies.getAll()).map((c) => c.id)).toEqual(['1', '2', '3']);
      stop();
      await stopped;
    },
  });
  expect(await run).toBe(0);
  expect(io.out()).toContain('token: cli-token');
  expect(JSON.parse(io.files['truth.json']!)).toEqual(seed.truth);
  await expect(fetch(`${url}/crm/v3/objects/companies`)).rejects.toThrow();
});

test('a bad option exits 2 naming it', async () => {
  const io = memoryIo();
  expect(await main(['sandbox', '--port', 'http'], io)).toBe(2);
  expect(io.err()).toContain('--port');
});

test('a seed file that is not a seed exits 2 naming the field', async () => {
  const io = memoryIo({ 'bad.json': JSON.stringify({ asOf: '2025-01-01', records: {}, associations: 'none' }) });
  expect(await main(['sandbox', '--port', '0', '--seed-file', 'bad.json'], io)).toBe(2);
  expect(io.err()).toMatch(/customProperties|associations/);
});

test('a fault share outside 0–1 exits 2 naming the flag as typed', async () => {
  const io = memoryIo();
  expect(await main(['sandbox', '--port', '0', '--fault-429', '1.5'], io)).toBe(2);
  expect(io.err()).toContain('--fault-429');
});

test('limit and fault flags reach the running sandbox', async () => {
  const seed = aSeed().withCompanies(1).build();
  const io = memoryIo({ 'seed.json': JSON.stringify(seed) });
  let seen: { limits?: unknown; faults?: unknown } = {};
  const code = await runSandbox(
    { port: '0', seedFile: 'seed.json', truth: 'truth.json', rateLimit: '120', searchRate: '4', fault429: '0.25', fault5xx: '0.1', faultDrop: '0.05', latency: '30' },
    io,
    {
      start: async (options) => {
        seen = { limits: options.rateLimit, faults: options.faults };
        const { startSandbox } = await import('../../../src/sandbox/server');
        return startSandbox(options);
      },
      untilStopped: async () => undefined,
    },
  );
  expect(code).toBe(0);
  expect(seen).toEqual({
    limits: { perTenSeconds: 120, searchPerSecond: 4 },
    faults: { rate429: 0.25, rate5xx: 0.1, dropRate: 0.05, latencyMs: 30 },
  });
});
