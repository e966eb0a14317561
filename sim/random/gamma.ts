import { marsagliaTsang } from "./marsagliaTsang.ts";
import type { RandomStream } from "./RandomStream.ts";

/**
 * A draw from the gamma distribution with the given shape and scale: mean shape·scale,
 * variance shape·scale². Marsaglia–Tsang for shape ≥ 1; for shape < 1 their boost
 * Gamma(shape) = Gamma(shape + 1) · U^(1/shape).
 *
 * Reference: G. Marsaglia, W. W. Tsang, "A simple method for generating gamma variables",
 * ACM TOMS 26(3), 363–372, 2000 (§6 for shape < 1).
 *
 * @param rng - the stream to draw from.
 * @param shape - the shape parameter (dimensionless); finite and > 0.
 * @param scale - the scale parameter, in the caller's unit; finite and > 0.
 * @returns a value in [0, ∞) in the unit of `scale` (0 only by underflow for tiny shapes).
 * @throws {RangeError} if `shape` or `scale` is not a positive finite number.
 * @example
 * gamma(rng, 2, 30); // e.g. an Erlang-2 repair time with mean 60 s
 */
export function gamma(rng: RandomStream, shape: number, scale: number): number {
  if (!(shape > 0 && shape < Number.POSITIVE_INFINITY)) {
    throw new RangeError(`gamma: shape must be a positive finite number, got ${String(shape)}`);
  }
  if (!(scale > 0 && scale < Number.POSITIVE_INFINITY)) {
    throw new RangeError(`gamma: scale must be a positive finite number, got ${String(scale)}`);
  }
  if (shape >= 1) return scale * marsagliaTsang(rng, shape);
  const boosted = marsagliaTsang(rng, shape + 1);
  return scale * boosted * (1 - rng.nextFloat()) ** (1 / shape);
}
