/** Date arithmetic on ISO strings. Pure: "today" is always passed in. */

export const DAY_MS = 86_400_000;

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Milliseconds since the epoch for an ISO date or date-time; NaN when
 * unparseable. Plain dates (the common case) skip Date.parse, which was the
 * single largest cost of an assessment.
 */
export function toMs(iso: string): number {
  const m = iso.length === 10 ? DATE_ONLY.exec(iso) : null;
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    const daysInMonth = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
    return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth ? Date.UTC(year, month - 1, day) : NaN;
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
