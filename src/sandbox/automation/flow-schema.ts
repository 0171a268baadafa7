/**
 * Automation v4 flow bodies as HubSpot's OpenAPI spec describes them:
 * ApiFlowCreateRequest / ApiFlowPutRequest, one of CONTACT_FLOW or
 * PLATFORM_FLOW by `type`, with actions of six kinds by their own `type`.
 *
 * Built-in action types seen in HubSpot's docs and live flows:
 * 0-1 delay, 0-3 create task, 0-4 send email, 0-5 set property,
 * 0-8 internal email notification, 0-9 in-app notification, 0-14 create record.
 * Custom workflow actions use the app's own ids; any "<n>-<n>" id is accepted.
 */
import { z } from 'zod';
import { enrollmentCriteria, filterBranch } from './flow-filters';

const id = z.string().regex(/^\d+$/, 'must be a numeric string');
const connection = z.object({ edgeType: z.enum(['STANDARD', 'GOTO']), nextActionId: z.string().min(1) });
const record = z.record(z.string(), z.unknown());

const action = z.discriminatedUnion('type', [
  z.looseObject({
    type: z.literal('SINGLE_CONNECTION'), actionId: id,
    actionTypeId: z.string().regex(/^\d+-\d+$/, 'must be an action type id like 0-3'),
    actionTypeVersion: z.number().int(), fields: record, connection: connection.optional(),
  }),
  z.looseObject({
    type: z.literal('STATIC_BRANCH'), actionId: id, inputValue: record,
    staticBranches: z.array(z.looseObject({ branchValue: z.string(), connection: connection.optional() })),
    defaultBranch: connection.optional(), defaultBranchName: z.string().optional(),
  }),
  z.looseObject({
    type: z.literal('LIST_BRANCH'), actionId: id,
    listBranches: z.array(z.looseObject({ filterBranch, connection: connection.optional(), branchName: z.string().optional() })),
    defaultBranch: connection.optional(), defaultBranchName: z.string().optional(),
  }),
  z.looseObject({ type: z.literal('AB_TEST_BRANCH'), actionId: id, testBranches: z.array(record) }),
  z.looseObject({
    type: z.literal('CUSTOM_CODE'), actionId: id, inputFields: z.array(record), outputFields: z.array(record),
    runtime: z.string(), secretNames: z.array(z.string()), sourceCode: z.string(), connection: connection.optional(),
  }),
  z.looseObject({
    type: z.literal('WEBHOOK'), actionId: id, method: z.enum(['CONNECT', 'DELETE', 'GET', 'HEAD', 'OPTIONS', 'PATCH', 'POST', 'PUT', 'TRACE']),
    queryParams: z.array(record), webhookUrl: z.string().min(1), connection: connection.optional(),
  }),
]);
export type FlowAction = z.infer<typeof action>;

const DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;
const MONTHS = ['JANUARY', 'FEBRUARY', 'MARCH', 'APRIL', 'MAY', 'JUNE', 'JULY', 'AUGUST', 'SEPTEMBER', 'OCTOBER', 'NOVEMBER', 'DECEMBER'] as const;
const timeOfDay = z.object({ hour: z.number().int().min(0).max(23), minute: z.number().int().min(0).max(59) });

/** What a create and a replace share. The spec also requires the four lists; flows built by hand omit them, so they default to empty. */
const flowContent = {
  name: z.string().min(1).optional(),
  description: z.string().optional(),
  uuid: z.string().optional(),
  isEnabled: z.boolean(),
  startActionId: z.string().optional(),
  actions: z.array(action),
  enrollmentCriteria: enrollmentCriteria.optional(),
  enrollmentSchedule: z.looseObject({ type: z.string() }).optional(),
  suppressionFilterBranch: filterBranch.optional(),
  timeWindows: z.array(z.object({ day: z.enum(DAYS), startTime: timeOfDay.optional(), endTime: timeOfDay.optional() })).default([]),
  blockedDates: z.array(z.object({ month: z.enum(MONTHS), dayOfMonth: z.number().int().min(1).max(31), year: z.number().int().optional() })).default([]),
  customProperties: z.record(z.string(), z.string()).default({}),
};

const contactOnly = {
  suppressionListIds: z.array(z.number().int()).default([]),
  canEnrollFromSalesforce: z.boolean().default(false),
  goalFilterBranch: filterBranch.optional(),
  eventAnchor: record.optional(),
  unEnrollmentSetting: record.optional(),
};

const createFields = {
  ...flowContent,
  objectTypeId: z.string().regex(/^\d+-\d+$/, 'must be an object type id like 0-2'),
  flowType: z.enum(['WORKFLOW', 'ACTION_SET', 'UNKNOWN']),
  dataSources: z.array(record).default([]),
};

export const flowCreate = z.discriminatedUnion('type', [
  z.object({ type: z.literal('CONTACT_FLOW'), ...createFields, ...contactOnly }),
  z.object({ type: z.literal('PLATFORM_FLOW'), ...createFields }),
]).superRefine(checkFlow);
export type FlowCreate = z.infer<typeof flowCreate>;

/** A replace names the revision it replaces; the object type and flow type cannot change. */
export const flowPut = z.discriminatedUnion('type', [
  z.object({ type: z.literal('CONTACT_FLOW'), revisionId: z.string().min(1), ...flowContent, ...contactOnly }),
  z.object({ type: z.literal('PLATFORM_FLOW'), revisionId: z.string().min(1), ...flowContent }),
]).superRefine(checkFlow);
export type FlowPut = z.infer<typeof flowPut>;

/**
 * The checks a schema cannot state: contact flows enroll contacts (0-1) and
 * platform flows anything else (HubSpot's message for a mismatch is kept),
 * action ids are unique, and the start and every connection name an action.
 */
function checkFlow(flow: { type: string; objectTypeId?: string; startActionId?: string; actions: FlowAction[] }, ctx: z.RefinementCtx): void {
  if (flow.objectTypeId !== undefined) {
    if (flow.type === 'CONTACT_FLOW' && flow.objectTypeId !== '0-1') {
      ctx.addIssue({ code: 'custom', path: ['objectTypeId'], message: `Expected objectType "0-1" but got "${flow.objectTypeId}"` });
    }
    if (flow.type === 'PLATFORM_FLOW' && flow.objectTypeId === '0-1') {
      ctx.addIssue({ code: 'custom', path: ['objectTypeId'], message: 'Expected an object type other than "0-1" objectType but got "0-1"' });
    }
  }
  const ids = new Set<string>();
  flow.actions.forEach((a, i) => {
    if (ids.has(a.actionId)) ctx.addIssue({ code: 'custom', path: ['actions', i, 'actionId'], message: `duplicate actionId ${a.actionId}` });
    ids.add(a.actionId);
  });
  if (flow.actions.length > 0 && flow.startActionId === undefined) {
    ctx.addIssue({ code: 'custom', path: ['startActionId'], message: 'required when the flow has actions' });
  } else if (flow.startActionId !== undefined && !ids.has(flow.startActionId)) {
    ctx.addIssue({ code: 'custom', path: ['startActionId'], message: `no action has actionId ${flow.startActionId}` });
  }
  flow.actions.forEach((a, i) => {
    for (const [path, next] of connectionsOf(a)) {
      if (!ids.has(next)) ctx.addIssue({ code: 'custom', path: ['actions', i, ...path, 'nextActionId'], message: `no action has actionId ${next}` });
    }
  });
}

function connectionsOf(a: FlowAction): [(string | number)[], string][] {
  const out: [(string | number)[], string][] = [];
  const add = (path: (string | number)[], c: unknown) => {
    const next = (c as { nextActionId?: unknown } | undefined)?.nextActionId;
    if (typeof next === 'string') out.push([path, next]);
  };
  add(['connection'], a.connection);
  add(['defaultBranch'], a.defaultBranch);
  if (a.type === 'STATIC_BRANCH') a.staticBranches.forEach((b, i) => add(['staticBranches', i, 'connection'], b.connection));
  if (a.type === 'LIST_BRANCH') a.listBranches.forEach((b, i) => add(['listBranches', i, 'connection'], b.connection));
  return out;
}
