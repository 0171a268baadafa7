/**
 * Turning zod issues into messages that name the field, e.g.
 * `surveys[0].score: expected number, received string`.
 */
import { z } from 'zod';
import { AccountSnapshot } from './contract';

export type Parsed<T> = { success: true; value: T } | { success: false; errors: string[] };

/** `['surveys', 0, 'score']` → `surveys[0].score`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(root)' : out;
}

function describe(issue: z.core.$ZodIssue): string {
  const message = issue.message.replace(/^Invalid input: /, '');
  if (issue.code === 'invalid_type' && /received undefined/.test(message)) return 'required';
  return message;
}

export function formatIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${formatPath(issue.path)}: ${describe(issue)}`);
}

export function parseWith<T>(schema: z.ZodType<T>, input: unknown): Parsed<T> {
  const result = schema.safeParse(input);
  return result.success ? { success: true, value: result.data } : { success: false, errors: formatIssues(result.error) };
}

export function parseSnapshot(input: unknown): Parsed<AccountSnapshot> {
  return parseWith(AccountSnapshot, input);
}
