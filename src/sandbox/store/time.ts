/**
 * HubSpot's instants: accepted as epoch milliseconds or ISO-8601, emitted like
 * Java's Instant.toString() (no fraction when the milliseconds are zero).
 */

/** A UTC instant already written the way HubSpot reads it (seconds, optional milliseconds, Z). */
export const CANONICAL_INSTANT = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{3})?Z$/;

/** `formatInstant(parseInstant(v))` without the round trip when v is canonical already (the bulk of a seed). */
export function normaliseInstant(value: string): string | undefined {
  const v = value.trim();
  if (CANONICAL_INSTANT.test(v)) return v.endsWith('.000Z') ? `${v.slice(0, -5)}Z` : v;
  const ms = parseInstant(v);
  return ms === undefined ? undefined : formatInstant(ms);
}

export function formatInstant(ms: number): string {
  const iso = new Date(ms).toISOString();
  return iso.endsWith('.000Z') ? `${iso.slice(0, -5)}Z` : iso;
}

/** Epoch millis of a value given as digits or as an ISO date/date-time; undefined when neither. */
export function parseInstant(value: string): number | undefined {
  const v = value.trim();
  if (/^-?\d+$/.test(v)) return Number(v);
  // The common case first: a UTC instant Date.parse reads exactly.
  if (v.length >= 20 && v.charCodeAt(v.length - 1) === 90 /* Z */ && v.charCodeAt(10) === 84 /* T */) {
    const ms = Date.parse(v);
    if (!Number.isNaN(ms)) return ms;
  }
  if (!/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(v)) return undefined;
  // A date-time without a zone is UTC here; the platform would read it as local time.
  const zoned = v.length === 10 ? `${v}T00:00:00Z` : /(Z|[+-]\d{2}:?\d{2})$/.test(v) ? v : `${v}Z`;
  const ms = Date.parse(zoned.replace(' ', 'T'));
  return Number.isNaN(ms) ? undefined : ms;
}

/** A calendar date as HubSpot returns `date` properties: YYYY-MM-DD. */
export function formatDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
