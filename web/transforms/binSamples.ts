/** One bin of a histogram: the values x0 ≤ v < x1 (the last bin also holds v = x1). */
export interface HistogramBin {
  x0: number;
  x1: number;
  count: number;
}

/**
 * Bins values into equal-width bins spanning their range, for a histogram. The number of bins
 * defaults to Sturges' rule, ⌈log₂ n⌉ + 1 (Sturges, "The choice of a class interval", JASA
 * 21, 1926). Non-finite values are left out; when every value is equal, one bin of zero width
 * holds them all. Pure.
 *
 * @param values the samples, any order
 * @param binCount bins wanted (a whole number ≥ 1); default by Sturges' rule
 * @returns the bins in increasing order, their counts summing to the finite values' count;
 *   empty when no value is finite
 * @throws RangeError when binCount is not a whole number ≥ 1
 * @example binSamples([1, 2, 2, 3], 2) // [{ x0: 1, x1: 2, count: 1 }, { x0: 2, x1: 3, count: 3 }]
 */
export function binSamples(values: readonly number[], binCount?: number): HistogramBin[] {
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length === 0) return [];
  const count = binCount ?? Math.ceil(Math.log2(finite.length)) + 1;
  if (!Number.isSafeInteger(count) || count < 1) {
    throw new RangeError(`binCount must be a whole number ≥ 1, got ${count}`);
  }
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const v of finite) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (min === max) return [{ x0: min, x1: max, count: finite.length }];
  const width = (max - min) / count;
  const bins = Array.from({ length: count }, (_, i) => ({
    x0: min + i * width,
    x1: i === count - 1 ? max : min + (i + 1) * width,
    count: 0,
  }));
  for (const v of finite) {
    const i = Math.min(count - 1, Math.floor((v - min) / width));
    bins[i]!.count += 1;
  }
  return bins;
}
