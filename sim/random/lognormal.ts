import type { RandomStream } from "./RandomStream.ts";
import { standardNormal } from "./standardNormal.ts";

/**
 * A draw from the lognormal distribution whose logarithm is N(mu, sigma²): `exp(mu + sigma Z)`.
 * Mean `exp(mu + sigma²/2)`, variance `(exp(sigma²) − 1) exp(2 mu + sigma²)`. To specify it by
 * its own mean and standard deviation, use `lognormalFromMeanAndSd`.
 *
 * Reference: A. M. Law, "Simulation Modeling and Analysis", 5th ed., ch. 6 (lognormal
 * distribution) and ch. 8 (generating variates).
 *
 * @param rng - the stream to draw from.
 * @param mu - the mean of the logarithm (of a value in the caller's unit); finite.
 * @param sigma - the standard deviation of the logarithm, dimensionless; finite and ≥ 0.
 * @returns a value in [0, ∞) in the caller's unit (0 only by underflow).
 * @throws {RangeError} if `mu` is not finite or `sigma` is negative or not finite.
 * @example
 * const { mu, sigma } = lognormalFromMeanAndSd(120, 60);
 * lognormal(rng, mu, sigma); // a duration with mean 120 s and standard deviation 60 s
 */
export function lognormal(rng: RandomStream, mu: number, sigma: number): number {
  if (!Number.isFinite(mu)) {
    throw new RangeError(`lognormal: mu must be finite, got ${String(mu)}`);
  }
  if (!(sigma >= 0 && sigma < Number.POSITIVE_INFINITY)) {
    throw new RangeError(`lognormal: sigma must be finite and >= 0, got ${String(sigma)}`);
  }
  return Math.exp(mu + sigma * standardNormal(rng));
}
