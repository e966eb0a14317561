import type { RandomStream } from "./RandomStream.ts";
import { standardNormal } from "./standardNormal.ts";

/**
 * A draw from the normal distribution N(mean, standardDeviation²), as
 * `mean + standardDeviation · Z` with Z from `standardNormal` (Box–Muller, four 32-bit
 * outputs per call). `standardDeviation = 0` returns `mean`.
 *
 * Reference: A. M. Law, "Simulation Modeling and Analysis", 5th ed., ch. 8 (generating
 * normal variates).
 *
 * @param rng - the stream to draw from.
 * @param mean - the mean, in the caller's unit; finite.
 * @param standardDeviation - the standard deviation, in the same unit; finite and ≥ 0.
 * @returns a real number in the caller's unit.
 * @throws {RangeError} if `mean` is not finite or `standardDeviation` is negative or not
 *   finite.
 * @example
 * normal(rng, 100, 15); // e.g. 93.8…
 */
export function normal(rng: RandomStream, mean: number, standardDeviation: number): number {
  if (!Number.isFinite(mean)) {
    throw new RangeError(`normal: mean must be finite, got ${String(mean)}`);
  }
  if (!(standardDeviation >= 0 && standardDeviation < Number.POSITIVE_INFINITY)) {
    throw new RangeError(
      `normal: standardDeviation must be finite and >= 0, got ${String(standardDeviation)}`,
    );
  }
  return mean + standardDeviation * standardNormal(rng);
}
