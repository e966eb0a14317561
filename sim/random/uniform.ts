import type { RandomStream } from "./RandomStream.ts";

/**
 * A draw from the continuous uniform distribution on [min, max]: `min + (max − min) U`.
 * Mean (min + max) / 2, variance (max − min)² / 12. `min === max` is allowed and returns
 * `min`. Consumes two 32-bit outputs.
 *
 * Reference: A. M. Law, "Simulation Modeling and Analysis", 5th ed., ch. 6 (uniform
 * distribution) and ch. 8 (generating variates).
 *
 * @param rng - the stream to draw from.
 * @param min - the lower bound, in the caller's unit.
 * @param max - the upper bound, in the same unit, ≥ `min`.
 * @returns a value in [min, max] (max itself is reached only by rounding).
 * @throws {RangeError} if a bound is not finite, `min > max`, or `max − min` overflows.
 * @example
 * uniform(rng, 10, 20); // e.g. 13.7…
 */
export function uniform(rng: RandomStream, min: number, max: number): number {
  const width = max - min;
  if (!Number.isFinite(min) || !Number.isFinite(max) || !(width >= 0) || !Number.isFinite(width)) {
    throw new RangeError(
      `uniform: expected finite min <= max with a finite width, got min ${String(min)}, max ${String(max)}`,
    );
  }
  return Math.min(min + width * rng.nextFloat(), max);
}
