/**
 * Display helpers for the card. Pure and locale-independent on purpose: the
 * card renders the same text in HubSpot, in the local preview and in tests.
 */
import type { Tier } from '../../src/core/contract';

export const TIERS = ['thriving', 'healthy', 'at_risk', 'critical'] as const;

/** The core's tier cut-offs (80/60/40), for history points stored without a tier. */
export function tierOf(score: number): Tier {
  if (score >= 80) return 'thriving';
  if (score >= 60) return 'healthy';
  if (score >= 40) return 'at_risk';
  return 'critical';
}

export function isTier(value: unknown): value is Tier {
  return typeof value === 'string' && (TIERS as readonly string[]).includes(value);
}

/** "at_risk" → "At risk", "champion_departure_usage_decline" → "Champion departure usage decline". */
export function humanize(key: string): string {
  const words = key.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export const tierLabel = (tier: Tier): string => humanize(tier);

/** Tag variants carry the tier's colour: green, blue, amber, red. */
export function tierTagVariant(tier: Tier): 'success' | 'info' | 'warning' | 'error' {
  switch (tier) {
    case 'thriving': return 'success';
    case 'healthy': return 'info';
    case 'at_risk': return 'warning';
    case 'critical': return 'error';
  }
}

/** Chart colours per tier, used to colour the score line by tier. */
export const TIER_CHART_COLORS = {
  Thriving: 'green',
  Healthy: 'blue',
  'At risk': 'orange',
  Critical: 'darkPink',
} as const;

export function priorityTagVariant(priority: string): 'error' | 'warning' | 'info' | 'default' {
  if (priority === 'critical') return 'error';
  if (priority === 'high') return 'warning';
  if (priority === 'medium') return 'info';
  return 'default';
}

/** "2026-12-22T00:00:00.000Z" → "2026-12-22"; anything else is shown as given. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(value);
  return match?.[1] ?? value;
}

/** The YYYY-MM-DD part of a date string, or undefined when it has none. */
export function isoDay(value: string | null | undefined): string | undefined {
  const match = value ? /^(\d{4}-\d{2}-\d{2})/.exec(value) : null;
  return match?.[1];
}

/** Whole amounts with thousands separators: 54000 → "$54,000". */
export function formatMoney(amount: number | null | undefined): string {
  if (amount === null || amount === undefined || !Number.isFinite(amount)) return '—';
  const rounded = Math.round(Math.abs(amount));
  const digits = String(rounded).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${amount < 0 ? '-' : ''}$${digits}`;
}

/** +5 / -12 / 0, for score changes. */
export function formatChange(change: number): string {
  const rounded = Math.round(change);
  return rounded > 0 ? `+${rounded}` : String(rounded);
}

export function daysLeftText(days: number | undefined): string {
  if (days === undefined) return '';
  if (days < 0) return `${-days} days overdue`;
  if (days === 0) return 'today';
  return days === 1 ? '1 day left' : `${days} days left`;
}

export function trendText(trend: 'up' | 'flat' | 'down' | null): string {
  if (trend === 'up') return 'improving';
  if (trend === 'down') return 'declining';
  if (trend === 'flat') return 'steady';
  return 'no trend yet';
}

/** The DateInput's value ({ year, month from 0, date }) as YYYY-MM-DD. */
export function baseDateToIso(value: { year: number; month: number; date: number }): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${value.year}-${pad(value.month + 1)}-${pad(value.date)}`;
}

/** YYYY-MM-DD as the DateInput's value, or undefined when it is not such a date. */
export function isoToBaseDate(value: string | null | undefined): { year: number; month: number; date: number } | undefined {
  const day = isoDay(value);
  if (!day) return undefined;
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return { year, month: month - 1, date };
}

const DAY_MS = 86_400_000;

/** Days from `from` to `to` (both ISO dates), computed on UTC days. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(isoDay(to) ?? to) - Date.parse(isoDay(from) ?? from)) / DAY_MS);
}
