/**
 * zod schemas for HubSpot responses as @hubspot/api-client returns them
 * (dates may arrive as Date objects or ISO strings). A malformed response is
 * rejected with an error naming the field ("results.3.properties: expected
 * record"); a malformed single record inside a good response is rejected on
 * its own so the rest of the batch is still used.
 */
import { z } from 'zod';

const instant = z.union([z.date(), z.string()]).transform((v) => (v instanceof Date ? v.toISOString() : v));
const idText = z.union([z.string().min(1), z.number().int()]).transform(String);

export const HistoryVersion = z.object({
  value: z.string().nullish().transform((v) => v ?? ''),
  timestamp: instant,
  sourceType: z.string().optional(),
});
export type HistoryVersion = z.infer<typeof HistoryVersion>;

export const HsRecord = z.object({
  id: idText,
  properties: z.record(z.string(), z.string().nullable().optional().transform((v) => v ?? null)),
  propertiesWithHistory: z.record(z.string(), z.array(HistoryVersion)).optional(),
  createdAt: instant.optional(),
  updatedAt: instant.optional(),
});
export type HsRecord = z.infer<typeof HsRecord>;

const BatchError = z.object({
  category: z.string().optional(),
  subCategory: z.string().optional(),
  message: z.string().optional(),
  context: z.record(z.string(), z.array(z.string())).optional(),
}).loose();
export type BatchError = z.infer<typeof BatchError>;

/** Batch read (200 or 207): records are checked one by one later, so a bad one cannot sink the batch. */
export const BatchReadResponse = z.object({
  results: z.array(z.unknown()),
  errors: z.array(BatchError).optional(),
});

export const SearchResponse = z.object({
  total: z.number().optional(),
  results: z.array(z.unknown()),
  paging: z.object({ next: z.object({ after: z.string() }).optional() }).optional(),
});

export const AssociationBatchResponse = z.object({
  results: z.array(z.object({
    _from: z.object({ id: idText }).optional(),
    from: z.object({ id: idText }).optional(),
    to: z.array(z.object({
      toObjectId: idText,
      associationTypes: z.array(z.object({
        category: z.string(),
        typeId: z.number().int(),
        label: z.string().nullish(),
      })),
    })),
    paging: z.object({ next: z.object({ after: z.string() }).optional() }).nullish(),
  })),
  errors: z.array(BatchError).optional(),
});

export const LabelsResponse = z.object({
  results: z.array(z.object({ category: z.string(), typeId: z.number().int(), label: z.string().nullish() })),
});

export const PipelinesResponse = z.object({
  results: z.array(z.object({
    id: z.string(),
    stages: z.array(z.object({ id: z.string(), metadata: z.record(z.string(), z.string().nullable()).optional() })),
  })),
});

/** Parses a whole response; throws an Error naming the endpoint and field. */
export function parseResponse<S extends z.ZodType>(schema: S, body: unknown, endpoint: string): z.infer<S> {
  const r = schema.safeParse(body);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  const field = issue.path.length > 0 ? issue.path.map(String).join('.') : '(body)';
  throw new Error(`${endpoint}: malformed HubSpot response: ${field}: ${issue.message}`);
}

/** Parses one record of a response; undefined plus `problem` when it is malformed. */
export function parseRecord(raw: unknown): { record?: HsRecord; problem?: string } {
  const r = HsRecord.safeParse(raw);
  if (r.success) return { record: r.data };
  const issue = r.error.issues[0]!;
  const id = raw && typeof raw === 'object' && 'id' in raw ? String((raw as { id: unknown }).id) : '?';
  return { problem: `record ${id}: ${issue.path.map(String).join('.') || '(record)'}: ${issue.message}` };
}

/** The value a property had at `atIso`: the newest version not after it; undefined when history starts later. */
export function valueAt(versions: HistoryVersion[] | undefined, atIso: string): HistoryVersion | undefined {
  if (!versions) return undefined;
  const at = Date.parse(atIso);
  let best: HistoryVersion | undefined;
  let bestAt = -Infinity;
  for (const v of versions) {
    const t = Date.parse(v.timestamp);
    if (Number.isFinite(t) && t <= at && t >= bestAt) {
      best = v;
      bestAt = t;
    }
  }
  return best;
}
