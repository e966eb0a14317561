import type { RandomStream } from "./RandomStream.ts";
import { standardNormal } from "./standardNormal.ts";

const ACCEPT_SQUEEZE = 0.0331;

/**
 * A draw from the standard gamma distribution Gamma(shape, 1) for shape ≥ 1, by the
 * Marsaglia–Tsang squeeze-and-reject method: d = shape − 1/3, c = 1/sqrt(9d); draw a normal
 * x and v = (1 + c x)³, accept d·v with a fast squeeze test or the exact log test. Expected
 * number of tries is below 1.05 for every shape ≥ 1.
 *
 * A building block for `gamma` and `beta`: it does not validate `shape`; callers must.
 *
 * Reference: G. Marsaglia, W. W. Tsang, "A simple method for generating gamma variables",
 * ACM Transactions on Mathematical Software 26(3), 363–372, 2000.
 *
 * @param rng - the stream to draw from.
 * @param shape - the shape parameter, ≥ 1 (not checked).
 * @returns a value in (0, ∞).
 * @throws never (a shape below 1 or NaN gives a meaningless result).
 * @example
 * marsagliaTsang(rng, 3); // mean 3, variance 3
 */
export function marsagliaTsang(rng: RandomStream, shape: number): number {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = standardNormal(rng);
    const base = 1 + c * x;
    if (base <= 0) continue;
    const v = base * base * base;
    const u = 1 - rng.nextFloat();
    const xSquared = x * x;
    if (u < 1 - ACCEPT_SQUEEZE * xSquared * xSquared) return d * v;
    if (Math.log(u) < 0.5 * xSquared + d * (1 - v + Math.log(v))) return d * v;
  }
}
