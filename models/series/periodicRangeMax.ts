/** The largest value of a range of steps and the first step that reaches it. */
export interface RangeMax {
  /** The largest value (−Infinity for an empty range; NaN when a value is NaN). */
  max: number;
  /** The first step in the range with that value (−1 for an empty range). */
  step: number;
}

/**
 * The largest of `valueAt(k)` for the steps `from ≤ k < to` of a series that repeats every
 * `period` steps (`valueAt(k + period) = valueAt(k)`), and the first step reaching it. A range
 * longer than the period holds every value of a period, so at most `period` values are read:
 * the cost does not grow with the length of the range.
 *
 * @param valueAt the value at a step (it may be called with steps in any order)
 * @param period steps after which the values repeat, an integer ≥ 1 (Infinity: no repeat)
 * @example periodicRangeMax((k) => [1, 5, 2][k % 3] ?? 0, 3, 1_000_000, 3) // { max: 5, step: 4 }
 */
export function periodicRangeMax(
  valueAt: (step: number) => number,
  from: number,
  to: number,
  period: number,
): RangeMax {
  const end = Math.min(to, from + period);
  let best: RangeMax = { max: Number.NEGATIVE_INFINITY, step: -1 };
  for (let k = from; k < end; k++) {
    const v = valueAt(k);
    if (Number.isNaN(v)) return { max: Number.NaN, step: k };
    if (best.step === -1 || v > best.max) best = { max: v, step: k };
  }
  return best;
}
