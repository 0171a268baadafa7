/**
 * Webhooks end to end: a subscription made through the admin API, a write made
 * through the real client (or as a CRM user), and a signed delivery arriving at
 * a receiver that checks it the way an app would — with the client's Signature helper.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Signature, type Client } from '@hubspot/api-client';
import type { RunningSandbox } from '../../../src/sandbox/server';
import { call, clientFor, startTestSandbox } from './harness';
import { aSeed } from './seed-builder';

const SECRET = 'e2e-client-secret';

interface Delivery { url: string; headers: IncomingHttpHeaders; raw: string }

let sandbox: RunningSandbox;
let client: Client;
let receiver: Server;
let receiverBase: string;
const deliveries: Delivery[] = [];

beforeAll(async () => {
  receiver = createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (raw += chunk));
    req.on('end', () => {
      deliveries.push({ url: req.url ?? '', headers: req.headers, raw });
      res.statusCode = 204;
      res.end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverBase = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;

  sandbox = await startTestSandbox(aSeed().withOwner('101', 9001).withCompanies(3).build());
  client = clientFor(sandbox);
  const settings = await call(sandbox, 'PUT', '/_sandbox/webhooks/settings', { targetUrl: `${receiverBase}/webhooks/hubspot`, clientSecret: SECRET });
  expect(settings.status).toBe(200);
  for (const sub of [
    { eventType: 'company.propertyChange', propertyName: 'industry' },
    { eventType: 'company.creation' },
  ]) {
    expect((await call(sandbox, 'POST', '/_sandbox/webhooks/subscriptions', sub)).status).toBe(201);
  }
});

afterAll(async () => {
  await sandbox.stop();
  await new Promise((resolve) => receiver.close(resolve));
});

beforeEach(() => deliveries.splice(0));

async function delivered(): Promise<Array<Record<string, unknown>>> {
  await sandbox.admin.webhooks.flush();
  await sandbox.admin.webhooks.idle();
  return deliveries.flatMap((d) => JSON.parse(d.raw) as Array<Record<string, unknown>>);
}

function signedByHubSpot(d: Delivery, secret = SECRET): boolean {
  return Signature.isValid({
    signatureVersion: 'v3',
    signature: String(d.headers['x-hubspot-signature-v3']),
    clientSecret: secret,
    requestBody: d.raw,
    method: 'POST',
    url: `${receiverBase}${d.url}`,
    timestamp: Number(d.headers['x-hubspot-request-timestamp']),
  });
}

test('an API write of a subscribed property arrives signed, marked as the app\'s own change', async () => {
  await client.crm.companies.basicApi.update('1', { properties: { industry: 'BANKING', city: 'Oslo' } });
  const events = await delivered();
  expect(events).toHaveLength(1); // city is not subscribed
  expect(events[0]).toMatchObject({
    subscriptionType: 'company.propertyChange',
    objectId: 1,
    propertyName: 'industry',
    propertyValue: 'BANKING',
    changeSource: 'INTEGRATION',
    sourceId: String(sandbox.appId),
  });
  expect(deliveries.every((d) => signedByHubSpot(d))).toBe(true);
  expect(deliveries.some((d) => signedByHubSpot(d, 'not-the-secret'))).toBe(false);
});

test('a CSM\'s edit in the CRM arrives as a CRM_UI change by that user', async () => {
  const res = await call(sandbox, 'POST', '/_sandbox/act-as-user/companies/2', { userId: 9001, properties: { industry: 'RETAIL' } });
  expect(res.status).toBe(200);
  const events = await delivered();
  expect(events.map((e) => [e.objectId, e.propertyValue, e.changeSource, e.sourceId])).toEqual([[2, 'RETAIL', 'CRM_UI', 'userId:9001']]);
});

test('a company created through the client arrives as a creation event', async () => {
  const created = await client.crm.companies.basicApi.create({ properties: { name: 'Brand New Co' }, associations: [] });
  const events = await delivered();
  expect(events.filter((e) => e.subscriptionType === 'company.creation').map((e) => String(e.objectId))).toEqual([created.id]);
});
