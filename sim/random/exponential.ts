import type { RandomStream } from "./RandomStream.ts";

/**
 * A draw from the exponential distribution with the given rate: the time between events of a
 * Poisson process, e.g. the gap until the next request arrives. Mean 1 / rate, variance
 * 1 / rate². Inverse transform `−ln(1 − U) / rate` with U uniform on [0, 1), so 1 − U lies in
 * (0, 1] and the logarithm is always finite. Consumes two 32-bit outputs.
 *
 * Reference: L. Devroye, "Non-Uniform Random Variate Generation", Springer 1986, ch. II
 * (the inversion method).
 *
 * @param rng - the stream to draw from.
 * @param ratePerSecond - events per second, > 0 and finite.
 * @returns a duration in seconds, in [0, ∞).
 * @throws {RangeError} if `ratePerSecond` is not a positive finite number.
 * @example
 * exponential(new RandomStreams(1).stream("arrivals"), 2); // a gap with mean 0.5 s
 */
export function exponential(rng: RandomStream, ratePerSecond: number): number {
  if (!(ratePerSecond > 0 && ratePerSecond < Number.POSITIVE_INFINITY)) {
    throw new RangeError(
      `exponential: ratePerSecond must be a positive finite number, got ${String(ratePerSecond)}`,
    );
  }
  return -Math.log(1 - rng.nextFloat()) / ratePerSecond;
}
