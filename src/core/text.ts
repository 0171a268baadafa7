/**
 * Phrase lists for reading free text (ticket bodies, survey comments). They are
 * deliberately small and literal: every match is quoted in the evidence, so a
 * CSM can see exactly which words triggered a flag.
 */

/** Words seed 002 names as support red flags (cancel, unacceptable, alternatives, escalate). */
export const CHURN_PHRASES = [
  'cancel', 'terminate', 'termination', 'unacceptable', 'considering alternatives', 'looking for alternatives',
  'alternative vendor', 'switch to', 'switching to', 'not renew', "won't renew", 'will not renew', 'refund',
] as const;

export const COMPETITOR_PHRASES = [
  'competitor', 'alternatives', 'alternative vendor', 'evaluating options', 'rfp', 'other vendors', 'switch to', 'switching to',
] as const;

export const HOSTILE_PHRASES = [
  'unacceptable', 'furious', 'ridiculous', 'fed up', 'waste of', 'terrible', 'disappointed', 'frustrated', 'escalate',
] as const;

export const FEATURE_REQUEST_PHRASES = [
  'feature request', 'higher tier', 'add-on', 'addon', 'upgrade', 'enterprise plan', 'premium', 'more seats', 'additional seats',
] as const;

/**
 * A pattern, tested on a text as it is, that matches every text in which
 * `phrases` finds a phrase once the text is lower-cased (and a few more: it is
 * only a filter). Case-insensitive with Unicode folding, so the Kelvin sign
 * matches k as its lower case does. The one other character whose lower case
 * holds a plain letter, İ (→ i + a combining dot), can only end a match, so
 * lists with a phrase that is not plain lower-case ASCII or ends in i get none.
 */
function anyOf(phrases: ReadonlyArray<string>): RegExp | undefined {
  if (phrases.some((p) => !/^[ -~]*$/.test(p) || p !== p.toLowerCase() || p.endsWith('i'))) return undefined;
  return new RegExp(phrases.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'iu');
}

/**
 * The lists above as one pattern each: a single scan rules out the many texts
 * that mention none of a list's phrases, before any lower-casing and instead of
 * one search per phrase.
 */
const ANY_PHRASE: ReadonlyMap<ReadonlyArray<string>, RegExp | undefined> = new Map(
  [CHURN_PHRASES, COMPETITOR_PHRASES, HOSTILE_PHRASES, FEATURE_REQUEST_PHRASES].map((list) => [list, anyOf(list)]),
);

/**
 * The first phrase of `phrases` found in `text` (case-insensitive), or null.
 * Pass `lower` (e.g. ScoringContext#lower) to reuse one lower-casing per text.
 */
export function findPhrase(text: string | undefined, phrases: ReadonlyArray<string>, lower: (t: string) => string = (t) => t.toLowerCase()): string | null {
  if (!text) return null;
  if (ANY_PHRASE.get(phrases)?.test(text) === false) return null;
  const lowered = lower(text);
  for (const phrase of phrases) if (lowered.includes(phrase)) return phrase;
  return null;
}

/** Whitespace other than single spaces, which quoting collapses. */
const MESSY_SPACE = /[^\S ]| {2}/;
const SPACE = 32;

/** A short quote for evidence: at most 80 characters around the match. */
export function quote(text: string, phrase: string): string {
  const at = text.toLowerCase().indexOf(phrase);
  const start = Math.max(0, at - 30);
  const raw = text.slice(start, start + 80);
  // Most snippets need no rewrite: no space at either end, no messy whitespace.
  const tidy = raw.charCodeAt(0) !== SPACE && raw.charCodeAt(raw.length - 1) !== SPACE && !MESSY_SPACE.test(raw);
  const snippet = tidy ? raw : raw.replace(/\s+/g, ' ').trim();
  return `"${start > 0 ? '…' : ''}${snippet}${start + 80 < text.length ? '…' : ''}"`;
}
