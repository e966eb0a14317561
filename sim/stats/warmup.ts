/** Where MSER puts the end of the warm-up period. */
export interface MserTruncation {
  /** Number of leading batches to delete. */
  truncateBatches: number;
  /** Number of leading observations to delete: truncateBatches × batchSize. */
  truncateObservations: number;
}

/**
 * The MSER-m warm-up truncation point (MSER-5 by default) of one output series: average the
 * series in consecutive batches of `batchSize` (a trailing partial batch is dropped), then
 * choose the number d of leading batches to delete that minimises
 * MSER(d) = Σ_{j>d} (Ȳ_j − Ȳ(d))² / (k − d)², the squared standard error of the mean of the
 * k − d batches kept. Only d ≤ k/2 is searched (leaving at least 2 batches), since a minimum
 * in the second half means the run is too short to tell; ties go to the smaller d.
 * O(n) time: the suffix sums are built once, from the end.
 *
 * References: K. P. White Jr., "An effective truncation heuristic for bias reduction in
 * simulation output", Simulation 69(6), 323–334, 1997; K. P. White Jr., M. J. Cobb,
 * S. C. Spratt, "A comparison of five steady-state truncation heuristics for simulation",
 * Proc. Winter Simulation Conference 2000 (MSER-5).
 *
 * @param series - observations in time order (e.g. successive waiting times); finite.
 * @param batchSize - observations per batch, a positive integer; 5 by default.
 * @returns the number of batches and of observations to delete from the start.
 * @throws {RangeError} if `batchSize` is not a positive integer, the series holds fewer than
 *   2 full batches, or an observation is not finite (the message gives its index).
 * @example
 * mserTruncation([9, 9, 9, 9, 9, ...Array(95).fill(1)]).truncateObservations; // => 5
 */
export function mserTruncation(series: readonly number[], batchSize = 5): MserTruncation {
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new RangeError(
      `mserTruncation: batchSize must be a positive integer, got ${String(batchSize)}`,
    );
  }
  const batches = Math.floor(series.length / batchSize);
  if (batches < 2) {
    throw new RangeError(
      `mserTruncation: needs at least 2 batches (${2 * batchSize} observations for batchSize ${batchSize}), got ${series.length} observations`,
    );
  }
  const badIndex = series.findIndex((value) => !Number.isFinite(value));
  if (badIndex >= 0) {
    throw new RangeError(
      `mserTruncation: series[${badIndex}] is ${String(series[badIndex])}; observations must be finite`,
    );
  }
  const batchMeans = new Float64Array(batches);
  for (let j = 0; j < batches; j++) {
    let sum = 0;
    for (let i = j * batchSize; i < (j + 1) * batchSize; i++) sum += series[i] as number;
    batchMeans[j] = sum / batchSize;
  }
  // Welford over the suffix Ȳ_d..Ȳ_{k−1}, from the last batch backwards.
  const lastCandidate = Math.min(Math.floor(batches / 2), batches - 2);
  let suffixMean = 0;
  let suffixSquaredDeviations = 0;
  let best = 0;
  let bestStatistic = Number.POSITIVE_INFINITY;
  for (let d = batches - 1; d >= 0; d--) {
    const kept = batches - d;
    const value = batchMeans[d] as number;
    const delta = value - suffixMean;
    suffixMean += delta / kept;
    suffixSquaredDeviations += delta * (value - suffixMean);
    if (d > lastCandidate) continue;
    const statistic = suffixSquaredDeviations / (kept * kept);
    if (statistic <= bestStatistic) {
      bestStatistic = statistic;
      best = d;
    }
  }
  return { truncateBatches: best, truncateObservations: best * batchSize };
}

/**
 * The series without its first `observations` values: the warm-up deleted. Returns a new
 * array; the input is not modified.
 *
 * Reference: A. M. Law, "Simulation Modeling and Analysis", 5th ed., ch. 9 (§9.5.1, the
 * replication/deletion approach).
 *
 * @param series - observations in time order.
 * @param observations - how many leading observations to delete, an integer in
 *   [0, series.length] (e.g. `mserTruncation(series).truncateObservations`).
 * @returns the remaining observations, in order.
 * @throws {RangeError} if `observations` is not an integer in [0, series.length].
 * @example
 * deleteWarmup([5, 4, 1, 2, 1], 2); // => [1, 2, 1]
 */
export function deleteWarmup(series: readonly number[], observations: number): number[] {
  if (!Number.isInteger(observations) || observations < 0 || observations > series.length) {
    throw new RangeError(
      `deleteWarmup: observations must be an integer in [0, ${series.length}], got ${String(observations)}`,
    );
  }
  return series.slice(observations);
}
