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
 * The first phrase of `phrases` found in `text` (case-insensitive), or null.
 * Pass `lower` (e.g. ScoringContext#lower) to reuse one lower-casing per text.
 */
export function findPhrase(text: string | undefined, phrases: ReadonlyArray<string>, lower: (t: string) => string = (t) => t.toLowerCase()): string | null {
  if (!text) return null;
  const lowered = lower(text);
  // One regex scan rules most texts out; the list order still decides which phrase is reported.
  if (!anyOf(phrases).test(lowered)) return null;
  for (const phrase of phrases) if (lowered.includes(phrase)) return phrase;
  return null;
}

const alternations = new WeakMap<ReadonlyArray<string>, RegExp>();

/** A regex matching any phrase of a list, built once per list (the lists are module constants). */
function anyOf(phrases: ReadonlyArray<string>): RegExp {
  let re = alternations.get(phrases);
  if (!re) {
    re = new RegExp(phrases.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
    alternations.set(phrases, re);
  }
  return re;
}

/** A short quote for evidence: at most 80 characters around the match. */
export function quote(text: string, phrase: string): string {
  const at = text.toLowerCase().indexOf(phrase);
  const start = Math.max(0, at - 30);
  const snippet = text.slice(start, start + 80).replace(/\s+/g, ' ').trim();
  return `"${start > 0 ? '…' : ''}${snippet}${start + 80 < text.length ? '…' : ''}"`;
}
