/**
 * The example workflows and the custom workflow action definition, as
 * Automation v4 request bodies, and their creation (`che workflows`).
 *
 * | workflow                                   | enrolls a company when                                   | then                                              |
 * |--------------------------------------------|----------------------------------------------------------|---------------------------------------------------|
 * | Customer health: tier dropped to critical   | che_health_tier changes to critical, che_tier_change = declined | task for the owner (high priority) + internal email to the owner |
 * | Customer health: tier rose to thriving      | che_health_tier changes to thriving, che_tier_change = improved | advocacy task for the owner (reference, case study, review) |
 *
 * Both are created switched off (`isEnabled: false`) unless asked: an admin
 * looks them over in HubSpot before they act on real accounts.
 */
import { Client } from '@hubspot/api-client';
import { z } from 'zod';
import type { HubSpotConnection } from '../hubspot/contracts';
import { ACTION_OUTPUT_FIELDS } from './workflow-action';

/** HubSpot's "property value changed" event, filtered by property name (hs_name) and new value (hs_value). */
const PROPERTY_CHANGED_EVENT = '4-655002';
/** Built-in workflow action types: create task, internal email notification. */
const CREATE_TASK = '0-3';
const INTERNAL_EMAIL = '0-8';

type Json = Record<string, unknown>;

const enumFilter = (property: string, values: string[]) => ({
  filterType: 'PROPERTY', property, operation: { operationType: 'ENUMERATION', operator: 'IS_ANY_OF', values, includeObjectsWithNoValueSet: false },
});

function enrollOnTier(tier: string, change: 'declined' | 'improved'): Json {
  return {
    type: 'EVENT_BASED',
    shouldReEnroll: true,
    eventFilterBranches: [{
      filterBranchType: 'UNIFIED_EVENTS', filterBranchOperator: 'AND', eventTypeId: PROPERTY_CHANGED_EVENT, operator: 'HAS_COMPLETED', filterBranches: [],
      filters: [
        { filterType: 'PROPERTY', property: 'hs_name', operation: { operationType: 'STRING', operator: 'IS_EQUAL_TO', value: 'che_health_tier', includeObjectsWithNoValueSet: false } },
        { filterType: 'PROPERTY', property: 'hs_value', operation: { operationType: 'ENUMERATION', operator: 'IS_ANY_OF', values: [tier], includeObjectsWithNoValueSet: false } },
      ],
    }],
    // A first scoring sets the tier without a change direction: it must not enroll.
    listMembershipFilterBranches: [{ filterBranchType: 'AND', filterBranches: [], filters: [enumFilter('che_tier_change', [change])] }],
  };
}

function flow(name: string, description: string, enrollment: Json, actions: Json[], enabled: boolean): Json {
  return {
    type: 'PLATFORM_FLOW', objectTypeId: '0-2', flowType: 'WORKFLOW', isEnabled: enabled, name, description,
    startActionId: '1', actions, enrollmentCriteria: enrollment, timeWindows: [], blockedDates: [], customProperties: {}, dataSources: [],
  };
}

const task = (actionId: string, subject: string, body: string, priority: string, next?: string): Json => ({
  type: 'SINGLE_CONNECTION', actionId, actionTypeId: CREATE_TASK, actionTypeVersion: 0,
  ...(next ? { connection: { edgeType: 'STANDARD', nextActionId: next } } : {}),
  fields: { task_type: 'TODO', subject, body, priority, owner_assignment: { type: 'OWNER_PROPERTY', property: 'hubspot_owner_id' }, due_time: { delta: 1, timeUnit: 'DAYS' } },
});

export function exampleFlows(opts: { enabled?: boolean } = {}): Json[] {
  const enabled = opts.enabled ?? false;
  return [
    flow('Customer health: tier dropped to critical', 'Created by the Customer Health Engine (che workflows --create).', enrollOnTier('critical', 'declined'), [
      task('1', 'Account turned critical: run the save play', 'The health tier dropped to critical. Open the company\'s health card for the drivers and the recommended play.', 'HIGH', '2'),
      {
        type: 'SINGLE_CONNECTION', actionId: '2', actionTypeId: INTERNAL_EMAIL, actionTypeVersion: 0,
        fields: { subject: 'An account turned critical', body: 'Its customer health tier dropped to critical. See the health card on the company record.', owner_properties: ['hubspot_owner_id'] },
      },
    ], enabled),
    flow('Customer health: tier rose to thriving', 'Created by the Customer Health Engine (che workflows --create).', enrollOnTier('thriving', 'improved'), [
      task('1', 'Account is thriving: ask for advocacy', 'The health tier rose to thriving. Ask for a reference, a case study or a review while the account is at its best.', 'MEDIUM'),
    ], enabled),
  ];
}

/** The custom workflow action "Recalculate customer health" (Automation Actions v4 definition). */
export function actionDefinition(actionUrl: string, opts: { published?: boolean } = {}): Json {
  return {
    actionUrl,
    published: opts.published ?? false,
    objectTypes: ['COMPANY'],
    functions: [],
    inputFields: [],
    outputFields: ACTION_OUTPUT_FIELDS.map((f) => ({
      typeDefinition: {
        name: f.name, type: f.type, fieldType: f.type === 'number' ? 'number' : f.type === 'enumeration' ? 'select' : 'text',
        options: (f.options ?? []).map((value, i) => ({ label: value.replace(/_/g, ' '), value, displayOrder: i })), externalOptions: false,
      },
    })),
    labels: {
      en: {
        actionName: 'Recalculate customer health',
        actionDescription: 'Rescores the enrolled company now and returns its health score, tier, renewal prediction, renewal risk and play.',
        appDisplayName: 'Customer Health Engine',
        outputFieldLabels: Object.fromEntries(ACTION_OUTPUT_FIELDS.map((f) => [f.name, f.label])),
      },
    },
  };
}

const Created = z.looseObject({ id: z.union([z.string(), z.number()]).transform(String) });

async function send(conn: HubSpotConnection, endpoint: string, path: string, body: Json): Promise<string> {
  const res = await conn.calls.call(endpoint, () => conn.client.apiRequest({ method: 'POST', path, body }));
  const text = await res.text();
  if (!res.ok) throw new Error(`${endpoint}: HubSpot answered ${res.status}: ${text.slice(0, 500)}`);
  return Created.parse(JSON.parse(text)).id;
}

/** Creates the example flows; returns each one's name and id. */
export async function createExampleFlows(conn: HubSpotConnection, opts: { enabled?: boolean } = {}): Promise<{ name: string; id: string }[]> {
  const out: { name: string; id: string }[] = [];
  for (const body of exampleFlows(opts)) {
    // POST /automation/v4/flows
    out.push({ name: String(body.name), id: await send(conn, 'POST /automation/v4/flows', '/automation/v4/flows', body) });
  }
  return out;
}

/**
 * Creates the action definition for app `appId`. HubSpot authenticates these
 * endpoints with the developer account's API key (`hapikey`), so this uses a
 * client built with that key, not the portal token.
 */
export async function createActionDefinition(conn: HubSpotConnection, opts: { appId: number; developerApiKey: string; actionUrl: string; published?: boolean }): Promise<string> {
  const developer = new Client({ developerApiKey: opts.developerApiKey, basePath: conn.baseUrl, numberOfApiCallRetries: 0 });
  const body = actionDefinition(opts.actionUrl, opts.published === undefined ? {} : { published: opts.published });
  // POST /automation/v4/actions/{appId}
  const created = await conn.calls.call('POST /automation/v4/actions/{appId}', () => developer.automation.actions.definitionsApi.create(opts.appId, body as never));
  return String(created.id);
}
