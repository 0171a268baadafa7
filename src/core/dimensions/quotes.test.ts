import fc from 'fast-check';
import { snapshotArb } from '../../../test/arbitraries/snapshot';
import { anAccount } from '../../../test/builders/account';
import { makeContext } from '../context';
import { quotesOf, stripFlag } from './quotes';
import { scorers } from './registry';
import { Rubric } from './rubric';

describe('quotes', () => {
  it('reads the first red flag, green flag, line and non-red line, unprefixed', () => {
    const lines = ['logins 40', 'red flag: no login for 20 days', 'green flag: community', 'red flag: CSAT 2/5'];
    expect(quotesOf(lines)).toEqual({ red: 'no login for 20 days', green: 'community', first: 'logins 40', firstNotRed: 'logins 40' });
    expect(quotesOf(['red flag: a', 'green flag: b'])).toEqual({ red: 'a', green: 'b', first: 'a', firstNotRed: 'b' });
    expect(quotesOf([])).toEqual({ red: undefined, green: undefined, first: undefined, firstNotRed: undefined });
    expect(stripFlag('reduced flag: x')).toBe('reduced flag: x');
  });

  it('a Rubric notes the quotes that reading its lines gives', () => {
    const r = new Rubric().redFlag(49, 'a').part(50, 1, 'b').greenFlag(5, 'c').note('d').redFlag(29, 'e');
    const result = r.result(makeContext(anAccount().build(), 0.3), null);
    expect(result.quotes).toEqual(quotesOf(result.evidence));
  });

  // The invariant the noted quotes rest on: no scorer's part or note starts with a flag prefix.
  it('every built-in scorer notes exactly the quotes its evidence gives, for any snapshot', () => {
    fc.assert(fc.property(snapshotArb, (snapshot) => {
      const ctx = makeContext(snapshot, 0.3);
      for (const scorer of Object.values(scorers)) {
        const r = scorer.score(ctx, scorer.params.parse({}));
        expect(r.quotes).toEqual(quotesOf(r.evidence));
      }
    }), { numRuns: 300 });
  });
});
