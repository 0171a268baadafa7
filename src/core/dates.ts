/** Date arithmetic on ISO strings. Pure: "today" is always passed in. */

export const DAY_MS = 86_400_000;

/** Milliseconds since the epoch for an ISO date or date-time; NaN when unparseable. */
export function toMs(iso: string): number {
  return Date.parse(iso);
}

/** Whole days from `fromMs` to `toMs` (positive when `to` is later). */
export function daysBetween(fromMs: number, toMsValue: number): number {
  return Math.floor((toMsValue - fromMs) / DAY_MS);
}

/** The calendar date (YYYY-MM-DD, UTC) of an instant. */
export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The date `n` business days (Mon-Fri) after `fromMs`. */
export function addBusinessDays(fromMs: number, n: number): string {
  let ms = fromMs;
  let left = n;
  while (left > 0) {
    ms += DAY_MS;
    const weekday = new Date(ms).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return isoDay(ms);
}
