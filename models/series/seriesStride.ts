/**
 * Most points a series over the migration keeps: 4,096 hours is about 170 days, so a move up to
 * that long keeps its hourly series, and a longer one (a slow link, a huge estate) is drawn at a
 * coarser step instead of growing the result, the report and the time to compute them with the
 * length of the move.
 */
export const MAX_SERIES_POINTS = 4_096;

/**
 * How many fine steps (hours) one point of a bounded series covers: 1 while `steps` fits in
 * `maxPoints`, else the smallest whole number of steps that brings the series under the bound,
 * `⌈steps ÷ maxPoints⌉`. The series then has `⌈steps ÷ stride⌉ ≤ maxPoints` points.
 *
 * @param steps fine steps of the window, an integer ≥ 0
 * @param maxPoints most points of the series, an integer ≥ 1 (default {@link MAX_SERIES_POINTS})
 * @throws RangeError when maxPoints is not an integer ≥ 1
 * @example seriesStride(12_863) // 4: a 536-day move drawn in 4-hour points (3,216 of them)
 */
export function seriesStride(steps: number, maxPoints = MAX_SERIES_POINTS): number {
  if (!(Number.isInteger(maxPoints) && maxPoints >= 1)) {
    throw new RangeError(`maxPoints: expected an integer ≥ 1, got ${maxPoints}`);
  }
  return Math.max(1, Math.ceil(steps / maxPoints));
}
