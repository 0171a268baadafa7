/** Properties v3: definitions and groups per object type (read, create, update). */
import { Router } from 'express';
import { z } from 'zod';
import { objectTypeParam } from '../http/params';
import { HubSpotHttpError } from '../http/errors';
import type { StoredProperty } from '../store/registry';
import type { PropertyDefinition } from '../types';
import type { RouteContext } from './context';

const TYPES = ['string', 'number', 'date', 'datetime', 'enumeration', 'bool'] as const;
const FIELD_TYPES = ['text', 'textarea', 'number', 'date', 'select', 'radio', 'checkbox', 'booleancheckbox',
  'calculation_equation', 'phonenumber', 'html'] as const;
/** Which field types HubSpot allows for each property type. */
const ALLOWED: Record<(typeof TYPES)[number], readonly string[]> = {
  string: ['text', 'textarea', 'phonenumber', 'html'],
  number: ['number', 'calculation_equation'],
  date: ['date'],
  datetime: ['date'],
  enumeration: ['select', 'radio', 'checkbox', 'booleancheckbox'],
  bool: ['booleancheckbox', 'calculation_equation'],
};

const optionSchema = z.object({
  label: z.string(), value: z.string(), displayOrder: z.number().int().optional(),
  hidden: z.boolean().default(false), description: z.string().optional(),
});
const createSchema = z.object({
  name: z.string().regex(/^[a-z][a-z0-9_]*$/, 'must start with a lower-case letter and hold only a-z, 0-9 and _'),
  label: z.string().min(1),
  type: z.enum(TYPES),
  fieldType: z.enum(FIELD_TYPES),
  groupName: z.string().min(1),
  description: z.string().optional(),
  options: z.array(optionSchema).optional(),
  displayOrder: z.number().int().optional(),
  hasUniqueValue: z.boolean().optional(),
  hidden: z.boolean().optional(),
  formField: z.boolean().optional(),
  calculationFormula: z.string().optional(),
  externalOptions: z.boolean().optional(),
  referencedObjectType: z.string().optional(),
});
const updateSchema = createSchema.omit({ name: true, hasUniqueValue: true }).partial();
const groupCreateSchema = z.object({ name: z.string().min(1), label: z.string().min(1), displayOrder: z.number().int().optional() });
const groupUpdateSchema = groupCreateSchema.omit({ name: true }).partial();

export function propertyRoutes({ store }: RouteContext): Router {
  const r = Router();
  const reg = store.registry;

  r.get('/crm/v3/properties/:objectType/groups', (req, res) => {
    res.json({ results: reg.listGroups(objectTypeParam(req)) });
  });
  r.get('/crm/v3/properties/:objectType/groups/:groupName', (req, res) => {
    const g = reg.getGroup(objectTypeParam(req), req.params.groupName!);
    if (!g) throw new HubSpotHttpError(404, `Unable to find property group ${req.params.groupName}`, 'OBJECT_NOT_FOUND');
    res.json(g);
  });
  r.post('/crm/v3/properties/:objectType/groups', (req, res) => {
    const input = groupCreateSchema.parse(req.body);
    res.status(201).json(reg.defineGroup(objectTypeParam(req), { ...input, displayOrder: input.displayOrder ?? -1, archived: false }));
  });
  r.patch('/crm/v3/properties/:objectType/groups/:groupName', (req, res) => {
    const patch = groupUpdateSchema.parse(req.body);
    res.json(reg.updateGroup(objectTypeParam(req), req.params.groupName!, patch));
  });

  r.get('/crm/v3/properties/:objectType', (req, res) => {
    const archived = String(req.query.archived ?? '') === 'true';
    res.json({ results: reg.list(objectTypeParam(req), archived).map(propertyJson) });
  });
  r.get('/crm/v3/properties/:objectType/:propertyName', (req, res) => {
    const p = reg.get(objectTypeParam(req), req.params.propertyName!);
    if (!p) throw new HubSpotHttpError(404, `Unable to find property ${req.params.propertyName}`, 'OBJECT_NOT_FOUND');
    res.json(propertyJson(p));
  });
  r.post('/crm/v3/properties/:objectType', (req, res) => {
    const input = createSchema.parse(req.body);
    checkFieldType(input.type, input.fieldType);
    const def: PropertyDefinition = { ...input, hubspotDefined: false, options: numbered(input.options) };
    res.status(201).json(propertyJson(reg.define(objectTypeParam(req), def)));
  });
  r.patch('/crm/v3/properties/:objectType/:propertyName', (req, res) => {
    const type = objectTypeParam(req);
    const patch = updateSchema.parse(req.body);
    const current = reg.get(type, req.params.propertyName!);
    if (current) checkFieldType(patch.type ?? current.type, patch.fieldType ?? current.fieldType);
    const { options, ...rest } = patch;
    res.json(propertyJson(reg.update(type, req.params.propertyName!, options ? { ...rest, options: numbered(options) } : rest)));
  });

  return r;
}

function checkFieldType(type: (typeof TYPES)[number], fieldType: string): void {
  if (!ALLOWED[type].includes(fieldType)) {
    throw new HubSpotHttpError(400, `Invalid fieldType ${fieldType} for a property of type ${type}; allowed: ${ALLOWED[type].join(', ')}.`, 'VALIDATION_ERROR', {
      context: { fieldType: [fieldType] },
    });
  }
}

function numbered(options?: z.infer<typeof optionSchema>[]) {
  return options?.map((o, i) => ({ ...o, displayOrder: o.displayOrder ?? i }));
}

/** A definition in the Properties v3 response shape. */
export function propertyJson(p: StoredProperty): Record<string, unknown> {
  const out: Record<string, unknown> = {
    name: p.name,
    label: p.label,
    type: p.type,
    fieldType: p.fieldType,
    description: p.description ?? '',
    groupName: p.groupName,
    options: p.options ?? [],
    displayOrder: p.displayOrder ?? -1,
    calculated: p.calculated ?? false,
    externalOptions: p.referencedObjectType !== undefined,
    hasUniqueValue: p.hasUniqueValue ?? false,
    hidden: p.hidden ?? false,
    hubspotDefined: p.hubspotDefined ?? false,
    showCurrencySymbol: p.showCurrencySymbol ?? false,
    modificationMetadata: {
      archivable: !p.hubspotDefined,
      readOnlyDefinition: !!p.hubspotDefined,
      readOnlyValue: !!p.readOnlyValue,
    },
    formField: p.formField ?? false,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
    archived: p.archived,
  };
  if (p.referencedObjectType) out.referencedObjectType = p.referencedObjectType;
  return out;
}
