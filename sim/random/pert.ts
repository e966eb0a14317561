import { beta } from "./beta.ts";
import type { RandomStream } from "./RandomStream.ts";
import { threePointWidth } from "./threePointWidth.ts";

/**
 * A draw from the (modified) PERT distribution for a three-point estimate: a beta
 * distribution rescaled to [min, max] with shapes α = 1 + λ(mode − min)/(max − min) and
 * β = 1 + λ(max − mode)/(max − min). Mean (min + λ·mode + max)/(λ + 2); variance
 * (max − min)² αβ / ((α + β)²(α + β + 1)). λ = 4 is the classic PERT; a larger λ
 * concentrates the draws around the mode. `min === max` is allowed and returns `min`.
 *
 * References: D. G. Malcolm, J. H. Roseboom, C. E. Clark, W. Fazar, "Application of a
 * technique for research and development program evaluation", Operations Research 7(5),
 * 1959; D. Vose, "Risk Analysis: A Quantitative Guide", 3rd ed., Wiley 2008 (modified PERT
 * with λ). Beta variates from gamma variates (Marsaglia–Tsang 2000).
 *
 * @param rng - the stream to draw from.
 * @param min - the lower bound, in the caller's unit; finite.
 * @param mode - the most likely value, in the same unit; min ≤ mode ≤ max.
 * @param max - the upper bound, in the same unit; finite.
 * @param lambda - the weight of the mode, dimensionless; finite and ≥ 0 (0 gives the uniform
 *   distribution); 4 by default.
 * @returns a value in [min, max].
 * @throws {RangeError} if a bound is not finite, min ≤ mode ≤ max is violated, `max − min`
 *   overflows, or `lambda` is negative or not finite.
 * @example
 * pert(rng, 3600, 5400, 14400); // a phase lasting 1–4 h, most likely 1.5 h; mean 6600 s
 */
export function pert(
  rng: RandomStream,
  min: number,
  mode: number,
  max: number,
  lambda = 4,
): number {
  const width = threePointWidth("pert", min, mode, max);
  if (!(lambda >= 0 && lambda < Number.POSITIVE_INFINITY)) {
    throw new RangeError(`pert: lambda must be finite and >= 0, got ${String(lambda)}`);
  }
  if (width === 0) return min;
  const alpha = 1 + (lambda * (mode - min)) / width;
  const betaShape = 1 + (lambda * (max - mode)) / width;
  return Math.min(min + width * beta(rng, alpha, betaShape), max);
}
