import express from 'express';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { rateLimiter, type RateLimiterOptions } from './index';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let server: Server | undefined;
afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

/** A minimal app: the limiter in front of a list route and a search route. */
async function start(opts: Partial<RateLimiterOptions> = {}) {
  const clock = { t: Date.UTC(2026, 0, 5, 12) };
  const limiter = rateLimiter({ perTenSeconds: 190, searchPerSecond: 5, appId: 77, portalId: 880, now: () => clock.t, ...opts });
  const app = express();
  app.use(limiter.middleware);
  app.get('/crm/v3/objects/companies', (_req, res) => res.json({ results: [] }));
  app.post('/crm/v3/objects/:type/search', (_req, res) => res.json({ total: 0, results: [] }));
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server!.once('listening', resolve));
  const base = `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
  const get = (token = 'Bearer a') => fetch(`${base}/crm/v3/objects/companies?limit=1`, { headers: { authorization: token } });
  const search = (token = 'Bearer a') =>
    fetch(`${base}/crm/v3/objects/contacts/search`, { method: 'POST', headers: { authorization: token, 'content-type': 'application/json' }, body: '{}' });
  return { clock, limiter, get, search };
}

async function times(n: number, call: () => Promise<Response>): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < n; i++) statuses.push((await call()).status);
  return statuses;
}

describe('rateLimiter: rolling ten-second window', () => {
  it('admits 190 requests and answers the 191st with HubSpot’s 429 body and headers', async () => {
    const { get } = await start();
    const first = await get();
    expect(first.status).toBe(200);
    expect(first.headers.get('x-hubspot-ratelimit-max')).toBe('190');
    expect(first.headers.get('x-hubspot-ratelimit-remaining')).toBe('189');
    expect(first.headers.get('x-hubspot-ratelimit-interval-milliseconds')).toBe('10000');
    expect(first.headers.get('x-hubspot-ratelimit-daily')).toBe('650000');
    expect(first.headers.get('x-hubspot-ratelimit-daily-remaining')).toBe('649999');
    expect(first.headers.get('x-hubspot-ratelimit-secondly')).toBe('19');
    expect(first.headers.get('x-hubspot-ratelimit-secondly-remaining')).toBe('18');

    const rest = await times(189, () => get());
    expect(rest.every((s) => s === 200)).toBe(true);

    const refused = await get();
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBeNull();
    expect(refused.headers.get('x-hubspot-ratelimit-remaining')).toBe('0');
    expect(refused.headers.get('x-hubspot-ratelimit-max')).toBe('190');
    expect(refused.headers.get('x-hubspot-ratelimit-daily-remaining')).toBe('649810');
    const body = (await refused.json()) as { correlationId: string };
    expect(body).toEqual({
      status: 'error',
      message: 'You have reached your ten_secondly_rolling limit.',
      errorType: 'RATE_LIMIT',
      correlationId: expect.stringMatching(UUID),
      policyName: 'TEN_SECONDLY_ROLLING',
      groupName: 'publicapi:private_app-api-calls-ten-secondly:77:880',
    });
    expect(refused.headers.get('x-hubspot-correlation-id')).toBe(body.correlationId);
  });

  it('rolls: requests leave the window ten seconds after they were admitted, and 429s do not count', async () => {
    const { clock, get } = await start();
    const t0 = clock.t;
    await times(100, () => get());
    clock.t = t0 + 5_000;
    await times(90, () => get());
    expect((await get()).status).toBe(429); // 190 inside the window

    clock.t = t0 + 9_999;
    expect((await times(3, () => get())).every((s) => s === 429)).toBe(true); // refused ones are not counted…

    clock.t = t0 + 10_000; // …so exactly the first 100 are free again
    const res = await get();
    expect(res.status).toBe(200);
    expect(res.headers.get('x-hubspot-ratelimit-remaining')).toBe('99');
    expect((await times(99, () => get())).every((s) => s === 200)).toBe(true);
    expect((await get()).status).toBe(429);

    clock.t = t0 + 15_000; // the 90 from t0+5s leave
    expect((await times(90, () => get())).every((s) => s === 200)).toBe(true);
    expect((await get()).status).toBe(429);
  });

  it('keeps one window per token', async () => {
    const { get } = await start({ perTenSeconds: 2 });
    expect(await times(3, () => get('Bearer a'))).toEqual([200, 200, 429]);
    expect(await times(2, () => get('Bearer b'))).toEqual([200, 200]);
  });
});

describe('rateLimiter: search', () => {
  it('answers the 6th search inside a second with the search policy’s 429, without rate-limit headers', async () => {
    const { clock, search, get } = await start();
    const ok = await times(5, () => search());
    expect(ok).toEqual([200, 200, 200, 200, 200]);
    const refused = await search();
    expect(refused.status).toBe(429);
    expect(refused.headers.get('x-hubspot-ratelimit-remaining')).toBeNull();
    expect(await refused.json()).toEqual({
      status: 'error',
      message: 'You have reached your secondly limit.',
      errorType: 'RATE_LIMIT',
      correlationId: expect.stringMatching(UUID),
      policyName: 'SECONDLY',
    });
    // Other endpoints are not held back by the search limit, and they saw the 5 searches.
    const list = await get();
    expect(list.status).toBe(200);
    expect(list.headers.get('x-hubspot-ratelimit-remaining')).toBe('184');

    clock.t += 999;
    expect((await search()).status).toBe(429);
    clock.t += 1;
    expect((await search()).status).toBe(200);
  });

  it('counts searches toward the ten-second window too', async () => {
    const { clock, search, get } = await start({ perTenSeconds: 6 });
    await times(5, () => search());
    clock.t += 1_000;
    expect(await times(2, () => search())).toEqual([200, 429]);
    const res = await get();
    expect(res.status).toBe(429);
    expect(((await res.json()) as { policyName: string }).policyName).toBe('TEN_SECONDLY_ROLLING');
  });
});

describe('rateLimiter: setLimits and the daily budget', () => {
  it('changes limits at run time and rejects a bad value naming it, leaving the limits intact', async () => {
    const { limiter, get, search } = await start();
    limiter.setLimits({ perTenSeconds: 3, searchPerSecond: 1 });
    expect(await times(4, () => get())).toEqual([200, 200, 200, 429]);
    expect(() => limiter.setLimits({ searchPerSecond: 2, perTenSeconds: 0 })).toThrow(/perTenSeconds/);
    expect(() => limiter.setLimits({ searchPerSecond: 1.5 })).toThrow(/searchPerSecond/);
    const res = await get();
    expect(res.headers.get('x-hubspot-ratelimit-max')).toBe('3');
    limiter.setLimits({ perTenSeconds: 10 });
    expect(await times(2, () => search())).toEqual([200, 429]);
  });

  it('refuses past the daily budget with policy DAILY until midnight UTC', async () => {
    const { clock, get } = await start({ daily: 3 });
    clock.t = Date.UTC(2026, 0, 5, 23, 59, 0);
    expect(await times(3, () => get())).toEqual([200, 200, 200]);
    const refused = await get();
    expect(refused.status).toBe(429);
    expect(refused.headers.get('x-hubspot-ratelimit-daily-remaining')).toBe('0');
    expect(await refused.json()).toMatchObject({ message: 'You have reached your daily limit.', policyName: 'DAILY', errorType: 'RATE_LIMIT' });
    clock.t = Date.UTC(2026, 0, 6, 0, 0, 0);
    const next = await get();
    expect(next.status).toBe(200);
    expect(next.headers.get('x-hubspot-ratelimit-daily-remaining')).toBe('2');
  });

  it('rejects a bad initial limit naming it', () => {
    expect(() => rateLimiter({ perTenSeconds: 190, searchPerSecond: -1 })).toThrow(/searchPerSecond/);
  });
});
