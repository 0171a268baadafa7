/**
 * `provision(conn)`: makes the portal hold everything in the catalogue —
 * property groups, properties (outputs, CSM overrides, inputs) and association
 * labels — and reports what it did. Idempotent: it reads first and writes only
 * what is missing or differs (see plan.ts), so a second run makes no write.
 * With `dryRun` it reads and reports what it would do.
 */
import type { HubSpotConnection } from '../contracts';
import { HubSpotApiError } from '../connection/errors';
import { CATALOGUE, OBJECT_TYPES, type Catalogue, type AssociationLabelSpec } from '../properties';
import { planGroups, planLabels, planProperties, type Conflict, type Step } from './plan';
import { readGroups, readLabels, readProperties } from './read';

export interface ProvisionOptions {
  dryRun?: boolean;
  /** What to provision; the app's catalogue by default (tests pass a smaller one). */
  catalogue?: Catalogue;
}

export interface ProvisionAction {
  kind: 'group' | 'property' | 'label';
  objectType: string;
  name: string;
  /** For an update: the fields changed (label, description, options). */
  fields?: string[];
}

export interface ProvisionReport {
  dryRun: boolean;
  baseUrl: string;
  created: ProvisionAction[];
  updated: ProvisionAction[];
  /** Our properties that exist with another type/fieldType (or archived): reported, never changed. */
  conflicts: Conflict[];
  /** Catalogue entries already as they should be. */
  unchanged: number;
  /** True when this run changed (or, dry, would change) something. */
  changed: boolean;
}

const labelPair = (l: Pick<AssociationLabelSpec, 'fromObjectType' | 'toObjectType'>) => `${l.fromObjectType}→${l.toObjectType}`;

export async function provision(conn: HubSpotConnection, options: ProvisionOptions = {}): Promise<ProvisionReport> {
  const catalogue = options.catalogue ?? CATALOGUE;
  const dryRun = options.dryRun === true;
  const steps: Step[] = [];
  const conflicts: Conflict[] = [];
  let wanted = 0;

  for (const objectType of OBJECT_TYPES) {
    const groups = catalogue.groups[objectType];
    const properties = catalogue.properties[objectType];
    wanted += groups.length + properties.length;
    if (groups.length > 0) steps.push(...planGroups(objectType, groups, await readGroups(conn, objectType)));
    if (properties.length > 0) {
      const planned = planProperties(objectType, properties, await readProperties(conn, objectType));
      steps.push(...planned.steps);
      conflicts.push(...planned.conflicts);
    }
  }
  const pairs = [...new Map(catalogue.labels.map((l) => [labelPair(l), l])).values()];
  wanted += catalogue.labels.length;
  for (const pair of pairs) {
    const labels = catalogue.labels.filter((l) => labelPair(l) === labelPair(pair));
    steps.push(...planLabels(labels, await readLabels(conn, pair)));
  }

  const created: ProvisionAction[] = [];
  const updated: ProvisionAction[] = [];
  // Groups first: a property needs its group (the plan lists them first per object type).
  for (const step of steps) {
    const done = dryRun ? true : await apply(conn, step, conflicts);
    if (!done) continue;
    const action = describe(step);
    (step.kind.startsWith('create') ? created : updated).push(action);
  }
  return {
    dryRun,
    baseUrl: conn.baseUrl,
    created,
    updated,
    conflicts,
    unchanged: wanted - created.length - updated.length - conflicts.length,
    changed: created.length + updated.length > 0,
  };
}

function describe(step: Step): ProvisionAction {
  switch (step.kind) {
    case 'create-group': return { kind: 'group', objectType: step.objectType, name: step.group.name };
    case 'update-group': return { kind: 'group', objectType: step.objectType, name: step.name, fields: ['label'] };
    case 'create-property': return { kind: 'property', objectType: step.objectType, name: step.property.name };
    case 'update-property': return { kind: 'property', objectType: step.objectType, name: step.name, fields: step.fields };
    case 'create-label': return { kind: 'label', objectType: labelPair(step.label), name: step.label.label };
  }
}

/** Runs one step; false when HubSpot refused it as a conflict (then recorded in `conflicts`). */
async function apply(conn: HubSpotConnection, step: Step, conflicts: Conflict[]): Promise<boolean> {
  const { properties, associations } = conn.client.crm;
  switch (step.kind) {
    case 'create-group':
      // POST /crm/v3/properties/{objectType}/groups
      await conn.calls.call('POST /crm/v3/properties/{objectType}/groups', () =>
        properties.groupsApi.create(step.objectType, { name: step.group.name, label: step.group.label, displayOrder: step.group.displayOrder }));
      return true;
    case 'update-group':
      // PATCH /crm/v3/properties/{objectType}/groups/{groupName}
      await conn.calls.call('PATCH /crm/v3/properties/{objectType}/groups/{groupName}', () =>
        properties.groupsApi.update(step.objectType, step.name, { label: step.label }));
      return true;
    case 'create-property':
      try {
        // POST /crm/v3/properties/{objectType}
        await conn.calls.call('POST /crm/v3/properties/{objectType}', () =>
          // The catalogue's type/fieldType strings are the client's enum values.
          properties.coreApi.create(step.objectType, step.property as never));
        return true;
      } catch (err) {
        // 409: the name is taken by an archived property, which the GET above does not list.
        if (err instanceof HubSpotApiError && err.status === 409) {
          conflicts.push({ objectType: step.objectType, name: step.property.name, reason: `cannot be created: ${err.message} (restore or purge the archived property in HubSpot, then run che provision again)` });
          return false;
        }
        throw err;
      }
    case 'update-property':
      // PATCH /crm/v3/properties/{objectType}/{propertyName}
      await conn.calls.call('PATCH /crm/v3/properties/{objectType}/{propertyName}', () =>
        properties.coreApi.update(step.objectType, step.name, step.patch as never));
      return true;
    case 'create-label':
      // POST /crm/v4/associations/{fromObjectType}/{toObjectType}/labels
      await conn.calls.call('POST /crm/v4/associations/{fromObjectType}/{toObjectType}/labels', () =>
        associations.v4.schema.definitionsApi.create(step.label.fromObjectType, step.label.toObjectType, { name: step.label.name, label: step.label.label }));
      return true;
  }
}

export { formatReport } from './report';
export type { Conflict } from './plan';
