/**
 * Whether the value HubSpot holds and the value we would write mean the same
 * thing. HubSpot hands values back in its own spelling — numbers as "72.0",
 * datetimes with or without milliseconds, multi-selects in any order, empty
 * as "" or null — and rewriting a value only because it is spelled
 * differently would touch every company on every run.
 */

/** Multi-select outputs: ";"-separated option sets whose order carries no meaning. */
export const MULTI_SELECT_OUTPUTS: ReadonlySet<string> = new Set(['che_churn_signals', 'che_expansion_signals']);

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const EPOCH_MS = /^\d{12,14}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;

const isEmpty = (v: string | null | undefined): boolean => v === null || v === undefined || v.trim() === '';

function optionSet(v: string): string {
  return v
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .sort()
    .join(';');
}

export function sameValue(property: string, current: string | null | undefined, next: string): boolean {
  if (isEmpty(current)) return isEmpty(next);
  if (isEmpty(next)) return false;
  const a = current!.trim();
  const b = next.trim();
  if (a === b) return true;
  if (MULTI_SELECT_OUTPUTS.has(property)) return optionSet(a) === optionSet(b);
  if (NUMBER.test(a) && NUMBER.test(b)) return Number(a) === Number(b);
  if (ISO_DATE.test(a) && ISO_DATE.test(b)) return Date.parse(a) === Date.parse(b);
  // A datetime may come back as epoch milliseconds where we wrote ISO, or the other way round.
  if (ISO_DATE.test(a) && EPOCH_MS.test(b)) return Date.parse(a) === Number(b);
  if (EPOCH_MS.test(a) && ISO_DATE.test(b)) return Number(a) === Date.parse(b);
  if (/^(true|false)$/i.test(a) && /^(true|false)$/i.test(b)) return a.toLowerCase() === b.toLowerCase();
  return false;
}
