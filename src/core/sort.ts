/**
 * Stable in-place sort for the short lists an assessment orders (a few emails,
 * tickets, stakeholders or dimensions). Insertion sort gives exactly the order
 * Array#sort gives — both are stable, and a NaN comparison counts as a tie in
 * both — without the builtin's set-up and work arrays, which made sorting
 * short lists several times slower. Longer lists use the builtin.
 */

const INSERTION_SORT_MAX = 16;

export function sortInPlace<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  if (items.length > INSERTION_SORT_MAX) return items.sort(compare);
  for (let i = 1; i < items.length; i++) {
    const item = items[i]!;
    let j = i - 1;
    while (j >= 0 && compare(items[j]!, item) > 0) {
      items[j + 1] = items[j]!;
      j -= 1;
    }
    items[j + 1] = item;
  }
  return items;
}
