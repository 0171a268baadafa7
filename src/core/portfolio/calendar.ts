/** Calendar arithmetic on plain ISO days (YYYY-MM-DD, UTC) for portfolio periods and cohorts. */
import { DAY_MS, isoDay, toMs } from '../dates';

const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** `day` moved by `months` calendar months, the day of month clamped (2026-03-31 − 1 month → 2026-02-28). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.slice(0, 10).split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const clamped = Math.min(d, daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(clamped).padStart(2, '0')}`;
}

export function addDays(day: string, days: number): string {
  return isoDay(toMs(day.slice(0, 10)) + days * DAY_MS);
}

/** The first day of the month of `day`. */
export function startOfMonth(day: string): string {
  return `${day.slice(0, 7)}-01`;
}

/** `2026-11` for a month cohort, `2026-Q4` for a quarter cohort. */
export function cohortKey(day: string, by: 'month' | 'quarter'): string {
  if (by === 'month') return day.slice(0, 7);
  const month = Number(day.slice(5, 7));
  return `${day.slice(0, 4)}-Q${Math.ceil(month / 3)}`;
}

/** ISO-8601 week of a day, e.g. `2026-W47` (the seed's dashboard `week: "YYYY-WXX"`). */
export function isoWeek(day: string): string {
  const ms = toMs(day.slice(0, 10));
  const weekday = (((Math.floor(ms / DAY_MS) + 3) % 7) + 7) % 7; // 0 = Monday (1970-01-01 was a Thursday)
  const thursday = ms + (3 - weekday) * DAY_MS; // the week belongs to the year of its Thursday
  const year = Number(isoDay(thursday).slice(0, 4));
  const firstThursday = toMs(`${year}-01-04`);
  const firstWeekday = (((Math.floor(firstThursday / DAY_MS) + 3) % 7) + 7) % 7;
  const week1Monday = firstThursday - firstWeekday * DAY_MS;
  const week = Math.floor((thursday - week1Monday) / (7 * DAY_MS)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}
