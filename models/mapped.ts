/**
 * `items.map(fn)`, the same values in the same order, in an array filled from
 * `new Array(length)`: its V8 elements kind is the same whether or not the caller is optimised.
 * An optimised caller's inlined `Array.prototype.map` returns a holey array and the built-in a
 * packed one, so an array passed on from `.map` changes map when its maker is deoptimised, and
 * each function compiled for the other map deoptimises ("wrong map") and is compiled again.
 * Used for the arrays a Monte Carlo replication passes between functions.
 */
export function mapped<T, U>(items: readonly T[], fn: (item: T, index: number) => U): U[] {
  const out = new Array<U>(items.length);
  for (let i = 0; i < items.length; i++) out[i] = fn(items[i] as T, i);
  return out;
}

/**
 * `items.filter(keep).map(fn)`, the same values in the same order, pushed in one pass: the
 * array's V8 map does not depend on whether any item is kept (an empty `filter` result has
 * another map than a full one, so a consumer deoptimised the first time none, or some, were).
 */
export function keptMapped<T, U>(
  items: readonly T[],
  keep: (item: T) => boolean,
  fn: (item: T) => U,
): U[] {
  const out: U[] = [];
  for (const item of items) if (keep(item)) out.push(fn(item));
  return out;
}
