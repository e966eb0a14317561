import { marsagliaTsang } from "./marsagliaTsang.ts";
import type { RandomStream } from "./RandomStream.ts";

/**
 * A draw from the beta distribution Beta(a, b) on [0, 1]: X / (X + Y) with X ~ Gamma(a, 1)
 * and Y ~ Gamma(b, 1). Mean a / (a + b), variance ab / ((a + b)²(a + b + 1)).
 * The ratio is formed from the logarithms of X and Y, so shapes far below 1 (whose gamma
 * variates underflow to 0) still give a value in [0, 1] instead of NaN.
 *
 * References: L. Devroye, "Non-Uniform Random Variate Generation", Springer 1986, ch. IX
 * (beta from gamma variates); G. Marsaglia, W. W. Tsang, ACM TOMS 26(3), 2000 (gamma).
 *
 * @param rng - the stream to draw from.
 * @param a - the first shape parameter; finite and > 0.
 * @param b - the second shape parameter; finite and > 0.
 * @returns a fraction in [0, 1].
 * @throws {RangeError} if `a` or `b` is not a positive finite number.
 * @example
 * beta(rng, 2, 5); // mean 2/7
 */
export function beta(rng: RandomStream, a: number, b: number): number {
  if (!(a > 0 && a < Number.POSITIVE_INFINITY)) {
    throw new RangeError(`beta: a must be a positive finite number, got ${String(a)}`);
  }
  if (!(b > 0 && b < Number.POSITIVE_INFINITY)) {
    throw new RangeError(`beta: b must be a positive finite number, got ${String(b)}`);
  }
  const logX = logStandardGamma(rng, a);
  const logY = logStandardGamma(rng, b);
  return 1 / (1 + Math.exp(logY - logX));
}

/** ln of a Gamma(shape, 1) draw; finite for every shape > 0 (boost of Marsaglia–Tsang §6). */
function logStandardGamma(rng: RandomStream, shape: number): number {
  if (shape >= 1) return Math.log(marsagliaTsang(rng, shape));
  const boosted = marsagliaTsang(rng, shape + 1);
  return Math.log(boosted) + Math.log(1 - rng.nextFloat()) / shape;
}
