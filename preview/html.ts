/**
 * The few HTML helpers the preview builds its pages with. Every piece of text
 * and every attribute value goes through `escapeHtml`: the card shows CRM data
 * (company names, ticket text, CSM notes), which must appear as text, never
 * as markup.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

export type AttrValue = string | number | boolean | null | undefined;

/** ` name="value"` pairs; false/null/undefined leave the attribute out, true writes it bare. */
export function attrs(values: Record<string, AttrValue>): string {
  let out = '';
  for (const [name, value] of Object.entries(values)) {
    if (value === false || value === null || value === undefined) continue;
    out += value === true ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`;
  }
  return out;
}

/** An element whose inner HTML is already safe (built by these helpers). */
export function tag(name: string, attributes: Record<string, AttrValue>, innerHtml = ''): string {
  return `<${name}${attrs(attributes)}>${innerHtml}</${name}>`;
}

/** CSS class list from the truthy entries. */
export function classes(...names: Array<string | false | null | undefined>): string {
  return names.filter(Boolean).join(' ');
}

/** An inline style from a map; values come from a fixed vocabulary (never raw user text). */
export function style(values: Record<string, string | number | undefined>): string | undefined {
  const parts = Object.entries(values)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}:${String(v).replace(/[;"<>{}]/g, '')}`);
  return parts.length > 0 ? parts.join(';') : undefined;
}
