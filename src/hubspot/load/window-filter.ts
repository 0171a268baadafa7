/**
 * The loader's time-window filters evaluated on records already read, with
 * the CRM search's semantics, so a batch read plus this filter returns
 * exactly what the windowed search would. Only the operators the windows use
 * (see `windows` in load-companies.ts) are known; any other throws, so a
 * window nobody can honour client-side is caught when it is first used.
 *
 * Semantics (as HubSpot's search, and the sandbox's src/sandbox/search/match.ts):
 *  - GTE: a date/datetime property compared as an instant; the stored value and
 *    the filter value may each be epoch milliseconds or ISO-8601 (a date alone
 *    is midnight UTC). A missing or unparseable value never matches.
 *  - EQ: the enumeration/boolean text, case-insensitive. A missing value never matches.
 *  - NOT_HAS_PROPERTY: missing, null or empty matches.
 */
import type { HsRecord } from '../mappers/records';
import type { Filter } from './reads';

export const WINDOW_OPERATORS = ['GTE', 'EQ', 'NOT_HAS_PROPERTY'] as const;
type WindowOperator = (typeof WINDOW_OPERATORS)[number];

const isWindowOperator = (op: string): op is WindowOperator => (WINDOW_OPERATORS as readonly string[]).includes(op);

/** Throws when a filter uses an operator (or lacks a value) this evaluator cannot honour. */
export function assertEvaluable(windows: Filter[][]): void {
  for (const f of windows.flat()) {
    if (!isWindowOperator(f.operator)) {
      throw new Error(
        `window filter on ${f.propertyName}: operator ${f.operator} cannot be evaluated client-side ` +
        `(known: ${WINDOW_OPERATORS.join(', ')}); add it to src/hubspot/load/window-filter.ts with a test first`,
      );
    }
    if (f.operator !== 'NOT_HAS_PROPERTY' && (f.value === undefined || f.value === '')) {
      throw new Error(`window filter on ${f.propertyName}: ${f.operator} needs a value`);
    }
    if (f.operator === 'GTE' && parseInstant(f.value!) === undefined) {
      throw new Error(`window filter on ${f.propertyName}: GTE value ${JSON.stringify(f.value)} is not an instant (epoch ms or ISO-8601)`);
    }
  }
}

/**
 * Epoch milliseconds of a date/datetime value as the search reads it:
 * integer text is epoch ms; ISO with Z or an offset is that instant; a date
 * alone, or a date-time without a zone, is UTC. Anything else: undefined.
 */
export function parseInstant(value: string): number | undefined {
  const v = value.trim();
  if (/^-?\d+$/.test(v)) return Number(v);
  if (!/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(v)) return undefined;
  const zoned = v.length === 10 ? `${v}T00:00:00Z` : /(Z|[+-]\d{2}:?\d{2})$/.test(v) ? v : `${v}Z`;
  const ms = Date.parse(zoned.replace(' ', 'T'));
  return Number.isNaN(ms) ? undefined : ms;
}

/** Whether one record passes one filter. */
export function matchesFilter(record: HsRecord, f: Filter): boolean {
  const stored = record.properties[f.propertyName];
  const has = stored !== undefined && stored !== null && stored !== '';
  switch (f.operator) {
    case 'NOT_HAS_PROPERTY':
      return !has;
    case 'EQ':
      return has && stored.toLowerCase() === (f.value ?? '').toLowerCase();
    case 'GTE': {
      if (!has) return false;
      const a = parseInstant(stored);
      const b = parseInstant(f.value ?? '');
      return a !== undefined && b !== undefined && a >= b;
    }
    default:
      assertEvaluable([[f]]);
      return false;
  }
}

/** Whether a record is inside the windows: one alternative (OR) whose filters all (AND) pass; no windows = every record. */
export function inWindows(record: HsRecord, windows: Filter[][]): boolean {
  return windows.length === 0 || windows.some((group) => group.every((f) => matchesFilter(record, f)));
}

/** Property names the windows look at (a batch read must ask for them). */
export function windowProperties(windows: Filter[][]): string[] {
  return [...new Set(windows.flat().map((f) => f.propertyName))];
}
