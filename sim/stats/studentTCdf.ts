import { regularizedIncompleteBeta } from "./regularizedIncompleteBeta.ts";

/**
 * The CDF of Student's t distribution with ν degrees of freedom, P(T ≤ t):
 * for t ≤ 0 it is ½·I_{ν/(ν+t²)}(ν/2, ½), and 1 minus that for t > 0.
 *
 * Reference: M. Abramowitz, I. A. Stegun, "Handbook of Mathematical Functions", 26.7.1 and
 * 26.5.27 (t distribution in terms of the incomplete beta function).
 *
 * @param t - the point; any real number (±Infinity allowed).
 * @param degreesOfFreedom - ν, a positive finite number (need not be an integer).
 * @returns a probability in [0, 1]; the lower tail (t < 0) keeps full relative precision.
 * @throws {RangeError} if `t` is NaN or `degreesOfFreedom` is not a positive finite number.
 * @example
 * studentTCdf(0, 5); // => 0.5
 * studentTCdf(-12.706204736174698, 1); // ≈ 0.025
 */
export function studentTCdf(t: number, degreesOfFreedom: number): number {
  if (Number.isNaN(t)) {
    throw new RangeError("studentTCdf: t must be a number, got NaN");
  }
  if (!(degreesOfFreedom > 0 && degreesOfFreedom < Number.POSITIVE_INFINITY)) {
    throw new RangeError(
      `studentTCdf: degreesOfFreedom must be a positive finite number, got ${String(degreesOfFreedom)}`,
    );
  }
  if (!Number.isFinite(t)) return t > 0 ? 1 : 0;
  const tSquared = t * t;
  const denominator = degreesOfFreedom + tSquared;
  const tail =
    0.5 *
    regularizedIncompleteBeta(
      degreesOfFreedom / denominator,
      degreesOfFreedom / 2,
      0.5,
      tSquared / denominator,
    );
  return t < 0 ? tail : 1 - tail;
}
