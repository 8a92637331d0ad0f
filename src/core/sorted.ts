/**
 * How many leading elements of a list satisfy `before`, where every element that satisfies it comes before every one
 * that does not (a list sorted on the key `before` tests): found by halves, so index lookups stay logarithmic and no
 * rule walks a text's tokens or hits once per hit.
 */
export function partitionPoint<T>(list: ArrayLike<T>, before: (x: T) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(list[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
