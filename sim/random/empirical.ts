import type { RandomStream } from "./RandomStream.ts";

/**
 * A value drawn uniformly at random from observed values (resampling, as in the bootstrap):
 * each element is returned with probability 1 / values.length; repeated values weigh more.
 * Only the length is checked, so a draw costs O(1). Consumes two 32-bit outputs.
 *
 * Reference: B. Efron, R. J. Tibshirani, "An Introduction to the Bootstrap", Chapman & Hall
 * 1993, ch. 6 (resampling from the empirical distribution).
 *
 * @param rng - the stream to draw from.
 * @param values - the observations, non-empty; any element type, returned as is.
 * @returns one element of `values`.
 * @throws {RangeError} if `values` is empty.
 * @example
 * empirical(rng, [120, 95, 300]); // 120, 95 or 300, each with probability 1/3
 */
export function empirical<T>(rng: RandomStream, values: readonly T[]): T {
  const count = values.length;
  if (count === 0) {
    throw new RangeError("empirical: values must not be empty");
  }
  return values[Math.floor(rng.nextFloat() * count)] as T;
}
