/**
 * Filter evaluation with HubSpot's semantics per property type: numbers
 * compare as numbers, dates and datetimes as instants (epoch millis or ISO on
 * either side), text case-insensitively; NEQ and NOT_IN match records without
 * a value; CONTAINS_TOKEN matches whole words, with `*` as a wildcard.
 */
import { parseInstant } from '../store';
import type { PropertyDefinition } from '../types';
import type { Filter } from './request';

/** A comparable form of a value for a property: a number for numeric and date types, lower-case text otherwise. */
export function comparable(def: PropertyDefinition | undefined, raw: string): number | string | undefined {
  if (def?.type === 'number') {
    const n = Number(raw);
    return raw.trim() === '' || Number.isNaN(n) ? undefined : n;
  }
  if (def?.type === 'datetime' || def?.type === 'date') return parseInstant(raw);
  return raw.toLowerCase();
}

function cmp(a: number | string, b: number | string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function matches(def: PropertyDefinition | undefined, stored: string | undefined, f: Filter): boolean {
  const has = stored !== undefined && stored !== '';
  switch (f.operator) {
    case 'HAS_PROPERTY':
      return has;
    case 'NOT_HAS_PROPERTY':
      return !has;
    case 'NEQ':
      return !has || !equal(def, stored!, f.value ?? '');
    case 'NOT_IN':
      return !has || !(f.values ?? []).some((v) => equal(def, stored!, v));
    case 'NOT_CONTAINS_TOKEN':
      return !has || !containsToken(stored!, f.value ?? '');
    default:
      break;
  }
  if (!has) return false;
  const value = f.value ?? '';
  switch (f.operator) {
    case 'EQ':
      return equal(def, stored!, value);
    case 'IN':
      return (f.values ?? []).some((v) => equal(def, stored!, v));
    case 'CONTAINS_TOKEN':
      return containsToken(stored!, value);
    case 'BETWEEN':
      return order(def, stored!, value) >= 0 && order(def, stored!, f.highValue ?? '') <= 0;
    case 'GT':
      return order(def, stored!, value) > 0;
    case 'GTE':
      return order(def, stored!, value) >= 0;
    case 'LT':
      return order(def, stored!, value) < 0;
    case 'LTE':
      return order(def, stored!, value) <= 0;
    default:
      return false;
  }
}

function equal(def: PropertyDefinition | undefined, stored: string, value: string): boolean {
  if (def?.type === 'enumeration' && def.fieldType === 'checkbox') {
    return stored.toLowerCase().split(';').includes(value.toLowerCase());
  }
  const a = comparable(def, stored);
  const b = comparable(def, value);
  return a !== undefined && b !== undefined && a === b;
}

/** Sign of stored − value; NaN (no match) when either side does not parse. */
function order(def: PropertyDefinition | undefined, stored: string, value: string): number {
  const a = comparable(def, stored);
  const b = comparable(def, value);
  if (a === undefined || b === undefined || typeof a !== typeof b) return NaN;
  return cmp(a, b);
}

function containsToken(stored: string, value: string): boolean {
  const tokens = stored.toLowerCase().split(/[^\p{L}\p{N}@._-]+/u).filter((t) => t !== '');
  const wanted = value.toLowerCase().trim();
  if (wanted === '') return false;
  if (/\s/.test(wanted)) return stored.toLowerCase().includes(wanted.replace(/\*/g, ''));
  const pattern = new RegExp(`^${wanted.split('*').map(escape).join('.*')}$`, 'u');
  return tokens.some((t) => pattern.test(t) || t.split(/[@._-]/).some((p) => pattern.test(p)));
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
