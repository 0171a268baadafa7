/**
 * Automation v4 in the sandbox: custom workflow action definitions through the
 * real client (developer key as ?hapikey=), and flows through client.apiRequest
 * and plain HTTP, with HubSpot's validation errors and auth answers.
 */
import { Client } from '@hubspot/api-client';
import type { RunningSandbox } from '../../../src/sandbox/server';
import { aFlow, anActionDefinition } from './automation-builders';
import { call, startTestSandbox } from './harness';
import { aSeed } from './seed-builder';

let sandbox: RunningSandbox;
let developer: Client;
let appId: number;

beforeAll(async () => {
  sandbox = await startTestSandbox(aSeed().build());
  developer = new Client({ developerApiKey: sandbox.token, basePath: sandbox.url });
  appId = sandbox.appId;
});
afterAll(() => sandbox.stop());

/** The status and body of a client call that HubSpot refuses. */
async function refusal(p: Promise<unknown>): Promise<{ code: number; body: { message: string; category: string; errors?: { in?: string }[] } }> {
  try {
    await p;
  } catch (e) {
    const err = e as { code: number; body: unknown };
    return { code: err.code, body: (typeof err.body === 'string' ? JSON.parse(err.body) : err.body) as never };
  }
  throw new Error('expected the call to be refused');
}

describe('custom workflow action definitions', () => {
  const defs = () => developer.automation.actions.definitionsApi;

  test('create, read, update, list revisions and archive through the client', async () => {
    const created = await defs().create(appId, anActionDefinition().build());
    expect(created.id).toMatch(/^\d+$/);
    expect(created).toMatchObject({ revisionId: '1', objectTypes: ['COMPANY'], published: false, functions: [] });
    expect(created.labels.en!.actionName).toBe('Recalculate customer health');
    expect(created.outputFields!.map((f) => f.typeDefinition.name)).toEqual(['score', 'tier', 'prediction', 'renewal_risk', 'play']);

    const read = await defs().getById(created.id, appId);
    expect(read.actionUrl).toBe('https://che.example.com/workflow-action');

    const updated = await defs().update(created.id, appId, { published: true, actionUrl: 'https://che.example.com/v2/action' });
    expect(updated).toMatchObject({ id: created.id, revisionId: '2', published: true, actionUrl: 'https://che.example.com/v2/action' });
    expect(updated.labels.en!.actionName).toBe('Recalculate customer health');

    const revisions = await developer.automation.actions.revisionsApi.getPage(created.id, appId);
    expect(revisions.results.map((r) => [r.revisionId, r.definition.published])).toEqual([['1', false], ['2', true]]);
    expect(revisions.results[0]!.createdAt).toBeInstanceOf(Date);

    const listed = await defs().getPage(appId);
    expect(listed.results.map((d) => d.id)).toContain(created.id);

    await defs().archive(created.id, appId);
    expect((await refusal(defs().getById(created.id, appId))).code).toBe(404);
    expect((await defs().getPage(appId)).results.map((d) => d.id)).not.toContain(created.id);
    const archived = await defs().getById(created.id, appId, true);
    expect(archived.archivedAt).toEqual(expect.any(Number));
  });

  test('definitions page with after', async () => {
    const other = appId + 1;
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await defs().create(other, anActionDefinition().build())).id);
    const first = await defs().getPage(other, 2);
    expect(first.results.map((d) => d.id)).toEqual(ids.slice(0, 2));
    const rest = await defs().getPage(other, 2, first.paging!.next!.after);
    expect(rest.results.map((d) => d.id)).toEqual(ids.slice(2));
    expect(rest.paging).toBeUndefined();
  });

  test('functions: put a source by type, list identifiers, read the source, delete', async () => {
    const def = await defs().create(appId, anActionDefinition().build());
    const fns = developer.automation.actions.functionsApi;
    const source = 'exports.main = (event, callback) => callback({ webhookUrl: event.webhookUrl });';
    const put = await fns.createOrReplaceByFunctionType(def.id, 'PRE_ACTION_EXECUTION', appId, source);
    expect(put.functionType).toBe('PRE_ACTION_EXECUTION');
    expect((await fns.getPage(def.id, appId)).results).toEqual([expect.objectContaining({ functionType: 'PRE_ACTION_EXECUTION', id: put.id })]);
    expect((await fns.getByFunctionType(def.id, 'PRE_ACTION_EXECUTION', appId)).functionSource).toBe(source);
    expect((await defs().getById(def.id, appId)).functions.map((f) => f.functionType)).toEqual(['PRE_ACTION_EXECUTION']);
    await fns.archiveByFunctionType(def.id, 'PRE_ACTION_EXECUTION', appId);
    expect((await refusal(fns.getByFunctionType(def.id, 'PRE_ACTION_EXECUTION', appId))).code).toBe(404);
  });

  test('a bad definition gets 400 VALIDATION_ERROR naming the field', async () => {
    const badUrl = await refusal(defs().create(appId, anActionDefinition().withActionUrl('not a url').build()));
    expect(badUrl.code).toBe(400);
    expect(badUrl.body.category).toBe('VALIDATION_ERROR');
    expect(badUrl.body.message).toContain('actionUrl');
    expect(badUrl.body.errors!.map((e) => e.in)).toEqual(['actionUrl']);

    const noEnglish = await call(sandbox, 'POST', `/automation/v4/actions/${appId}`, anActionDefinition().withoutEnglishLabels().json());
    expect(noEnglish.status).toBe(400);
    expect(noEnglish.body.errors.map((e: { in: string }) => e.in)).toEqual(['labels.en']);

    const noObjectTypes = await call(sandbox, 'POST', `/automation/v4/actions/${appId}`, anActionDefinition().without('objectTypes').json());
    expect(noObjectTypes.body.message).toContain('Some required fields were not set: [objectTypes]');

    const emptyName = await call(sandbox, 'POST', `/automation/v4/actions/${appId}`, anActionDefinition().withInputFieldNamed('').json());
    expect(emptyName.body.errors.map((e: { in: string }) => e.in)).toEqual(['inputFields[0].typeDefinition.name']);

    const badApp = await call(sandbox, 'POST', `/automation/v4/actions/not-an-app`, anActionDefinition().json());
    expect(badApp.status).toBe(400);
    expect(badApp.body.message).toContain('appId');
  });

  test('auth: the developer key or the Bearer token; the client with only an access token sends neither', async () => {
    const path = `/automation/v4/actions/${appId}`;
    expect((await call(sandbox, 'GET', path)).status).toBe(200);
    expect((await call(sandbox, 'GET', `${path}?hapikey=${sandbox.token}`, undefined, {})).status).toBe(200);
    const wrongKey = await call(sandbox, 'GET', `${path}?hapikey=wrong`, undefined, {});
    expect(wrongKey.status).toBe(401);
    expect(wrongKey.body.message).toContain('The API key provided is invalid');
    expect((await call(sandbox, 'GET', path, undefined, {})).status).toBe(401);

    const oauthOnly = new Client({ accessToken: sandbox.token, basePath: sandbox.url });
    const refused = await refusal(oauthOnly.automation.actions.definitionsApi.getPage(appId));
    expect(refused.code).toBe(401);
    expect(refused.body.category).toBe('INVALID_AUTHENTICATION');
  });
});

describe('workflows (flows v4)', () => {
  const client = () => new Client({ accessToken: sandbox.token, basePath: sandbox.url });
  const request = async (method: string, path: string, body?: unknown) => {
    const res = await client().apiRequest({ method, path, ...(body === undefined ? {} : { body }) });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  };

  test('create, get, list with paging, replace, delete', async () => {
    const created = await request('POST', '/automation/v4/flows', aFlow().build());
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      type: 'PLATFORM_FLOW', objectTypeId: '0-2', flowType: 'WORKFLOW', isEnabled: false, name: 'Tier dropped to critical',
      revisionId: '1', startActionId: '1', nextAvailableActionId: '3', crmObjectCreationStatus: 'COMPLETE',
    });
    expect(created.body.id).toMatch(/^\d+$/);
    expect(created.body.createdAt).toBe(created.body.updatedAt);
    expect(created.body.enrollmentCriteria.eventFilterBranches[0].filters[0].operation.value).toBe('che_tier_change');
    const id: string = created.body.id;

    expect((await request('GET', `/automation/v4/flows/${id}`)).body.actions.map((a: { actionTypeId: string }) => a.actionTypeId)).toEqual(['0-3', '0-8']);

    const second = (await request('POST', '/automation/v4/flows', aFlow().named('Tier rose to thriving').build())).body.id;
    const first = await request('GET', '/automation/v4/flows?limit=1');
    expect(first.body.results).toEqual([expect.objectContaining({ id, revisionId: '1', name: 'Tier dropped to critical', objectTypeId: '0-2' })]);
    const next = await request('GET', `/automation/v4/flows?limit=1&after=${first.body.paging.next.after}`);
    expect(next.body.results.map((f: { id: string }) => f.id)).toEqual([second]);

    const { id: _id, revisionId, createdAt: _c, updatedAt: _u, objectTypeId: _o, flowType: _f, dataSources: _d, ...rest } = created.body;
    const replaced = await request('PUT', `/automation/v4/flows/${id}`, { ...rest, revisionId, isEnabled: true });
    expect(replaced.status).toBe(200);
    expect(replaced.body).toMatchObject({ id, revisionId: '2', isEnabled: true, objectTypeId: '0-2', name: 'Tier dropped to critical' });
    const stale = await request('PUT', `/automation/v4/flows/${id}`, { ...rest, revisionId: '1', isEnabled: false });
    expect(stale.status).toBe(409);
    expect((await request('GET', `/automation/v4/flows/${id}`)).body.isEnabled).toBe(true);

    expect((await request('DELETE', `/automation/v4/flows/${id}`)).status).toBe(204);
    const gone = await request('GET', `/automation/v4/flows/${id}`);
    expect(gone.status).toBe(404);
    expect(gone.body.category).toBe('OBJECT_NOT_FOUND');
  });

  test('a bad flow gets 400 naming the field, and none is stored', async () => {
    const count = async () => (await request('GET', '/automation/v4/flows')).body.results.length;
    const before = await count();
    const post = (body: unknown) => call(sandbox, 'POST', '/automation/v4/flows', body);
    const noType = await post(aFlow().without('type').build());
    expect(noType.status).toBe(400);
    expect(noType.body).toMatchObject({ status: 'error', category: 'VALIDATION_ERROR' });
    expect(noType.body.message).toContain('Some required fields were not set: [type]');
    expect(noType.body.errors.map((e: { in: string }) => e.in)).toEqual(['type']);

    const contactsOnPlatform = await post(aFlow().ofType('PLATFORM_FLOW', '0-1').build());
    expect(contactsOnPlatform.body.errors.map((e: { in: string }) => e.in)).toEqual(['objectTypeId']);

    const dangling = await post(aFlow().withDanglingConnection().build());
    expect(dangling.body.errors.map((e: { in: string }) => e.in)).toEqual(['actions[0].connection.nextActionId']);

    const noEvent = await post(aFlow().withoutEventTypeId().build());
    expect(noEvent.body.message).toContain('enrollmentCriteria.eventFilterBranches[0].eventTypeId');

    const noActions = await post(aFlow().without('actions').build());
    expect(noActions.body.message).toContain('[actions]');

    const notEnumOperator = aFlow().build();
    const hsValue = (notEnumOperator.enrollmentCriteria as { eventFilterBranches: { filters: { operation: { operator: string } }[] }[] }).eventFilterBranches[0]!.filters[1]!;
    hsValue.operation.operator = 'IS_NOT_EQUAL_TO';
    expect((await post(notEnumOperator)).body.errors.map((e: { in: string }) => e.in))
      .toEqual(['enrollmentCriteria.eventFilterBranches[0].filters[1].operation.operator']);
    expect(await count()).toBe(before);
  });

  test('401 without a token', async () => {
    const res = await call(sandbox, 'GET', '/automation/v4/flows', undefined, {});
    expect(res.status).toBe(401);
    expect(res.body.category).toBe('INVALID_AUTHENTICATION');
    expect((await call(sandbox, 'POST', '/automation/v4/flows', aFlow().build(), {})).status).toBe(401);
  });
});
