/** Date arithmetic on ISO strings. Pure: "today" is always passed in. */

export const DAY_MS = 86_400_000;

const ZERO = 48;
const DASH = 45;
const COLON = 58;
const DOT = 46;
const PLUS = 43;
const T = 84;
const Z = 90;
const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

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

/** The digit at `i`, or a negative number large enough to make any field it is part of negative. */
function digit(s: string, i: number): number {
  const d = s.charCodeAt(i) - ZERO;
  return d >= 0 && d <= 9 ? d : -100_000;
}

/**
 * Days since 1970-01-01 of a civil date (H. Hinnant's algorithm; Date.UTC is
 * several times slower), for years 100 and later. Every quotient is of
 * non-negative integers, so `| 0` is the floor, and integer division by a
 * constant compiles to a multiplication (a floating-point division does not).
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = (y / 400) | 0;
  const yoe = y - era * 400;
  const doy = (((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) | 0) + day - 1;
  const doe = yoe * 365 + ((yoe / 4) | 0) - ((yoe / 100) | 0) + doy;
  return era * 146097 + doe - 719468;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Whether `iso` starts with YYYY-MM-DD (digits unchecked). */
const dateShaped = (iso: string): boolean => iso.charCodeAt(4) === DASH && iso.charCodeAt(7) === DASH;

/**
 * Milliseconds since the epoch for an ISO date or date-time; NaN when
 * unparseable. Plain dates and UTC / offset date-times (the common cases) are
 * read digit by digit: parsing dates was the single largest cost of an
 * assessment. Any other shape goes to Date.parse.
 */
export function toMs(iso: string): number {
  const days = plainDateDays(iso);
  if (days !== undefined) return days * DAY_MS;
  if (iso.length >= 17 && dateShaped(iso) && iso.charCodeAt(10) === T) {
    const ms = dateTimeMs(iso);
    if (ms !== undefined) return ms;
  }
  return Date.parse(iso);
}

/**
 * Days since 1970-01-01 of a plain date YYYY-MM-DD (year 100 or later), NaN
 * when that day does not exist, undefined for any other string. A whole number
 * of days, not milliseconds: a small integer costs nothing to return.
 */
export function plainDateDays(iso: string): number | undefined {
  if (iso.length !== 10 || !dateShaped(iso)) return undefined;
  // Unrolled (the hottest parse): a non-digit makes its field negative, as digits() would.
  const year = digit(iso, 0) * 1000 + digit(iso, 1) * 100 + digit(iso, 2) * 10 + digit(iso, 3);
  const month = digit(iso, 5) * 10 + digit(iso, 6);
  const day = digit(iso, 8) * 10 + digit(iso, 9);
  if (year < 100) return undefined; // years 0-99 and non-digits: Date.parse decides
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN;
  return daysFromCivil(year, month, day);
}

/**
 * YYYY-MM-DDTHH:MM[:SS[.sss]] followed by Z or ±HH:MM, in range; undefined for
 * anything else (other shapes, local times, rolled-over dates such as Feb 30,
 * which Date.parse accepts), so that the result always equals Date.parse's.
 */
function dateTimeMs(iso: string): number | undefined {
  const year = digits(iso, 0, 4);
  const month = digits(iso, 5, 7);
  const day = digits(iso, 8, 10);
  const hour = digits(iso, 11, 13);
  const minute = digits(iso, 14, 16);
  if (year < 100 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (iso.charCodeAt(13) !== COLON || hour < 0 || hour > 23 || minute < 0 || minute > 59) return undefined;
  let at = 16;
  let second = 0;
  let milli = 0;
  if (iso.charCodeAt(at) === COLON) {
    second = digits(iso, at + 1, at + 3);
    if (second < 0 || second > 59) return undefined;
    at += 3;
    if (iso.charCodeAt(at) === DOT) {
      milli = digits(iso, at + 1, at + 4);
      if (milli < 0) return undefined;
      at += 4;
    }
  }
  const offset = offsetMinutes(iso, at);
  if (offset === undefined) return undefined;
  return daysFromCivil(year, month, day) * DAY_MS + hour * HOUR_MS + minute * MINUTE_MS + second * 1000 + milli - offset * MINUTE_MS;
}

/** The zone at `at` ending the string: Z → 0, ±HH:MM → minutes east of UTC; undefined otherwise. */
function offsetMinutes(iso: string, at: number): number | undefined {
  const c = iso.charCodeAt(at);
  if (c === Z) return at === iso.length - 1 ? 0 : undefined;
  if ((c !== PLUS && c !== DASH) || at !== iso.length - 6 || iso.charCodeAt(at + 3) !== COLON) return undefined;
  const hours = digits(iso, at + 1, at + 3);
  const minutes = digits(iso, at + 4, at + 6);
  if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59) return undefined;
  return (c === PLUS ? 1 : -1) * (hours * 60 + minutes);
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
