import type { RandomStream } from "./RandomStream.ts";

/**
 * A draw from the continuous, piecewise-linear empirical distribution of sorted observations
 * X(1) ≤ … ≤ X(n): the CDF rises by 1/(n − 1) linearly across each gap [X(i), X(i+1)], and
 * the draw inverts it, `X(i) + (P − i)(X(i+1) − X(i))` with P = (n − 1)U and i = ⌊P⌋
 * (0-based). Mean Σ (X(i) + X(i+1)) / (2(n − 1)). A single value is returned as is.
 * Consumes two 32-bit outputs.
 *
 * For speed only the two neighbours used by a draw are checked (finite, in order): sort the
 * values once, before sampling.
 *
 * Reference: A. M. Law, "Simulation Modeling and Analysis", 5th ed., ch. 6 (continuous
 * empirical distribution from individual observations) and ch. 8 (its inverse transform).
 *
 * @param rng - the stream to draw from.
 * @param sortedValues - the observations in ascending order, finite, non-empty.
 * @returns a value in [X(1), X(n)], in the unit of the observations.
 * @throws {RangeError} if `sortedValues` is empty, or the two neighbours a draw lands between
 *   are not finite or not in ascending order.
 * @example
 * empiricalContinuous(rng, [10, 20, 40]); // uniform on [10, 20] or [20, 40], each w.p. 1/2
 */
export function empiricalContinuous(rng: RandomStream, sortedValues: readonly number[]): number {
  const count = sortedValues.length;
  if (count === 0) {
    throw new RangeError("empiricalContinuous: sortedValues must not be empty");
  }
  if (count === 1) return checkedFinite(sortedValues[0] as number, 0);
  const position = rng.nextFloat() * (count - 1);
  const index = Math.floor(position);
  const lower = sortedValues[index] as number;
  const upper = sortedValues[index + 1] as number;
  if (!(Number.isFinite(lower) && Number.isFinite(upper) && lower <= upper)) {
    throw new RangeError(
      `empiricalContinuous: sortedValues must be finite and ascending, got ${String(lower)} at index ${index} before ${String(upper)}`,
    );
  }
  const fraction = position - index;
  const gap = upper - lower;
  // The weighted form avoids overflow when the gap exceeds the largest double.
  const x = Number.isFinite(gap)
    ? lower + fraction * gap
    : lower * (1 - fraction) + upper * fraction;
  return Math.min(Math.max(x, lower), upper);
}

function checkedFinite(value: number, index: number): number {
  if (!Number.isFinite(value)) {
    throw new RangeError(
      `empiricalContinuous: sortedValues must be finite, got ${String(value)} at index ${index}`,
    );
  }
  return value;
}
