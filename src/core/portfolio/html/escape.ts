/** Escaping for text and attribute values in the dashboard's HTML and SVG: every string from data goes through here. */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function esc(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** A number safe to place in an SVG attribute (never NaN or Infinity). */
export function num(value: number): string {
  return Number.isFinite(value) ? String(Math.round(value * 100) / 100) : '0';
}

/** `$1.2M`, `$240K`, `$900` for chart labels. */
export function shortMoney(value: number): string {
  const abs = Math.abs(value);
  const sign = value < 0 ? '-' : '';
  if (abs < 0.5) return '$0';
  if (abs >= 1_000_000) return `${sign}$${(Math.round(abs / 100_000) / 10).toString()}M`;
  if (abs >= 1_000) return `${sign}$${Math.round(abs / 1_000)}K`;
  return `${sign}$${Math.round(abs)}`;
}

/** 0.9312 → `93.1%`; null → `—`. */
export function pct(rate: number | null): string {
  return rate === null ? '—' : `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}
