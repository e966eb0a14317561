/** The parameters of a lognormal distribution: its logarithm is N(mu, sigma²). */
export interface LognormalParameters {
  /** Mean of the logarithm. */
  mu: number;
  /** Standard deviation of the logarithm, ≥ 0. */
  sigma: number;
}

/**
 * The (mu, sigma) of the lognormal distribution with the given mean and standard deviation:
 * `sigma² = ln(1 + sd² / mean²)`, `mu = ln(mean) − sigma² / 2`.
 *
 * Reference: A. M. Law, "Simulation Modeling and Analysis", 5th ed., ch. 6 (lognormal: mean
 * `exp(mu + sigma²/2)`, variance `exp(2mu + sigma²)(exp(sigma²) − 1)`), solved for mu and
 * sigma.
 *
 * @param mean - the distribution's mean, in the caller's unit; finite and > 0.
 * @param standardDeviation - its standard deviation, in the same unit; finite and ≥ 0.
 * @returns `{ mu, sigma }` for `lognormal`.
 * @throws {RangeError} if `mean` is not positive and finite, or `standardDeviation` is
 *   negative or not finite.
 * @example
 * lognormalFromMeanAndSd(1, 0); // => { mu: 0, sigma: 0 }
 * lognormalFromMeanAndSd(Math.exp(0.5), Math.sqrt((Math.E - 1) * Math.E)); // ≈ { mu: 0, sigma: 1 }
 */
export function lognormalFromMeanAndSd(
  mean: number,
  standardDeviation: number,
): LognormalParameters {
  if (!(mean > 0 && mean < Number.POSITIVE_INFINITY)) {
    throw new RangeError(
      `lognormalFromMeanAndSd: mean must be positive and finite, got ${String(mean)}`,
    );
  }
  if (!(standardDeviation >= 0 && standardDeviation < Number.POSITIVE_INFINITY)) {
    throw new RangeError(
      `lognormalFromMeanAndSd: standardDeviation must be finite and >= 0, got ${String(standardDeviation)}`,
    );
  }
  const ratio = standardDeviation / mean;
  const variance = Math.log1p(ratio * ratio);
  return { mu: Math.log(mean) - variance / 2, sigma: Math.sqrt(variance) };
}
