/**
 * zod schema of a SandboxSeed read from a file (`che sandbox --seed-file`).
 * Structure only: the store checks every value against the property
 * definitions when it loads the seed.
 */
import { z } from 'zod';
import { OBJECT_TYPES, type SandboxSeed } from './types';

const objectType = z.enum(OBJECT_TYPES);
const category = z.enum(['HUBSPOT_DEFINED', 'USER_DEFINED', 'INTEGRATOR_DEFINED']);
const version = z.object({
  value: z.string(), timestamp: z.string(), sourceType: z.string(), sourceId: z.string().optional(), updatedByUserId: z.number().optional(),
});
const record = z.object({
  id: z.string().min(1),
  properties: z.record(z.string(), z.string()),
  history: z.record(z.string(), z.array(version)).optional(),
  createdAt: z.string(),
  updatedAt: z.string().optional(),
  archived: z.boolean().optional(),
});
const option = z.object({ label: z.string(), value: z.string(), displayOrder: z.number().optional(), hidden: z.boolean().optional(), description: z.string().optional() });
const property = z.object({
  name: z.string().min(1), label: z.string(), type: z.enum(['string', 'number', 'date', 'datetime', 'enumeration', 'bool']),
  fieldType: z.enum(['text', 'textarea', 'number', 'date', 'select', 'radio', 'checkbox', 'booleancheckbox', 'calculation_equation', 'phonenumber', 'html']),
  groupName: z.string().min(1), description: z.string().optional(), options: z.array(option).optional(),
}).passthrough();
const group = z.object({ name: z.string().min(1), label: z.string(), displayOrder: z.number().optional(), archived: z.boolean().optional() });
const stage = z.object({ id: z.string(), label: z.string(), displayOrder: z.number(), metadata: z.record(z.string(), z.string()) });
const pipeline = z.object({ id: z.string(), label: z.string(), displayOrder: z.number(), stages: z.array(stage) });
const perType = <T extends z.ZodTypeAny>(item: T) => z.partialRecord(objectType, z.array(item));

export const sandboxSeedSchema = z.object({
  asOf: z.string(),
  customProperties: perType(property),
  customGroups: perType(group),
  records: perType(record),
  associations: z.array(z.object({
    fromType: objectType, fromId: z.string(), toType: objectType, toId: z.string(),
    types: z.array(z.object({ category, typeId: z.number().int() })),
  })),
  labels: z.array(z.object({
    fromObjectType: objectType, toObjectType: objectType, category, typeId: z.number().int(), label: z.string().nullable(), name: z.string(),
  })),
  owners: z.array(z.object({
    id: z.string(), email: z.string(), firstName: z.string(), lastName: z.string(), userId: z.number().int(),
    teams: z.array(z.object({ id: z.string(), name: z.string(), primary: z.boolean() })).optional(),
    createdAt: z.string(), updatedAt: z.string(), archived: z.boolean(),
  })),
  pipelines: z.object({ deals: z.array(pipeline).optional(), tickets: z.array(pipeline).optional() }),
  truth: z.array(z.object({ companyId: z.string() }).passthrough()),
});

/** Parses a seed, throwing an error that names the first bad field. */
export function parseSeed(value: unknown): SandboxSeed {
  const parsed = sandboxSeedSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${issue.path.join('.') || 'seed'}: ${issue.message}`);
  }
  return parsed.data as unknown as SandboxSeed;
}
