import express from 'express';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { rateLimiter } from '../limits';
import { faultInjector, FaultSettingsError, type FaultSettings } from './index';
import { seededRandom } from '../../core/evaluation/prng';

let server: Server | undefined;
afterEach(async () => {
  jest.restoreAllMocks();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

/** Deterministic draws: a fixed script, or a seeded generator (mulberry32). */
function scripted(values: number[]): () => number {
  let i = 0;
  return () => {
    if (i >= values.length) throw new Error('script exhausted: the injector drew more often than expected');
    return values[i++]!;
  };
}

async function start(settings: Partial<FaultSettings>, random: () => number, withLimiter = false) {
  const faults = faultInjector(settings, random, { appId: 5, portalId: 6 });
  const handled = { count: 0 };
  const app = express();
  if (withLimiter) app.use(rateLimiter({ perTenSeconds: 190, searchPerSecond: 5, appId: 5, portalId: 6 }).middleware);
  app.use(faults.middleware);
  app.get('/crm/v3/objects/companies', (_req, res) => {
    handled.count++;
    res.json({ results: [] });
  });
  app.post('/crm/v3/objects/:type/search', (_req, res) => {
    handled.count++;
    res.json({ total: 0, results: [] });
  });
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server!.once('listening', resolve));
  const base = `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
  const get = () => fetch(`${base}/crm/v3/objects/companies`, { headers: { authorization: 'Bearer t' } });
  const search = () => fetch(`${base}/crm/v3/objects/deals/search`, { method: 'POST', headers: { authorization: 'Bearer t' }, body: '{}' });
  return { faults, handled, get, search };
}

describe('faultInjector: each fault', () => {
  it('passes requests through untouched with no faults set, drawing nothing', async () => {
    const { get, handled } = await start({}, scripted([]));
    expect((await get()).status).toBe(200);
    expect(handled.count).toBe(1);
  });

  it('drops the connection without a response', async () => {
    const { get, handled } = await start({ dropRate: 0.5 }, scripted([0.4, 0.6]));
    await expect(get()).rejects.toThrow();
    expect(handled.count).toBe(0);
    expect((await get()).status).toBe(200);
    expect(handled.count).toBe(1);
  });

  it('answers a forced 429 with HubSpot’s body, keeping the limiter’s headers with Remaining 0', async () => {
    const { get, handled } = await start({ rate429: 0.3 }, scripted([0.2]), true);
    const res = await get();
    expect(res.status).toBe(429);
    expect(handled.count).toBe(0);
    expect(res.headers.get('x-hubspot-ratelimit-remaining')).toBe('0');
    expect(res.headers.get('x-hubspot-ratelimit-max')).toBe('190');
    expect(res.headers.get('x-hubspot-ratelimit-daily-remaining')).toBe('649999');
    expect(await res.json()).toEqual({
      status: 'error',
      message: 'You have reached your ten_secondly_rolling limit.',
      errorType: 'RATE_LIMIT',
      correlationId: expect.any(String),
      policyName: 'TEN_SECONDLY_ROLLING',
      groupName: 'publicapi:private_app-api-calls-ten-secondly:5:6',
    });
  });

  it('answers a forced 429 on search with the search policy’s body', async () => {
    const { search } = await start({ rate429: 1 }, scripted([0.99]));
    const res = await search();
    expect(res.status).toBe(429);
    expect(await res.json()).toMatchObject({ message: 'You have reached your secondly limit.', policyName: 'SECONDLY' });
  });

  it('answers 502 and 504 with edge HTML pages and 503 with HubSpot’s JSON envelope', async () => {
    // Each request draws twice: whether to fail, then which status.
    const { get, handled } = await start({ rate5xx: 0.5 }, scripted([0.1, 0.0, 0.1, 0.5, 0.1, 0.9, 0.7]));
    const bad = await get();
    expect(bad.status).toBe(502);
    expect(bad.headers.get('content-type')).toMatch(/text\/html/);
    expect(await bad.text()).toContain('502 Bad Gateway');
    const unavailable = await get();
    expect(unavailable.status).toBe(503);
    expect(await unavailable.json()).toMatchObject({ status: 'error', message: 'Service Unavailable', correlationId: expect.any(String) });
    const timeout = await get();
    expect(timeout.status).toBe(504);
    expect(await timeout.text()).toContain('504 Gateway Time-out');
    expect((await get()).status).toBe(200);
    expect(handled.count).toBe(1);
  });

  it('adds the configured latency before answering', async () => {
    const spy = jest.spyOn(global, 'setTimeout');
    const { get } = await start({ latencyMs: 37 }, scripted([]));
    expect((await get()).status).toBe(200);
    expect(spy.mock.calls.filter((c) => c[1] === 37)).toHaveLength(1);
  });

  it('with a seeded random and every knob set, each fault shows up and the rest get through', async () => {
    const { get, handled } = await start({ dropRate: 0.2, rate429: 0.2, rate5xx: 0.2, latencyMs: 1 }, seededRandom(42));
    const outcomes = new Map<string, number>();
    for (let i = 0; i < 60; i++) {
      const outcome = await get().then((r) => String(r.status), () => 'dropped');
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    }
    expect(outcomes.get('dropped')).toBeGreaterThan(0);
    expect(outcomes.get('429')).toBeGreaterThan(0);
    expect((outcomes.get('502') ?? 0) + (outcomes.get('503') ?? 0) + (outcomes.get('504') ?? 0)).toBeGreaterThan(0);
    expect(outcomes.get('200')).toBe(handled.count);
    expect(handled.count).toBeGreaterThan(0);
  });
});

describe('faultInjector: settings', () => {
  it('changes settings at run time', async () => {
    const { faults, get } = await start({}, scripted([0.5]));
    faults.set({ rate429: 1 });
    expect(faults.get()).toEqual({ rate429: 1, rate5xx: 0, latencyMs: 0, dropRate: 0 });
    expect((await get()).status).toBe(429);
  });

  it('rejects a bad value with an error naming the field, and keeps the old settings', () => {
    const faults = faultInjector({ rate5xx: 0.1 });
    const attempt = (p: unknown) => {
      try {
        faults.set(p as Partial<FaultSettings>);
      } catch (e) {
        return e as FaultSettingsError;
      }
      throw new Error('expected set() to throw');
    };
    const share = attempt({ rate429: 1.5 });
    expect(share).toBeInstanceOf(FaultSettingsError);
    expect(share.field).toBe('rate429');
    expect(share.message).toMatch(/rate429.*between 0 and 1.*1\.5/);
    expect(attempt({ latencyMs: -5 }).field).toBe('latencyMs');
    expect(attempt({ dropRate: 'N/A' }).field).toBe('dropRate');
    expect(attempt({ rate500: 0.2 }).field).toBe('rate500');
    expect(faults.get()).toEqual({ rate429: 0, rate5xx: 0.1, latencyMs: 0, dropRate: 0 });
    expect(() => faultInjector({ latencyMs: 1.5 })).toThrow(/latencyMs/);
  });
});
