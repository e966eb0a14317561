/**
 * The width `max − min` of a three-point estimate (min, mode, max), after checking it:
 * the validation shared by `triangular` and `pert`.
 *
 * @param distribution - the caller's name, for the error message.
 * @param min - the lower bound; finite.
 * @param mode - the most likely value; min ≤ mode ≤ max.
 * @param max - the upper bound; finite.
 * @returns `max − min`, finite and ≥ 0, in the unit of the bounds.
 * @throws {RangeError} naming `distribution` and the three values if a value is not finite,
 *   min ≤ mode ≤ max does not hold, or the width overflows.
 * @example
 * threePointWidth("pert", 1, 2, 5); // => 4
 */
export function threePointWidth(
  distribution: string,
  min: number,
  mode: number,
  max: number,
): number {
  const width = max - min;
  if (
    !Number.isFinite(min) ||
    !Number.isFinite(max) ||
    !Number.isFinite(width) ||
    !(min <= mode && mode <= max)
  ) {
    throw new RangeError(
      `${distribution}: expected finite min <= mode <= max, got min ${String(min)}, mode ${String(mode)}, max ${String(max)}`,
    );
  }
  return width;
}
