import express from 'express';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { Signature } from '@hubspot/api-client';
import type { StoreChange } from '../types';
import { createWebhooks, type Webhooks, type WebhooksOptions } from './index';

const SECRET = 'sandbox-client-secret-for-tests';

interface Received {
  url: string;
  headers: Record<string, string | string[] | undefined>;
  raw: string;
  events: Array<Record<string, unknown>>;
}

const servers: Server[] = [];
const hooks: Webhooks[] = [];
afterEach(async () => {
  await Promise.all(hooks.splice(0).map((h) => h.stop()));
  await Promise.all(servers.splice(0).map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
});

async function listen(app: express.Express): Promise<string> {
  const server = app.listen(0, '127.0.0.1');
  servers.push(server);
  await new Promise((resolve) => server.once('listening', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** A tiny receiver that records every POST raw and answers with the scripted statuses (then 200). */
async function receiver(statuses: number[] = []) {
  const received: Received[] = [];
  const app = express();
  app.post('/hooks/hubspot', express.text({ type: '*/*' }), (req, res) => {
    const raw = req.body as string;
    received.push({ url: req.originalUrl, headers: req.headers, raw, events: JSON.parse(raw) });
    res.status(statuses.shift() ?? 200).end();
  });
  const base = await listen(app);
  return { received, targetUrl: `${base}/hooks/hubspot`, base };
}

function verify(r: Received, base: string, secret = SECRET, body = r.raw): boolean {
  return Signature.isValid({
    signatureVersion: 'v3',
    signature: String(r.headers['x-hubspot-signature-v3']),
    clientSecret: secret,
    requestBody: body,
    method: 'POST',
    url: `${base}${r.url}`,
    timestamp: Number(r.headers['x-hubspot-request-timestamp']),
  });
}

function webhooks(targetUrl: string, opts: Partial<WebhooksOptions> = {}) {
  const w = createWebhooks({ appId: 4242, portalId: 9001, flushMs: 5, backoffMs: 5, ...opts });
  hooks.push(w);
  w.configure({ targetUrl, clientSecret: SECRET });
  return w;
}

const at = Date.UTC(2026, 2, 1, 9, 30);
const propertyChange = (objectId: string, propertyName: string, propertyValue: string, extra: Partial<StoreChange> = {}): StoreChange => ({
  kind: 'propertyChange', objectType: 'companies', objectId, propertyName, propertyValue,
  occurredAt: at, changeSource: 'CRM_UI', sourceId: 'userId:17', ...extra,
} as StoreChange);

describe('webhooks: delivery', () => {
  it('delivers a propertyChange as HubSpot’s event JSON, signed v3 so the client’s Signature helper accepts it', async () => {
    const r = await receiver();
    const w = webhooks(r.targetUrl);
    const sub = w.subscribe({ eventType: 'company.propertyChange', propertyName: 'che_override_score' });
    w.handle(propertyChange('512', 'che_override_score', '35', { changeSource: 'INTEGRATION', sourceId: '4242' }));
    expect(r.received).toHaveLength(0); // handle() only queues
    await w.idle();

    expect(r.received).toHaveLength(1);
    const [post] = r.received;
    expect(post!.events).toEqual([{
      eventId: 1, subscriptionId: sub.id, portalId: 9001, appId: 4242, occurredAt: at,
      subscriptionType: 'company.propertyChange', attemptNumber: 0, objectId: 512,
      propertyName: 'che_override_score', propertyValue: '35', changeSource: 'INTEGRATION', sourceId: '4242',
    }]);
    expect(post!.headers['content-type']).toMatch(/application\/json/);
    expect(verify(post!, r.base)).toBe(true);
    expect(verify(post!, r.base, 'another-secret-entirely')).toBe(false);
    expect(verify(post!, r.base, SECRET, post!.raw.replace('"35"', '"99"'))).toBe(false);
    expect(Signature.isValid({ signatureVersion: 'v1', signature: String(post!.headers['x-hubspot-signature']), clientSecret: SECRET, requestBody: post!.raw })).toBe(true);
    expect(post!.headers['x-hubspot-signature-version']).toBe('v1');
    expect(w.deliveries()).toMatchObject([{ state: 'delivered', eventCount: 1, attempts: [{ attemptNumber: 0, status: 200 }] }]);
  });

  it('batches: 250 changes go out as 3 POSTs of at most 100 events, each signed', async () => {
    const r = await receiver();
    const w = webhooks(r.targetUrl);
    w.subscribe({ eventType: 'company.propertyChange', propertyName: 'num_employees' });
    for (let i = 0; i < 250; i++) w.handle(propertyChange(String(1000 + i), 'num_employees', String(i)));
    await w.idle();
    // Up to 10 POSTs run concurrently (HubSpot's default throttling), so arrival order is not fixed.
    r.received.sort((a, b) => Number(a.events[0]!.objectId) - Number(b.events[0]!.objectId));
    expect(r.received.map((p) => p.events.length)).toEqual([100, 100, 50]);
    expect(r.received.every((p) => verify(p, r.base))).toBe(true);
    const ids = r.received.flatMap((p) => p.events.map((e) => e.eventId));
    expect(new Set(ids).size).toBe(250);
    expect(r.received.flatMap((p) => p.events.map((e) => e.objectId))).toEqual(Array.from({ length: 250 }, (_, i) => 1000 + i));
  });

  it('retries after a 500 with attemptNumber 1 and a fresh signature, then succeeds', async () => {
    const r = await receiver([500]);
    const w = webhooks(r.targetUrl);
    w.subscribe({ eventType: 'deal.creation' });
    w.handle({ kind: 'creation', objectType: 'deals', objectId: '77', occurredAt: at, changeSource: 'API', sourceId: '999' });
    await w.idle();
    expect(r.received).toHaveLength(2);
    expect(r.received.map((p) => p.events[0]!.attemptNumber)).toEqual([0, 1]);
    expect(r.received.map((p) => p.events[0]!.eventId)).toEqual([1, 1]);
    expect(r.received.every((p) => verify(p, r.base))).toBe(true);
    expect(r.received[1]!.events[0]).toMatchObject({ subscriptionType: 'deal.creation', objectId: 77, changeFlag: 'CREATED', changeSource: 'API', sourceId: '999' });
    expect(w.deliveries()[0]).toMatchObject({ state: 'delivered', attempts: [{ status: 500 }, { status: 200 }] });
  });

  it('gives up after maxAttempts on answers that are not 2xx, and on network failures', async () => {
    const r = await receiver([503, 404, 503, 200]);
    const w = webhooks(r.targetUrl, { maxAttempts: 3 });
    w.subscribe({ eventType: 'ticket.creation' });
    w.handle({ kind: 'creation', objectType: 'tickets', objectId: '5', occurredAt: at, changeSource: 'CRM_UI' });
    await w.idle();
    expect(r.received.map((p) => p.events[0]!.attemptNumber)).toEqual([0, 1, 2]);
    expect(w.deliveries()[0]).toMatchObject({ state: 'failed', attempts: [{ status: 503 }, { status: 404 }, { status: 503 }] });

    const closed = await listen(express());
    await new Promise<void>((resolve) => servers.pop()!.close(() => resolve()));
    const down = webhooks(`${closed}/gone`, { maxAttempts: 2 });
    down.subscribe({ eventType: 'ticket.creation' });
    down.handle({ kind: 'creation', objectType: 'tickets', objectId: '6', occurredAt: at, changeSource: 'CRM_UI' });
    await down.idle();
    const [d] = down.deliveries();
    expect(d!.state).toBe('failed');
    expect(d!.attempts).toHaveLength(2);
    expect(d!.attempts.every((a) => a.status === undefined && typeof a.error === 'string' && a.error.length > 0)).toBe(true);
  });
});

describe('webhooks: which changes become events', () => {
  it('filters on object type, kind, property name and active flag', async () => {
    const r = await receiver();
    const w = webhooks(r.targetUrl);
    w.subscribe({ eventType: 'company.propertyChange', propertyName: 'name' });
    const paused = w.subscribe({ eventType: 'company.propertyChange', propertyName: 'domain', active: false });
    w.handle(propertyChange('1', 'name', 'Acme'));
    w.handle(propertyChange('1', 'domain', 'acme.test'));
    w.handle(propertyChange('1', 'industry', 'SOFTWARE'));
    w.handle(propertyChange('2', 'name', 'Jane', { objectType: 'contacts' }));
    w.handle({ kind: 'creation', objectType: 'companies', objectId: '3', occurredAt: at, changeSource: 'CRM_UI' });
    await w.idle();
    const events = r.received.flatMap((p) => p.events);
    expect(events.map((e) => [e.objectId, e.propertyName, e.propertyValue])).toEqual([[1, 'name', 'Acme']]);
    expect(paused.active).toBe(false);
  });

  it('carries changeSource and sourceId so an app can tell its own writes from a user’s', async () => {
    const r = await receiver();
    const w = webhooks(r.targetUrl);
    w.subscribe({ eventType: 'company.propertyChange', propertyName: 'che_health_tier' });
    w.handle(propertyChange('10', 'che_health_tier', 'at_risk', { changeSource: 'INTEGRATION', sourceId: '4242' }));
    w.handle(propertyChange('11', 'che_health_tier', 'healthy', { changeSource: 'CRM_UI', sourceId: 'userId:17' }));
    w.handle(propertyChange('12', 'che_health_tier', 'watch', { changeSource: 'CALCULATED', sourceId: undefined }));
    await w.idle();
    const events = r.received.flatMap((p) => p.events);
    expect(events.map((e) => [e.objectId, e.changeSource, e.sourceId])).toEqual([
      [10, 'INTEGRATION', '4242'], [11, 'CRM_UI', 'userId:17'], [12, 'CALCULATED', undefined],
    ]);
    expect(Object.keys(events[2]!)).not.toContain('sourceId');
  });

  const assoc = (from: 'contacts' | 'companies', fromId: string, to: 'contacts' | 'companies', toId: string, typeId: number, removed: boolean, changeSource = 'CRM_UI'): StoreChange => ({
    kind: 'associationChange', fromObjectType: from, fromObjectId: fromId, toObjectType: to, toObjectId: toId,
    associationTypeId: typeId, removed, occurredAt: at, changeSource, sourceId: 'userId:3',
  });

  it('turns association changes into HubSpot’s associationChange events for the from side, without objectId', async () => {
    const r = await receiver();
    const w = webhooks(r.targetUrl);
    w.subscribe({ eventType: 'contact.associationChange' });
    w.handle(assoc('contacts', '21', 'companies', '7', 1, false));
    w.handle(assoc('companies', '7', 'contacts', '21', 2, false)); // the other side: no contact subscription matches
    w.handle(assoc('contacts', '21', 'companies', '8', 279, true, 'INTEGRATION'));
    w.handle(assoc('contacts', '21', 'companies', '8', 1001, false)); // a USER_DEFINED label (Champion)
    await w.idle();
    const events = r.received.flatMap((p) => p.events);
    expect(events).toHaveLength(3);
    expect(events[0]).toEqual({
      eventId: 1, subscriptionId: 1, portalId: 9001, appId: 4242, occurredAt: at, attemptNumber: 0,
      subscriptionType: 'contact.associationChange', associationType: 'CONTACT_TO_COMPANY',
      fromObjectId: 21, toObjectId: 7, associationRemoved: false, isPrimaryAssociation: true,
      changeSource: 'USER', sourceId: 'userId:3', // HubSpot reports a CRM user's association change as USER
    });
    expect(events[1]).toMatchObject({ toObjectId: 8, associationRemoved: true, isPrimaryAssociation: false, changeSource: 'INTEGRATION' });
    expect(events[2]).toMatchObject({ toObjectId: 8, associationRemoved: false, isPrimaryAssociation: false });
  });

  it('names the association type by object type ids, type id and category on object.associationChange', async () => {
    const r = await receiver();
    const w = webhooks(r.targetUrl);
    w.subscribe({ eventType: 'object.associationChange', objectTypeId: '0-1' });
    w.handle(assoc('contacts', '21', 'companies', '7', 1, false));
    w.handle(assoc('contacts', '21', 'companies', '7', 1001, false));
    w.handle({ ...assoc('contacts', '21', 'companies', '7', 5, false), associationCategory: 'USER_DEFINED' } as StoreChange);
    await w.idle();
    const events = r.received.flatMap((p) => p.events);
    expect(events.map((e) => [e.associationTypeId, e.associationCategory, e.isPrimaryAssociation])).toEqual([
      [1, 'HUBSPOT_DEFINED', true], [1001, 'USER_DEFINED', false], [5, 'USER_DEFINED', false],
    ]);
    expect(events[0]).toMatchObject({ subscriptionType: 'object.associationChange', fromObjectTypeId: '0-1', toObjectTypeId: '0-2', fromObjectId: 21, toObjectId: 7 });
    for (const e of events) {
      expect(e).not.toHaveProperty('objectId');
      expect(e).not.toHaveProperty('objectTypeId');
      expect(e).not.toHaveProperty('associationType');
    }
  });

  it('serves generic object.* subscriptions with objectTypeId, e.g. feedback submissions', async () => {
    const r = await receiver();
    const w = webhooks(r.targetUrl);
    w.subscribe({ eventType: 'object.creation', objectTypeId: '0-19' });
    w.handle({ kind: 'creation', objectType: 'feedback_submissions', objectId: '31', occurredAt: at, changeSource: 'INTEGRATION' });
    w.handle({ kind: 'creation', objectType: 'meetings', objectId: '32', occurredAt: at, changeSource: 'INTEGRATION' });
    await w.idle();
    expect(r.received.flatMap((p) => p.events)).toEqual([expect.objectContaining({ subscriptionType: 'object.creation', objectTypeId: '0-19', objectId: 31, changeFlag: 'CREATED' })]);
  });

  it('sends nothing without settings, and nothing after stop() (pending timers cancelled)', async () => {
    const r = await receiver();
    const unconfigured = createWebhooks({ appId: 1, flushMs: 1 });
    hooks.push(unconfigured);
    unconfigured.subscribe({ eventType: 'company.creation' });
    unconfigured.handle({ kind: 'creation', objectType: 'companies', objectId: '1', occurredAt: at, changeSource: 'API' });
    await unconfigured.idle();
    expect(unconfigured.deliveries()).toHaveLength(0);

    const w = webhooks(r.targetUrl, { flushMs: 60_000 });
    w.subscribe({ eventType: 'company.creation' });
    w.handle({ kind: 'creation', objectType: 'companies', objectId: '1', occurredAt: at, changeSource: 'API' });
    await w.stop();
    await w.idle();
    w.handle({ kind: 'creation', objectType: 'companies', objectId: '2', occurredAt: at, changeSource: 'API' });
    await w.flush();
    expect(r.received).toHaveLength(0);
  });
});

describe('webhooks: the /_sandbox/webhooks router', () => {
  async function admin(opts: Partial<WebhooksOptions> = {}) {
    const w = createWebhooks({ appId: 4242, flushMs: 1, backoffMs: 1, ...opts });
    hooks.push(w);
    const app = express();
    app.use('/_sandbox/webhooks', w.router);
    const base = `${await listen(app)}/_sandbox/webhooks`;
    const call = async (method: string, path: string, body?: unknown) => {
      const res = await fetch(`${base}${path}`, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : undefined };
    };
    return { w, call };
  }

  it('manages settings and subscriptions and shows deliveries with their attempts', async () => {
    const r = await receiver([502]);
    const { w, call } = await admin();
    const settings = await call('PUT', '/settings', { targetUrl: r.targetUrl, clientSecret: SECRET });
    expect(settings.status).toBe(200);
    expect(settings.body).toMatchObject({ targetUrl: r.targetUrl, throttling: { maxConcurrentRequests: 10 } });
    expect(JSON.stringify(settings.body)).not.toContain(SECRET);
    expect(JSON.stringify((await call('GET', '/settings')).body)).not.toContain(SECRET);

    const created = await call('POST', '/subscriptions', { eventType: 'company.propertyChange', propertyName: 'name', active: true });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: expect.any(String), eventType: 'company.propertyChange', propertyName: 'name', active: true, createdAt: expect.any(String) });
    const other = await call('POST', '/subscriptions', { eventType: 'deal.creation' });
    expect((await call('GET', '/subscriptions')).body.results.map((s: { id: string }) => s.id)).toEqual([created.body.id, other.body.id]);

    expect((await call('PATCH', `/subscriptions/${other.body.id}`, { active: false })).body.active).toBe(false);
    expect((await call('DELETE', `/subscriptions/${other.body.id}`)).status).toBe(204);
    expect((await call('DELETE', `/subscriptions/${other.body.id}`)).status).toBe(404);
    expect((await call('GET', '/subscriptions')).body.results).toHaveLength(1);

    w.handle(propertyChange('5', 'name', 'Globex'));
    await w.idle();
    const log = await call('GET', '/deliveries');
    expect(log.body.results).toEqual([expect.objectContaining({
      state: 'delivered', eventCount: 1, subscriptionIds: [Number(created.body.id)],
      attempts: [expect.objectContaining({ attemptNumber: 0, status: 502 }), expect.objectContaining({ attemptNumber: 1, status: 200 })],
    })]);
    expect(log.body.results[0].events).toBeUndefined();
  });

  it('answers bad bodies with HubSpot’s 400 naming the field', async () => {
    const { call } = await admin();
    const noProp = await call('POST', '/subscriptions', { eventType: 'company.propertyChange' });
    expect(noProp.status).toBe(400);
    expect(noProp.body).toMatchObject({ status: 'error', category: 'VALIDATION_ERROR', correlationId: expect.any(String) });
    expect(noProp.body.message).toMatch(/propertyName/);
    expect((await call('POST', '/subscriptions', { eventType: 'company.explode' })).body.message).toMatch(/eventType/);
    expect((await call('POST', '/subscriptions', { eventType: 'object.creation' })).body.message).toMatch(/objectTypeId/);
    expect((await call('POST', '/subscriptions', { eventType: 'deal.creation', colour: 'red' })).body.message).toMatch(/colour/);
    const badUrl = await call('PUT', '/settings', { targetUrl: 'not a url', clientSecret: SECRET });
    expect(badUrl.status).toBe(400);
    expect(badUrl.body.message).toMatch(/targetUrl/);
    expect((await call('PUT', '/settings', { targetUrl: 'http://127.0.0.1:1/x', clientSecret: 'short' })).body.message).toMatch(/clientSecret/);
    expect((await call('GET', '/settings')).status).toBe(404);
  });
});
