/**
 * The largest of `values`, or `empty` when there are none; NaN when any is NaN (as Math.max).
 * A loop, for arrays of any length: `Math.max(...values)` passes every value as an argument
 * and overflows the call stack past about 100,000 of them (per-VM or per-replication lists at
 * provider scale).
 * @example maxOf([3, 1, 2]) // 3
 */
export function maxOf(values: Iterable<number>, empty = Number.NEGATIVE_INFINITY): number {
  let best = empty;
  let first = true;
  for (const v of values) {
    if (Number.isNaN(v)) return Number.NaN;
    if (first || v > best || (v === 0 && Object.is(best, -0))) best = v;
    first = false;
  }
  return best;
}

/**
 * The smallest of `values`, or `empty` when there are none; NaN when any is NaN (as Math.min).
 * @example minOf([3, 1, 2]) // 1
 */
export function minOf(values: Iterable<number>, empty = Number.POSITIVE_INFINITY): number {
  let best = empty;
  let first = true;
  for (const v of values) {
    if (Number.isNaN(v)) return Number.NaN;
    if (first || v < best || (best === 0 && Object.is(v, -0))) best = v;
    first = false;
  }
  return best;
}
