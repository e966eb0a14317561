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
