/** Query and body parameters as HubSpot reads them, checked with zod. */
import type { Request } from 'express';
import { z } from 'zod';
import { resolveObjectType } from '../schema';
import type { ObjectType } from '../types';
import { HubSpotHttpError } from './errors';

/** A list parameter given repeated (`?properties=a&properties=b`) or comma-separated (`?properties=a,b`). */
export function listParam(value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  const parts = (Array.isArray(value) ? value : [value]).flatMap((v) => String(v).split(','));
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

export function boolParam(value: unknown): boolean {
  return String(Array.isArray(value) ? value[0] : value ?? '').toLowerCase() === 'true';
}

export function stringParam(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  return String(Array.isArray(value) ? value[0] : value);
}

/** A positive integer parameter; `fallback` when absent. */
export function intParam(value: unknown, name: string, fallback: number): number {
  const s = stringParam(value);
  if (s === undefined || s === '') return fallback;
  if (!/^\d+$/.test(s)) throw new HubSpotHttpError(400, `Invalid value for ${name}: ${s}`, 'VALIDATION_ERROR');
  return Number(s);
}

/** The object type of a path segment, or HubSpot's 400 for an unknown type. */
export function objectTypeParam(req: Request, name = 'objectType'): ObjectType {
  const segment = String(req.params[name] ?? '');
  const type = resolveObjectType(segment);
  if (!type) throw new HubSpotHttpError(400, `Unable to infer object type from: ${segment}`, 'VALIDATION_ERROR');
  return type;
}

export const associationSpecSchema = z.object({
  associationCategory: z.enum(['HUBSPOT_DEFINED', 'USER_DEFINED', 'INTEGRATOR_DEFINED']),
  associationTypeId: z.coerce.number().int(),
});

export const idSchema = z.union([z.string(), z.number()]).transform(String);

export const propertiesSchema = z.record(z.string(), z.unknown());
