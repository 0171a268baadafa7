/**
 * Property value validation with HubSpot's semantics: every value is a string,
 * numbers must parse, enumerations must name an option, datetimes are epoch
 * millis or ISO (stored as ISO), computed properties cannot be written.
 * Error codes and texts follow HubSpot's 400 bodies.
 */
import type { PropertyDefinition } from '../types';
import { formatDate, normaliseInstant, parseInstant } from './time';

export interface PropertyError {
  name: string;
  code: string;
  message: string;
  value?: string;
}

export type Checked = { ok: true; value: string } | { ok: false; error: PropertyError };

export interface ValueContext {
  ownerExists(id: string): boolean;
}

/** The value as HubSpot would store it, or the error HubSpot would answer. */
export function checkValue(def: PropertyDefinition, raw: unknown, ctx: ValueContext): Checked {
  const fail = (code: string, message: string): Checked => ({
    ok: false,
    error: { name: def.name, code, message, value: textOf(raw) },
  });
  if (raw !== null && typeof raw === 'object') return fail('INVALID_TYPE', `${JSON.stringify(raw)} is not a valid value for ${def.name}.`);
  const value = textOf(raw);
  // An empty string (or null) clears a property of any type.
  if (value === '') return { ok: true, value: '' };
  switch (def.type) {
    case 'number':
      return isNumber(value) ? { ok: true, value: value.trim() } : fail('INVALID_NUMBER', `${value} was not a valid number.`);
    case 'datetime': {
      const iso = normaliseInstant(value);
      return iso === undefined ? fail('INVALID_LONG', `${value} was not a valid long.`) : { ok: true, value: iso };
    }
    case 'date': {
      const ms = parseInstant(value);
      if (ms === undefined) return fail('INVALID_DATE', `${value} was not a valid date.`);
      if (ms % 86_400_000 !== 0) return fail('INVALID_DATE', `${value} is not midnight UTC; date properties hold calendar dates.`);
      return { ok: true, value: formatDate(ms) };
    }
    case 'bool': {
      const b = value.toLowerCase();
      return b === 'true' || b === 'false' ? { ok: true, value: b } : fail('INVALID_BOOLEAN', `${value} was not a valid boolean.`);
    }
    case 'enumeration':
      return checkEnumeration(def, value, ctx, fail);
    default:
      return { ok: true, value };
  }
}

function checkEnumeration(
  def: PropertyDefinition,
  value: string,
  ctx: ValueContext,
  fail: (code: string, message: string) => Checked,
): Checked {
  if (def.referencedObjectType === 'OWNER') {
    if (!/^\d+$/.test(value)) return fail('INVALID_INTEGER', `${value} was not a valid integer (for owner ID).`);
    return ctx.ownerExists(value) ? { ok: true, value } : fail('INVALID_OWNER_ID', `${value} is not a valid owner id.`);
  }
  const allowed = new Set((def.options ?? []).map((o) => o.value));
  // Checkbox enumerations hold several options separated by semicolons.
  const parts = def.fieldType === 'checkbox' ? value.split(';').filter((p) => p !== '') : [value];
  const bad = parts.find((p) => !allowed.has(p));
  if (bad === undefined) return { ok: true, value: parts.join(';') };
  const listing = (def.options ?? [])
    .map((o) => `label: "${o.label}"\nvalue: "${o.value}"\ndisplay_order: ${o.displayOrder ?? -1}\nhidden: ${o.hidden ?? false}\nread_only: false\n`)
    .join(', ');
  return fail('INVALID_OPTION', `${bad} was not one of the allowed options: [${listing}]`);
}

function textOf(raw: unknown): string {
  if (raw === null || raw === undefined) return '';
  return String(raw);
}

function isNumber(v: string): boolean {
  const t = v.trim();
  return /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t) && Number.isFinite(Number(t));
}

/** The errors HubSpot gives for names it does not know or cannot write. */
export function unknownProperty(name: string, value: unknown): PropertyError {
  return { name, code: 'PROPERTY_DOESNT_EXIST', message: `Property "${name}" does not exist`, value: textOf(value) };
}

export function readOnlyProperty(name: string, value: unknown): PropertyError {
  return {
    name,
    code: 'READ_ONLY_VALUE',
    message: `"${name}" is a calculated property; its value cannot be set.`,
    value: textOf(value),
  };
}
