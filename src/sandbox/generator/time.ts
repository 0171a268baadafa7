/** Instants as epoch milliseconds inside the generator; strings only at the edges (HubSpot's formats). */

export const DAY = 86_400_000;
export const HOUR = 3_600_000;

const dayText = new Map<number, string>();
const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * An ISO-8601 instant, as HubSpot returns datetime values (no fraction when it
 * is zero). Formatted by hand with the calendar day cached: a portfolio
 * formats a few hundred thousand instants and Date#toISOString dominated.
 */
export function isoInstant(ms: number): string {
  if (!Number.isFinite(ms)) throw new Error(`not an instant: ${ms}`);
  const t = Math.round(ms);
  // Sync runs and meetings fall on quarter hours shared by many records: one string each.
  const aligned = t % QUARTER_HOUR === 0;
  if (aligned) {
    const hit = quarterText.get(t);
    if (hit !== undefined) return hit;
  }
  const text = formatInstant(t);
  if (aligned) quarterText.set(t, text);
  return text;
}

const QUARTER_HOUR = 15 * 60_000;
const quarterText = new Map<number, string>();

function formatInstant(t: number): string {
  const day = Math.floor(t / DAY);
  let date = dayText.get(day);
  if (date === undefined) {
    date = new Date(day * DAY).toISOString().slice(0, 10);
    dayText.set(day, date);
  }
  let rest = t - day * DAY;
  const h = Math.floor(rest / HOUR);
  rest -= h * HOUR;
  const m = Math.floor(rest / 60_000);
  rest -= m * 60_000;
  const sec = Math.floor(rest / 1000);
  const milli = rest - sec * 1000;
  const fraction = milli === 0 ? '' : `.${String(milli).padStart(3, '0')}`;
  return `${date}T${pad2(h)}:${pad2(m)}:${pad2(sec)}${fraction}Z`;
}

/** A calendar date as HubSpot stores `date` properties: YYYY-MM-DD. */
export function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Midnight UTC of the day containing `ms`. */
export function startOfDay(ms: number): number {
  return Math.floor(ms / DAY) * DAY;
}

/** Parses the generator's `asOf` option; a clear error naming the field when it is not an instant. */
export function parseAsOf(value: string): number {
  const ms = Date.parse(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(ms)) {
    throw new Error(`generatePortfolio: asOf must be an ISO-8601 date or date-time, got ${JSON.stringify(value)}`);
  }
  return ms;
}

/** A working-hours time (UTC 13:00–21:00, minutes rounded to 15) on the day of `ms`. */
export function atWorkHour(dayMs: number, hourSlot: number): number {
  const slot = Math.max(0, Math.min(31, Math.floor(hourSlot)));
  return startOfDay(dayMs) + 13 * HOUR + slot * 15 * 60_000;
}
