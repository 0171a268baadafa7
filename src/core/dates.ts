/** Date arithmetic on ISO strings. Pure: "today" is always passed in. */

export const DAY_MS = 86_400_000;

const ZERO = 48;

/** The number in `s` from `start` to `end` (exclusive) if all digits, else -1. */
function digits(s: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = s.charCodeAt(i) - ZERO;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** Days since 1970-01-01 of a civil date (H. Hinnant's algorithm; Date.UTC is several times slower). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Milliseconds since the epoch for an ISO date or date-time; NaN when
 * unparseable. Plain dates (the common case) are read digit by digit: parsing
 * dates was the single largest cost of an assessment.
 */
export function toMs(iso: string): number {
  if (iso.length === 10 && iso.charCodeAt(4) === 45 && iso.charCodeAt(7) === 45) {
    const year = digits(iso, 0, 4);
    const month = digits(iso, 5, 7);
    const day = digits(iso, 8, 10);
    if (year < 100) return Date.parse(iso); // Date.UTC reads years 0-99 as 1900-1999
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN;
    return daysFromCivil(year, month, day) * DAY_MS;
  }
  return Date.parse(iso);
}

/** Whole days from `fromMs` to `toMs` (positive when `to` is later). */
export function daysBetween(fromMs: number, toMsValue: number): number {
  return Math.floor((toMsValue - fromMs) / DAY_MS);
}

/** The calendar date (YYYY-MM-DD, UTC) of an instant. */
export function isoDay(ms: number): string {
  // Civil date from a day number (H. Hinnant's algorithm): no Date allocation.
  const z = Math.floor(ms / DAY_MS) + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** Day of the week (0 = Sunday) of an instant, UTC; 1970-01-01 was a Thursday. */
function weekday(ms: number): number {
  return (((Math.floor(ms / DAY_MS) + 4) % 7) + 7) % 7;
}

/** The date `n` business days (Mon-Fri) after `fromMs`. */
export function addBusinessDays(fromMs: number, n: number): string {
  let ms = fromMs;
  let left = n;
  while (left > 0) {
    ms += DAY_MS;
    const w = weekday(ms);
    if (w !== 0 && w !== 6) left -= 1;
  }
  return isoDay(ms);
}
