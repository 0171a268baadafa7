import fc from 'fast-check';
import { CHURN_PHRASES, COMPETITOR_PHRASES, FEATURE_REQUEST_PHRASES, HOSTILE_PHRASES, findPhrase, quote } from './text';

const LISTS = [CHURN_PHRASES, COMPETITOR_PHRASES, HOSTILE_PHRASES, FEATURE_REQUEST_PHRASES];

/** The definition: the first phrase of the list that the lower-cased text contains. */
function firstPhrase(text: string, phrases: ReadonlyArray<string>): string | null {
  const lowered = text.toLowerCase();
  return phrases.find((p) => lowered.includes(p)) ?? null;
}

describe('findPhrase', () => {
  it('finds the first phrase of the list, whatever the case', () => {
    expect(findPhrase('We may CANCEL and look for Alternatives', CHURN_PHRASES)).toBe('cancel');
    expect(findPhrase('looking for alternatives', COMPETITOR_PHRASES)).toBe('alternatives');
    expect(findPhrase('Thanks for the quick fix', CHURN_PHRASES)).toBeNull();
    expect(findPhrase(undefined, CHURN_PHRASES)).toBeNull();
  });

  // The quick pre-check runs on the text as it is: characters whose lower case differs
  // in length or script (Kelvin sign, dotted İ, long s) must not change the answer.
  it('agrees with lower-casing the text for any text, odd characters included', () => {
    const odd = fc.constantFrom('\u212a', '\u0130', '\u017f', '\u0131', 'ß', '\u1e9e', 'É', '\u03a3', 'K', 'I', 'S');
    const piece = fc.oneof(fc.string({ maxLength: 6 }), odd, fc.constantFrom(...LISTS.flat()).map((p) => p.toUpperCase()));
    fc.assert(fc.property(fc.array(piece, { maxLength: 6 }).map((parts) => parts.join('')), (text) => {
      for (const list of LISTS) expect(findPhrase(text, list)).toBe(firstPhrase(text, list));
    }), { numRuns: 3000 });
    expect(findPhrase('loo\u212aing for alternatives', CHURN_PHRASES)).toBe('looking for alternatives');
  });
});

describe('quote', () => {
  it('quotes about 80 characters around the match, whitespace collapsed', () => {
    expect(quote('We  may\ncancel', 'cancel')).toBe('"We may cancel"');
    expect(quote(`${'x'.repeat(40)} we will cancel ${'y'.repeat(100)}`, 'cancel')).toMatch(/^"….*…"$/);
  });
});
