/**
 * The lines other parts of an assessment quote from a dimension's evidence:
 * drivers quote the first red (or green) flag, root causes the first red flag,
 * plays the first line that is not a red flag — each without its "red flag: "
 * / "green flag: " prefix, else the first line.
 *
 * A Rubric notes them as lines are added (evidence is built as concatenations,
 * and reading a line's characters to look for a prefix copies the whole line
 * first: scanning every dimension's lines was a measurable share of an
 * assessment). Parts and notes never start with a flag prefix, so the noted
 * quotes are exactly what reading the lines gives (quotes.test.ts checks it).
 */

export interface Quotes {
  /** The first red flag. */
  red: string | undefined;
  /** The first green flag. */
  green: string | undefined;
  /** The first line. */
  first: string | undefined;
  /** The first line that is not a red flag. */
  firstNotRed: string | undefined;
}

const R = 114;
const G = 103;

// A first-character test is several times cheaper than startsWith and rules out nearly every line.

/** Whether an evidence line is a red flag ("red flag: …"). */
export const isRedFlag = (e: string): boolean => e.charCodeAt(0) === R && e.startsWith('red flag: ');

/** Whether an evidence line is a green flag ("green flag: …"). */
export const isGreenFlag = (e: string): boolean => e.charCodeAt(0) === G && e.startsWith('green flag: ');

/** "red flag: x" / "green flag: x" → "x", for sentences that quote the fact. */
export function stripFlag(e: string | undefined): string | undefined {
  if (e === undefined) return undefined;
  if (isRedFlag(e)) return e.slice(10);
  if (isGreenFlag(e)) return e.slice(12);
  return e;
}

/** The quotes, read from the lines themselves (evidence no Rubric built: gaps, per-product roll-ups). */
export function quotesOf(evidence: ReadonlyArray<string>): Quotes {
  return {
    red: stripFlag(evidence.find(isRedFlag)),
    green: stripFlag(evidence.find(isGreenFlag)),
    first: stripFlag(evidence[0]),
    firstNotRed: stripFlag(evidence.find((e) => !isRedFlag(e))),
  };
}
