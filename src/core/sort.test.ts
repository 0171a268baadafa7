import fc from 'fast-check';
import { sortInPlace } from './sort';

describe('sortInPlace', () => {
  it('orders short and long lists exactly as the stable Array#sort does', () => {
    // Infinity − Infinity is NaN: a tie, as for undated items sorted last.
    const entry = fc.record({ key: fc.oneof(fc.integer({ min: -3, max: 5 }), fc.constant(Infinity)), id: fc.nat() });
    fc.assert(fc.property(fc.array(entry, { maxLength: 40 }), (items) => {
      const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;
      expect(sortInPlace([...items], byKey)).toEqual([...items].sort(byKey));
    }));
  });

  it('keeps equal items in their original order', () => {
    const items = [{ k: 2, n: 'a' }, { k: 1, n: 'b' }, { k: 2, n: 'c' }, { k: 1, n: 'd' }];
    expect(sortInPlace(items, (a, b) => a.k - b.k).map((x) => x.n)).toEqual(['b', 'd', 'a', 'c']);
  });
});
