import type { RandomStream } from "./RandomStream.ts";
import { threePointWidth } from "./threePointWidth.ts";

/**
 * A draw from the triangular distribution on [min, max] with the given mode, by inverting its
 * CDF: with F = (mode − min) / (max − min), U < F gives `min + sqrt(U (max − min)(mode − min))`,
 * otherwise `max − sqrt((1 − U)(max − min)(max − mode))`. Mean (min + mode + max) / 3,
 * variance (min² + mode² + max² − min·mode − min·max − mode·max) / 18. `min === max` is
 * allowed and returns `min`. Consumes two 32-bit outputs.
 *
 * Reference: A. M. Law, "Simulation Modeling and Analysis", 5th ed., ch. 6 (triangular
 * distribution) and ch. 8 (generating variates by inverse transform).
 *
 * @param rng - the stream to draw from.
 * @param min - the lower bound, in the caller's unit; finite.
 * @param mode - the most likely value, in the same unit; min ≤ mode ≤ max.
 * @param max - the upper bound, in the same unit; finite.
 * @returns a value in [min, max].
 * @throws {RangeError} if a parameter is not finite, the order min ≤ mode ≤ max is violated,
 *   or `max − min` overflows.
 * @example
 * triangular(rng, 30, 45, 90); // a task taking 30 to 90 s, most often about 45 s
 */
export function triangular(rng: RandomStream, min: number, mode: number, max: number): number {
  const width = threePointWidth("triangular", min, mode, max);
  if (width === 0) return min;
  const u = rng.nextFloat();
  const lowerWidth = mode - min;
  const x =
    u * width < lowerWidth
      ? min + Math.sqrt(u * width * lowerWidth)
      : max - Math.sqrt((1 - u) * width * (max - mode));
  return Math.min(Math.max(x, min), max);
}
