/**
 * What the portal has now: property groups, property definitions and association
 * labels, each read through `conn.calls` and parsed with zod (only the fields we
 * compare; HubSpot sends many more).
 */
import { z } from 'zod';
import type { HubSpotConnection } from '../contracts';
import type { AssociationLabelSpec, ObjectType } from '../properties';

const ExistingGroup = z.object({ name: z.string(), label: z.string() });
const ExistingOption = z.object({ label: z.string(), value: z.string(), displayOrder: z.number().optional(), hidden: z.boolean().optional() });
const ExistingProperty = z.object({
  name: z.string(),
  label: z.string(),
  type: z.string(),
  fieldType: z.string(),
  groupName: z.string().optional(),
  description: z.string().optional().default(''),
  options: z.array(ExistingOption).optional().default([]),
  hubspotDefined: z.boolean().optional(),
});
const ExistingLabel = z.object({ category: z.string(), typeId: z.number(), label: z.string().nullable().optional() });

export type ExistingGroup = z.infer<typeof ExistingGroup>;
export type ExistingOption = z.infer<typeof ExistingOption>;
export type ExistingProperty = z.infer<typeof ExistingProperty>;
export type ExistingLabel = z.infer<typeof ExistingLabel>;

/** A HubSpot answer that is not the shape documented: name the endpoint and the field. */
function parseResults<T extends z.ZodType>(endpoint: string, schema: T, body: unknown): z.infer<T>[] {
  const parsed = z.object({ results: z.array(schema) }).safeParse(body);
  if (parsed.success) return parsed.data.results;
  const issue = parsed.error.issues[0]!;
  throw new Error(`HubSpot ${endpoint}: unexpected response at ${issue.path.join('.') || '(body)'}: ${issue.message}`);
}

export async function readGroups(conn: HubSpotConnection, objectType: ObjectType): Promise<ExistingGroup[]> {
  const endpoint = 'GET /crm/v3/properties/{objectType}/groups';
  // GET /crm/v3/properties/{objectType}/groups
  const body = await conn.calls.call(endpoint, () => conn.client.crm.properties.groupsApi.getAll(objectType));
  return parseResults(endpoint, ExistingGroup, body);
}

export async function readProperties(conn: HubSpotConnection, objectType: ObjectType): Promise<ExistingProperty[]> {
  const endpoint = 'GET /crm/v3/properties/{objectType}';
  // GET /crm/v3/properties/{objectType} (unarchived definitions; an archived one shows up as a 409 on create)
  const body = await conn.calls.call(endpoint, () => conn.client.crm.properties.coreApi.getAll(objectType));
  return parseResults(endpoint, ExistingProperty, body);
}

export async function readLabels(conn: HubSpotConnection, spec: Pick<AssociationLabelSpec, 'fromObjectType' | 'toObjectType'>): Promise<ExistingLabel[]> {
  const endpoint = 'GET /crm/v4/associations/{fromObjectType}/{toObjectType}/labels';
  // GET /crm/v4/associations/{fromObjectType}/{toObjectType}/labels
  const body = await conn.calls.call(endpoint, () =>
    conn.client.crm.associations.v4.schema.definitionsApi.getAll(spec.fromObjectType, spec.toObjectType));
  return parseResults(endpoint, ExistingLabel, body);
}
