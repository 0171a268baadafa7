/**
 * Builders of Automation v4 request bodies for the sandbox tests:
 * anActionDefinition() — "Recalculate customer health" on companies;
 * aFlow() — a company workflow enrolling on a tier change, with a task and a notification.
 */
import type { Client } from '@hubspot/api-client';

export type DefinitionEgg = Parameters<Client['automation']['actions']['definitionsApi']['create']>[1];
type Json = Record<string, unknown>;

const stringField = (name: string) => ({ name, type: 'string' as const, fieldType: 'text' as const, options: [], externalOptions: false });

export class ActionDefinitionBuilder {
  private readonly egg: Json = {
    actionUrl: 'https://che.example.com/workflow-action',
    published: false,
    objectTypes: ['COMPANY'],
    functions: [],
    inputFields: [{ typeDefinition: stringField('reason'), isRequired: false, supportedValueTypes: ['STATIC_VALUE'] }],
    outputFields: ['score', 'tier', 'prediction', 'renewal_risk', 'play'].map((name) => ({ typeDefinition: stringField(name) })),
    labels: {
      en: {
        actionName: 'Recalculate customer health',
        actionDescription: 'Rescores the enrolled company now',
        outputFieldLabels: { score: 'Health score', tier: 'Tier' },
      },
    },
  };

  withActionUrl(url: string): this {
    this.egg.actionUrl = url;
    return this;
  }

  /** Labels in other languages only: HubSpot requires English. */
  withoutEnglishLabels(): this {
    this.egg.labels = { de: { actionName: 'Kundengesundheit neu berechnen' } };
    return this;
  }

  withInputFieldNamed(name: string): this {
    this.egg.inputFields = [{ typeDefinition: stringField(name), isRequired: true }];
    return this;
  }

  without(key: string): this {
    delete this.egg[key];
    return this;
  }

  /** Typed for the client; plain JSON for raw requests. */
  build(): DefinitionEgg {
    return structuredClone(this.egg) as unknown as DefinitionEgg;
  }

  json(): Json {
    return structuredClone(this.egg);
  }
}

export const anActionDefinition = () => new ActionDefinitionBuilder();

/** An event-based enrollment on a company property changing to one of `values`. */
function propertyChanged(property: string, values: string[]): Json {
  return {
    type: 'EVENT_BASED',
    shouldReEnroll: true,
    eventFilterBranches: [{
      filterBranchType: 'UNIFIED_EVENTS', filterBranchOperator: 'AND', eventTypeId: '4-655002', operator: 'HAS_COMPLETED', filterBranches: [],
      filters: [
        { filterType: 'PROPERTY', property: 'hs_name', operation: { operationType: 'STRING', operator: 'IS_EQUAL_TO', value: property, includeObjectsWithNoValueSet: false } },
        { filterType: 'PROPERTY', property: 'hs_value', operation: { operationType: 'ENUMERATION', operator: 'IS_ANY_OF', values, includeObjectsWithNoValueSet: false } },
      ],
    }],
    listMembershipFilterBranches: [],
  };
}

export class FlowBuilder {
  private readonly flow: Json = {
    type: 'PLATFORM_FLOW',
    objectTypeId: '0-2',
    flowType: 'WORKFLOW',
    isEnabled: false,
    name: 'Tier dropped to critical',
    startActionId: '1',
    actions: [
      {
        type: 'SINGLE_CONNECTION', actionId: '1', actionTypeId: '0-3', actionTypeVersion: 0,
        connection: { edgeType: 'STANDARD', nextActionId: '2' },
        fields: { task_type: 'TODO', subject: 'Account turned critical: run the save play', priority: 'HIGH' },
      },
      {
        type: 'SINGLE_CONNECTION', actionId: '2', actionTypeId: '0-8', actionTypeVersion: 0,
        fields: { subject: 'Account turned critical', body: 'Health tier is now critical', owner_properties: ['hubspot_owner_id'] },
      },
    ],
    enrollmentCriteria: propertyChanged('che_tier_change', ['dropped_to_critical']),
    timeWindows: [],
    blockedDates: [],
    customProperties: {},
    dataSources: [],
  };

  named(name: string): this {
    this.flow.name = name;
    return this;
  }

  ofType(type: string, objectTypeId: string): this {
    Object.assign(this.flow, { type, objectTypeId });
    return this;
  }

  /** The first action goes on to an action that does not exist. */
  withDanglingConnection(): this {
    (this.flow.actions as Json[])[0]!.connection = { edgeType: 'STANDARD', nextActionId: '9' };
    return this;
  }

  /** The enrollment event branch loses its event type. */
  withoutEventTypeId(): this {
    const branch = ((this.flow.enrollmentCriteria as Json).eventFilterBranches as Json[])[0]!;
    delete branch.eventTypeId;
    return this;
  }

  without(key: string): this {
    delete this.flow[key];
    return this;
  }

  build(): Json {
    return structuredClone(this.flow);
  }
}

export const aFlow = () => new FlowBuilder();
