import { normalQuantile } from "./normalQuantile.ts";

/**
 * The sample quantile q of `values` with a distribution-free confidence interval from order
 * statistics: the number of observations below the true quantile is Binomial(n, q), so the
 * order statistics at ranks n·q ∓ z·√(n·q·(1−q)) bracket it with about the requested
 * confidence (normal approximation of the binomial; conservative rounding outwards).
 *
 * Reference: H. A. David & H. N. Nagaraja, Order Statistics, 3rd ed., §7.1.
 *
 * @param q in (0, 1), e.g. 0.9 for P90
 * @returns the estimate (the order statistic at rank ⌈n·q⌉) and the interval's bounds; with few
 *   values the bounds are the sample's extremes
 * @throws RangeError on an empty sample, a NaN value, or q outside (0, 1)
 * @example quantileInterval([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.5).value // 5
 */
export function quantileInterval(
  values: readonly number[],
  q: number,
  confidence = 0.95,
): { value: number; lower: number; upper: number } {
  if (values.length === 0) throw new RangeError("quantileInterval: no values");
  if (!(q > 0 && q < 1)) throw new RangeError(`quantileInterval: q must be in (0, 1), got ${q}`);
  if (values.some((v) => Number.isNaN(v))) throw new RangeError("quantileInterval: a value is NaN");
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const at = (rank: number) => sorted[Math.min(n, Math.max(1, rank)) - 1]!;
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const spread = z * Math.sqrt(n * q * (1 - q));
  return {
    value: at(Math.ceil(n * q)),
    lower: at(Math.floor(n * q - spread)),
    upper: at(Math.ceil(n * q + spread) + 1),
  };
}
