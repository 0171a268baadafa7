/** HubSpot's error shapes: 401 without the Bearer token, 404 for unknown routes, 400 for bad JSON. */
import { Client } from '@hubspot/api-client';
import type { RunningSandbox } from '../../../src/sandbox/server';
import { call, startTestSandbox } from './harness';
import { aSeed } from './seed-builder';

let sandbox: RunningSandbox;

beforeAll(async () => {
  sandbox = await startTestSandbox(aSeed().withCompanies(2).build(), { token: 'test-secret' });
});
afterAll(() => sandbox.stop());

const AUTH_MESSAGE = 'Authentication credentials not found. This API supports OAuth 2.0 authentication and you can find more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview';

test.each([
  ['no Authorization header', {}],
  ['a wrong token', { authorization: 'Bearer nope' }],
  ['another scheme', { authorization: 'Basic dGVzdC1zZWNyZXQ=' }],
])('%s → 401 INVALID_AUTHENTICATION', async (_label, headers) => {
  const res = await call(sandbox, 'GET', '/crm/v3/objects/companies', undefined, headers as Record<string, string>);
  expect(res.status).toBe(401);
  expect(res.body).toEqual({ status: 'error', message: AUTH_MESSAGE, correlationId: expect.any(String), category: 'INVALID_AUTHENTICATION' });
});

test('the client with a wrong token gets an ApiException with code 401', async () => {
  const client = new Client({ accessToken: 'wrong', basePath: sandbox.url });
  await expect(client.crm.companies.basicApi.getPage()).rejects.toMatchObject({ code: 401 });
});

test('the admin API needs the token too', async () => {
  expect((await call(sandbox, 'GET', '/_sandbox/state', undefined, {})).status).toBe(401);
  expect((await call(sandbox, 'GET', '/_sandbox/state')).status).toBe(200);
});

test('an unknown route is a HubSpot-style 404', async () => {
  const res = await call(sandbox, 'GET', '/crm/v3/nothing/here');
  expect(res.status).toBe(404);
  expect(res.body).toMatchObject({ status: 'error', message: 'resource not found', correlationId: expect.any(String) });
});

test('an unknown object type is a 400', async () => {
  const res = await call(sandbox, 'GET', '/crm/v3/objects/widgets');
  expect(res.status).toBe(400);
  expect(res.body.message).toContain('widgets');
});

test('malformed JSON is a 400 VALIDATION_ERROR', async () => {
  const res = await call(sandbox, 'POST', '/crm/v3/objects/companies/search', '{"filterGroups": [');
  expect(res.status).toBe(400);
  expect(res.body).toMatchObject({ status: 'error', category: 'VALIDATION_ERROR' });
});

test('a body of the wrong shape is a 400 naming the field', async () => {
  const res = await call(sandbox, 'POST', '/crm/v3/objects/companies', { props: { name: 'x' } });
  expect(res.status).toBe(400);
  expect(res.body.message).toContain('properties');
});
