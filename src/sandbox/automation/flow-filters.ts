/**
 * Filter branches and enrollment criteria of Automation v4 flows (HubSpot's
 * automation v4 OpenAPI spec: Public*FilterBranch, PublicPropertyFilter,
 * Api*EnrollmentCriteria). Property filters are checked closely, since a
 * tier-change workflow enrolls on them; other filter kinds pass through.
 */
import { z } from 'zod';

const OPERATION_TYPES = [
  'BOOL', 'NUMBER', 'STRING', 'DATETIME', 'RANGED_DATE', 'COMPARATIVE_PROPERTY_UPDATED', 'COMPARATIVE_DATE',
  'ROLLING_DATE_RANGE', 'ROLLING_PROPERTY_UPDATED', 'ENUMERATION', 'ALL_PROPERTY', 'RANGED_NUMBER',
  'MULTISTRING', 'DATE', 'CALENDAR_DATE', 'TIME_POINT', 'TIME_RANGED', 'COMPARATIVE_STRING',
] as const;

const BRANCH_TYPES = ['OR', 'AND', 'NOT_ALL', 'NOT_ANY', 'RESTRICTED', 'UNIFIED_EVENTS', 'ASSOCIATION', 'PROPERTY_ASSOCIATION'] as const;

const operation = z.looseObject({
  operationType: z.enum(OPERATION_TYPES),
  operator: z.string().min(1),
  includeObjectsWithNoValueSet: z.boolean().optional(),
}).superRefine((op, ctx) => {
  const need = (key: string, ok: (v: unknown) => boolean, what: string) => {
    if (!ok(op[key])) ctx.addIssue({ code: 'custom', path: [key], message: `${op.operationType} operations need ${what}` });
  };
  if (op.operationType === 'ENUMERATION') {
    need('values', (v) => Array.isArray(v) && v.every((x) => typeof x === 'string'), 'values: a list of strings');
    // Reported by users of the live API: enumeration filters refuse IS_NOT_EQUAL_TO (IS_NONE_OF does that).
    if (op.operator === 'IS_NOT_EQUAL_TO') ctx.addIssue({ code: 'custom', path: ['operator'], message: 'IS_NOT_EQUAL_TO is not valid for ENUMERATION; use IS_NONE_OF' });
  }
  if (op.operationType === 'STRING') need('value', (v) => typeof v === 'string', 'value: a string');
  if (op.operationType === 'NUMBER') need('value', (v) => typeof v === 'number', 'value: a number');
  if (op.operationType === 'BOOL') need('value', (v) => typeof v === 'boolean', 'value: a boolean');
});

const filter = z.looseObject({
  filterType: z.string().min(1),
  property: z.string().min(1).optional(),
  operation: operation.optional(),
}).superRefine((f, ctx) => {
  if (f.filterType !== 'PROPERTY') return;
  for (const key of ['property', 'operation'] as const) {
    if (f[key] === undefined) ctx.addIssue({ code: 'custom', path: [key], message: 'required for PROPERTY filters' });
  }
});

/** Any filter branch, nested to any depth. */
export const filterBranch: z.ZodType = z.lazy(() =>
  z.looseObject({
    filterBranchType: z.enum(BRANCH_TYPES),
    filterBranchOperator: z.string().optional(),
    filterBranches: z.array(filterBranch).default([]),
    filters: z.array(filter).default([]),
    eventTypeId: z.string().optional(),
    operator: z.string().optional(),
  }).superRefine((b, ctx) => {
    if (b.filterBranchType !== 'UNIFIED_EVENTS') return;
    if (!b.eventTypeId) ctx.addIssue({ code: 'custom', path: ['eventTypeId'], message: 'required for UNIFIED_EVENTS branches' });
    if (b.operator !== 'HAS_COMPLETED' && b.operator !== 'HAS_NOT_COMPLETED') {
      ctx.addIssue({ code: 'custom', path: ['operator'], message: 'must be HAS_COMPLETED or HAS_NOT_COMPLETED' });
    }
  }),
);

export const enrollmentCriteria = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('LIST_BASED'),
    shouldReEnroll: z.boolean(),
    listFilterBranch: filterBranch,
    unEnrollObjectsNotMeetingCriteria: z.boolean().default(false),
    reEnrollmentTriggersFilterBranches: z.array(filterBranch).default([]),
  }),
  z.object({
    type: z.literal('EVENT_BASED'),
    shouldReEnroll: z.boolean(),
    eventFilterBranches: z.array(filterBranch).min(1),
    listMembershipFilterBranches: z.array(filterBranch).default([]),
    refinementCriteria: filterBranch.optional(),
  }),
  z.object({ type: z.literal('MANUAL'), shouldReEnroll: z.boolean() }),
  z.looseObject({ type: z.literal('DATASET_BASED'), shouldReEnroll: z.boolean() }),
]);
