/**
 * Request bodies of the Automation v4 APIs checked with zod and refused the
 * way HubSpot refuses them: 400 VALIDATION_ERROR whose message and `errors[].in`
 * name each field. A field that is absent is reported as HubSpot reports a
 * missing discriminator or attribute ("Some required fields were not set: [type]").
 */
import type { z } from 'zod';
import { validationError, type ErrorDetail } from '../http/errors';
import { stringParam } from '../http/params';

type Path = readonly PropertyKey[];

/** HubSpot's error detail with `in`: the field the error is about. */
interface FieldErrorDetail extends ErrorDetail {
  in: string;
}

/** `actions[0].connection.nextActionId` for ['actions', 0, 'connection', 'nextActionId']. */
export function fieldName(path: Path): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out || 'body';
}

function valueAt(body: unknown, path: Path): unknown {
  let v = body;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

/** The parsed body, or HubSpot's 400 naming every missing or invalid field. */
export function parseBody<T>(schema: z.ZodType<T>, raw: unknown): T {
  const body = raw ?? {};
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const missing: string[] = [];
  const invalid: { field: string; message: string }[] = [];
  for (const issue of result.error.issues) {
    const field = fieldName(issue.path);
    if (issue.path.length > 0 && valueAt(body, issue.path) === undefined) {
      if (!missing.includes(field)) missing.push(field);
    } else invalid.push({ field, message: issue.message });
  }
  const parts: string[] = [];
  if (missing.length) parts.push(`Some required fields were not set: [${missing.join(', ')}]`);
  if (invalid.length) parts.push(invalid.map((i) => `${i.field}: ${i.message}`).join('; '));
  const errors: FieldErrorDetail[] = [
    ...missing.map((f) => ({ message: `${f} is required`, code: 'REQUIRED', in: f })),
    ...invalid.map((i) => ({ message: i.message, code: 'INVALID_INPUT', in: i.field })),
  ];
  return failWith(`Invalid input JSON: ${parts.join('; ')}`, errors);
}

function failWith(message: string, errors: FieldErrorDetail[]): never {
  throw validationError(message, { errors });
}

/** A path segment HubSpot types as an integer (appId), or 400 naming it. */
export function integerSegment(value: unknown, name: string): string {
  const s = stringParam(value) ?? '';
  if (!/^\d+$/.test(s)) failWith(`Invalid value for ${name}: ${s}`, [{ message: `${name} must be an integer`, code: 'INVALID_INPUT', in: name }]);
  return s;
}

/** `limit` and `after` of a forward-paged list: `after` is the offset as a string. */
export function pageParams(query: Record<string, unknown>, defaultLimit: number): { offset: number; limit: number } {
  const limitRaw = stringParam(query.limit);
  const limit = limitRaw === undefined || limitRaw === '' ? defaultLimit : Number(integerSegment(limitRaw, 'limit'));
  const after = stringParam(query.after);
  return { offset: after && /^\d+$/.test(after) ? Number(after) : 0, limit: limit > 0 ? limit : defaultLimit };
}

/** One page of `items` with HubSpot's forward paging. */
export function page<T>(items: T[], { offset, limit }: { offset: number; limit: number }): { results: T[]; paging?: { next: { after: string } } } {
  const body: { results: T[]; paging?: { next: { after: string } } } = { results: items.slice(offset, offset + limit) };
  if (offset + limit < items.length) body.paging = { next: { after: String(offset + limit) } };
  return body;
}
