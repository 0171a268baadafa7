/** The CRM search request body (PublicObjectSearchRequest) and HubSpot's limits on it. */
import { z } from 'zod';
import { validationError } from '../http/errors';

const scalar = z.union([z.string(), z.number(), z.boolean()]).transform(String);

export const OPERATORS = [
  'EQ', 'NEQ', 'LT', 'LTE', 'GT', 'GTE', 'BETWEEN', 'IN', 'NOT_IN', 'HAS_PROPERTY', 'NOT_HAS_PROPERTY',
  'CONTAINS_TOKEN', 'NOT_CONTAINS_TOKEN',
] as const;
export type Operator = (typeof OPERATORS)[number];

export const filterSchema = z.object({
  propertyName: z.string().min(1),
  operator: z.enum(OPERATORS),
  value: scalar.nullish(),
  highValue: scalar.nullish(),
  values: z.array(scalar).nullish(),
});
export type Filter = z.infer<typeof filterSchema>;

const sortSchema = z.union([
  z.string().transform((s) => (s.startsWith('-') ? { propertyName: s.slice(1), direction: 'DESCENDING' as const } : { propertyName: s, direction: 'ASCENDING' as const })),
  z.object({ propertyName: z.string(), direction: z.enum(['ASCENDING', 'DESCENDING']).default('ASCENDING') }),
]);
export type Sort = z.infer<typeof sortSchema>;

export const searchRequestSchema = z.object({
  filterGroups: z.array(z.object({ filters: z.array(filterSchema) })).nullish(),
  // A top-level `filters` list counts as one more group.
  filters: z.array(filterSchema).nullish(),
  sorts: z.array(sortSchema).nullish(),
  query: z.string().nullish(),
  properties: z.array(z.string()).nullish(),
  limit: z.coerce.number().int().min(0).nullish(),
  after: z.union([z.string(), z.number()]).transform(String).nullish(),
});
export type SearchRequest = z.infer<typeof searchRequestSchema>;

/** HubSpot's documented search limits. */
export const SEARCH_LIMITS = { maxGroups: 5, maxFiltersPerGroup: 6, maxFilters: 18, maxLimit: 200, maxResults: 10_000, defaultLimit: 10 };

export function filterGroupsOf(req: SearchRequest): Filter[][] {
  const groups = (req.filterGroups ?? []).map((g) => g.filters);
  if (req.filters && req.filters.length > 0) groups.push(req.filters);
  return groups;
}

/** Enforces the group/filter/limit/paging limits with HubSpot-style 400s; returns offset and limit. */
export function checkLimits(req: SearchRequest): { offset: number; limit: number } {
  const groups = filterGroupsOf(req);
  const L = SEARCH_LIMITS;
  if (groups.length > L.maxGroups) {
    throw validationError(`Too many filter groups: ${groups.length}. A search can have at most ${L.maxGroups} filterGroups.`, { context: { filterGroups: [String(groups.length)] } });
  }
  const big = groups.find((g) => g.length > L.maxFiltersPerGroup);
  if (big) {
    throw validationError(`Too many filters in a filter group: ${big.length}. A filter group can have at most ${L.maxFiltersPerGroup} filters.`, { context: { filters: [String(big.length)] } });
  }
  const total = groups.reduce((n, g) => n + g.length, 0);
  if (total > L.maxFilters) {
    throw validationError(`Too many filters: ${total}. A search can have at most ${L.maxFilters} filters in total.`, { context: { filters: [String(total)] } });
  }
  const limit = req.limit ?? L.defaultLimit;
  if (limit > L.maxLimit) {
    throw validationError(`limit must be less than or equal to ${L.maxLimit}; ${limit} was given.`, { context: { limit: [String(limit)] } });
  }
  const after = req.after ?? '0';
  if (!/^\d+$/.test(after)) throw validationError(`after must be a number; "${after}" was given.`, { context: { after: [after] } });
  const offset = Number(after);
  if (offset + limit > L.maxResults) {
    throw validationError(`Search results are limited to ${L.maxResults} per query: after=${offset} with limit=${limit} pages beyond them. Narrow the filters instead.`, {
      context: { after: [after], limit: [String(limit)] },
    });
  }
  return { offset, limit };
}
