/**
 * CRM strings → typed values. HubSpot returns every property as a string (or
 * null); this is the only place they become numbers, booleans or dates.
 * Missing stays missing (undefined, no warning); a value that does not parse
 * becomes undefined plus a warning naming the record and the property —
 * never NaN, never a thrown error.
 */
import { z } from 'zod';

/** Collects data problems for one company: "company 123: che_dau: 'N/A' is not a number". */
export class Warnings {
  readonly list: string[] = [];
  constructor(readonly companyId: string) {}

  add(property: string, message: string, record?: string): void {
    const where = record ? `company ${this.companyId}: ${record}: ${property}` : `company ${this.companyId}: ${property}`;
    this.list.push(`${where}: ${message}`);
  }
}

/** Where a value came from, for warnings ("ticket 77"); undefined = the company itself. */
export interface ValueSource {
  warnings: Warnings;
  record?: string;
}

const show = (raw: string) => `'${raw.length > 40 ? `${raw.slice(0, 40)}…` : raw}'`;

/** Plain decimal numbers, with optional thousands separators ("1,234.5"); no hex, no exponent games, no "Infinity". */
const NUMBER_TEXT = /^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$|^[+-]?\.\d+$/;

const NumberText = z
  .string()
  .transform((s) => s.trim())
  .refine((s) => NUMBER_TEXT.test(s), { error: 'is not a number' })
  .transform((s) => Number(s.replace(/,/g, '')))
  .refine((n) => Number.isFinite(n), { error: 'is not a finite number' });

function isMissing(raw: string | null | undefined): raw is null | undefined | '' {
  return raw === null || raw === undefined || raw.trim() === '';
}

export function num(raw: string | null | undefined, property: string, src: ValueSource, opts: { min?: number; max?: number; int?: boolean } = {}): number | undefined {
  if (isMissing(raw)) return undefined;
  const r = NumberText.safeParse(raw);
  if (!r.success) {
    src.warnings.add(property, `${show(raw)} ${r.error.issues[0]?.message ?? 'is not a number'}`, src.record);
    return undefined;
  }
  let n = r.data;
  if ((opts.min !== undefined && n < opts.min) || (opts.max !== undefined && n > opts.max)) {
    const range = `${opts.min ?? '-∞'}–${opts.max ?? '∞'}`;
    src.warnings.add(property, `${show(raw)} is outside ${range}`, src.record);
    return undefined;
  }
  if (opts.int) n = Math.round(n);
  return n;
}

const TRUE = new Set(['true', 'yes', '1']);
const FALSE = new Set(['false', 'no', '0']);

export function bool(raw: string | null | undefined, property: string, src: ValueSource): boolean | undefined {
  if (isMissing(raw)) return undefined;
  const v = raw.trim().toLowerCase();
  if (TRUE.has(v)) return true;
  if (FALSE.has(v)) return false;
  src.warnings.add(property, `${show(raw)} is not true or false`, src.record);
  return undefined;
}

/** An ISO date/datetime or epoch milliseconds (HubSpot sends both) → ISO-8601 instant. */
export function date(raw: string | null | undefined, property: string, src: ValueSource): string | undefined {
  if (isMissing(raw)) return undefined;
  const v = raw.trim();
  const ms = /^\d{10,14}$/.test(v) ? Number(v) : /^\d{4}-\d{2}-\d{2}/.test(v) ? Date.parse(v) : NaN;
  if (!Number.isFinite(ms)) {
    src.warnings.add(property, `${show(raw)} is not a date`, src.record);
    return undefined;
  }
  return new Date(ms).toISOString();
}

/** A value looked up in a map (enumerations); unknown values warn. */
export function oneOf<T extends string>(raw: string | null | undefined, values: Record<string, T>, property: string, src: ValueSource): T | undefined {
  if (isMissing(raw)) return undefined;
  const v = raw.trim();
  const hit = values[v] ?? values[v.toLowerCase()] ?? values[v.toUpperCase()];
  if (hit === undefined) src.warnings.add(property, `${show(raw)} is not one of ${Object.keys(values).join(', ')}`, src.record);
  return hit;
}

export function text(raw: string | null | undefined): string | undefined {
  return isMissing(raw) ? undefined : raw;
}

export const DAY_MS = 86_400_000;

export function daysBetween(fromIso: string, toIso: string): number {
  return (Date.parse(toIso) - Date.parse(fromIso)) / DAY_MS;
}

export function minusDays(iso: string, days: number): string {
  return new Date(Date.parse(iso) - days * DAY_MS).toISOString();
}
