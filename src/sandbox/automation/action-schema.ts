/**
 * Custom workflow action definitions (Automation Actions v4) as HubSpot's
 * OpenAPI spec describes them: PublicActionDefinitionEgg for create,
 * PublicActionDefinitionPatch for update. Unknown keys are dropped, as
 * HubSpot ignores them.
 */
import { z } from 'zod';

export const FUNCTION_TYPES = ['PRE_ACTION_EXECUTION', 'PRE_FETCH_OPTIONS', 'POST_FETCH_OPTIONS', 'POST_ACTION_EXECUTION'] as const;
export type FunctionType = (typeof FUNCTION_TYPES)[number];

const FIELD_VALUE_TYPES = ['string', 'number', 'bool', 'datetime', 'enumeration', 'date', 'phone_number', 'currency_number', 'json', 'object_coordinates'] as const;
const FIELD_TYPES = [
  'booleancheckbox', 'checkbox', 'date', 'file', 'number', 'phonenumber', 'radio', 'select', 'text', 'textarea',
  'calculation_equation', 'calculation_rollup', 'calculation_score', 'calculation_read_time', 'unknown', 'html',
] as const;
const SUPPORTED_VALUE_TYPES = ['STATIC_VALUE', 'OBJECT_PROPERTY', 'FIELD_DATA', 'FETCHED_OBJECT_PROPERTY', 'ENROLLMENT_EVENT_PROPERTY'] as const;

/** HubSpot sends the request to this URL; real HubSpot wants HTTPS, the sandbox also takes http://127.0.0.1. */
const actionUrl = z.string().refine((s) => /^https?:\/\/[^\s/]+/.test(s) && URL.canParse(s), 'must be an absolute http(s) URL');

/** Object types by name (CONTACT, COMPANY, DEAL, TICKET, …) or by id ("0-2"). */
const objectType = z.string().regex(/^([A-Z][A-Z_]*|\d+-\d+)$/, 'must be an object type name like COMPANY or an id like 0-2');

const option = z.object({
  label: z.string(),
  value: z.string(),
  displayOrder: z.number().int().optional(),
  description: z.string().optional(),
  hidden: z.boolean().optional(),
  readOnly: z.boolean().optional(),
});

const typeDefinition = z.object({
  name: z.string().min(1),
  type: z.enum(FIELD_VALUE_TYPES),
  fieldType: z.enum(FIELD_TYPES).optional(),
  label: z.string().optional(),
  description: z.string().optional(),
  helpText: z.string().optional(),
  // HubSpot's own examples omit options for non-enumeration fields; it answers with [].
  options: z.array(option).default([]),
  optionsUrl: z.string().optional(),
  referencedObjectType: z.string().optional(),
  externalOptions: z.boolean().default(false),
  externalOptionsReferenceType: z.string().optional(),
});

const inputField = z.object({
  typeDefinition,
  isRequired: z.boolean(),
  supportedValueTypes: z.array(z.enum(SUPPORTED_VALUE_TYPES)).optional(),
  automationFieldType: z.string().optional(),
});

const outputField = z.object({ typeDefinition });

const stringMap = z.record(z.string(), z.string());
const actionLabels = z.object({
  actionName: z.string().min(1),
  actionDescription: z.string().optional(),
  actionCardContent: z.string().optional(),
  appDisplayName: z.string().optional(),
  inputFieldLabels: stringMap.optional(),
  inputFieldDescriptions: stringMap.optional(),
  inputFieldOptionLabels: z.record(z.string(), stringMap).optional(),
  outputFieldLabels: stringMap.optional(),
  executionRules: stringMap.optional(),
});

/** "At a minimum, an English label (en) must be defined" (HubSpot's custom workflow action docs). */
const labels = z.record(z.string(), actionLabels).superRefine((l, ctx) => {
  if (!l.en) ctx.addIssue({ code: 'custom', path: ['en'], message: 'English labels (en) are required' });
});

const dependency = z.discriminatedUnion('dependencyType', [
  z.object({ dependencyType: z.literal('SINGLE_FIELD'), controllingFieldName: z.string(), dependentFieldNames: z.array(z.string()) }),
  z.object({
    dependencyType: z.literal('CONDITIONAL_SINGLE_FIELD'), controllingFieldName: z.string(),
    controllingFieldValue: z.string(), dependentFieldNames: z.array(z.string()),
  }),
]);

const executionRule = z.object({ labelName: z.string(), conditions: z.record(z.string(), z.unknown()) });

export const actionFunction = z.object({ functionType: z.enum(FUNCTION_TYPES), functionSource: z.string(), id: z.string().optional() });

const editable = {
  actionUrl,
  objectTypes: z.array(objectType).min(1),
  inputFields: z.array(inputField),
  outputFields: z.array(outputField).optional(),
  labels,
  published: z.boolean(),
  inputFieldDependencies: z.array(dependency).optional(),
  executionRules: z.array(executionRule).optional(),
  objectRequestOptions: z.object({ properties: z.array(z.string()) }).optional(),
};

export const definitionEgg = z.object({
  ...editable,
  // Required in HubSpot's spec, but its docs' examples leave it out.
  functions: z.array(actionFunction).default([]),
  archivedAt: z.number().int().optional(),
});
export type DefinitionEgg = z.infer<typeof definitionEgg>;

export const definitionPatch = z.object(editable).partial();
export type DefinitionPatch = z.infer<typeof definitionPatch>;
