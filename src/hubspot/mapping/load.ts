/**
 * Reads a mapping file: JSON holding only the parts an admin changes, laid
 * over DEFAULT_MAPPING (objects merge key by key, arrays and scalars replace,
 * `null` switches a source off). Every problem names its field.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { DEFAULT_MAPPING } from './defaults';
import { MappingSchema, type Mapping } from './schema';

export class MappingError extends Error {
  constructor(readonly source: string, readonly problems: string[]) {
    super(`${source}: invalid mapping:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'MappingError';
  }
}

/** Validates `overrides` (parsed JSON) laid over the defaults. */
export function parseMapping(overrides: unknown, source = 'mapping'): Mapping {
  if (overrides === null || typeof overrides !== 'object' || Array.isArray(overrides)) {
    throw new MappingError(source, ['(root): expected a JSON object']);
  }
  const merged = mergeOver(DEFAULT_MAPPING, overrides);
  const result = MappingSchema.safeParse(merged);
  if (!result.success) throw new MappingError(source, result.error.issues.map(describeIssue));
  return result.data;
}

export async function loadMappingFile(path: string): Promise<Mapping> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new MappingError(path, [`cannot read the file: ${(e as Error).message}`]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new MappingError(path, [`not valid JSON: ${(e as Error).message}`]);
  }
  return parseMapping(json, path);
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const field = issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)';
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((k) => `${field === '(root)' ? k : `${field}.${k}`}: unknown field`).join('; ');
  }
  return `${field}: ${issue.message}`;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Deep merge of plain objects; anything else in `over` replaces. */
function mergeOver(base: unknown, over: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(over)) return over;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = k in base ? mergeOver(base[k], v) : v;
  return out;
}
