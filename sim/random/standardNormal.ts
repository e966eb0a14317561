import type { RandomStream } from "./RandomStream.ts";

const TWO_PI = 2 * Math.PI;

/**
 * A draw from the standard normal distribution N(0, 1) by the Box–Muller transform
 * `sqrt(−2 ln U1) cos(2π U2)`. It uses exactly two uniforms (four 32-bit outputs) per call
 * and keeps no spare value between calls, so how many numbers a stream has given depends only
 * on how many draws were made: that keeps common-random-number runs in step.
 *
 * Reference: G. E. P. Box, M. E. Muller, "A note on the generation of random normal
 * deviates", Annals of Mathematical Statistics 29(2), 610–611, 1958.
 *
 * @param rng - the stream to draw from.
 * @returns a finite real number (|z| < 8.6, since U1 ≥ 2^-53).
 * @throws never.
 * @example
 * standardNormal(rng); // e.g. -0.41…
 */
export function standardNormal(rng: RandomStream): number {
  const radius = Math.sqrt(-2 * Math.log(1 - rng.nextFloat()));
  return radius * Math.cos(TWO_PI * rng.nextFloat());
}
