/**
 * A running summary of observations that do not depend on time (waiting times, migration
 * durations, per-replication results): count, mean, sample variance, min and max, in O(1)
 * memory. Mean and variance are updated with Welford's algorithm, which avoids the
 * catastrophic cancellation of the sum-of-squares formula.
 *
 * Reference: B. P. Welford, "Note on a method for calculating corrected sums of squares and
 * products", Technometrics 4(3), 419–420, 1962.
 *
 * Values are in whatever unit the caller observes; the statistics are in the same unit
 * (variance in its square).
 *
 * @example
 * const waits = new Tally();
 * for (const seconds of [2, 4, 4, 4, 5, 5, 7, 9]) waits.observe(seconds);
 * waits.mean; // => 5
 * waits.variance; // => 4.571428571428571 (32 / 7)
 */
export class Tally {
  private observations = 0;
  private runningMean = 0;
  private sumOfSquaredDeviations = 0;
  private smallest = Number.POSITIVE_INFINITY;
  private largest = Number.NEGATIVE_INFINITY;

  /**
   * Adds one observation.
   *
   * @param value - a finite number, in the caller's unit.
   * @throws {RangeError} if `value` is NaN or infinite: it would silently poison every statistic.
   */
  observe(value: number): void {
    if (!Number.isFinite(value)) {
      throw new RangeError(`Tally.observe: value must be a finite number, got ${String(value)}`);
    }
    this.observations += 1;
    const delta = value - this.runningMean;
    this.runningMean += delta / this.observations;
    this.sumOfSquaredDeviations += delta * (value - this.runningMean);
    if (value < this.smallest) this.smallest = value;
    if (value > this.largest) this.largest = value;
  }

  /** Forgets every observation, e.g. at the end of a warm-up period. */
  reset(): void {
    this.observations = 0;
    this.runningMean = 0;
    this.sumOfSquaredDeviations = 0;
    this.smallest = Number.POSITIVE_INFINITY;
    this.largest = Number.NEGATIVE_INFINITY;
  }

  /** The number of observations. */
  get count(): number {
    return this.observations;
  }

  /** The arithmetic mean; NaN before the first observation. */
  get mean(): number {
    return this.observations === 0 ? Number.NaN : this.runningMean;
  }

  /** The sample variance, with the n − 1 denominator (unbiased); NaN below 2 observations. */
  get variance(): number {
    return this.observations < 2
      ? Number.NaN
      : this.sumOfSquaredDeviations / (this.observations - 1);
  }

  /** The sample standard deviation, √variance; NaN for fewer than 2 observations. */
  get standardDeviation(): number {
    return Math.sqrt(this.variance);
  }

  /** The smallest observation; NaN before the first. */
  get min(): number {
    return this.observations === 0 ? Number.NaN : this.smallest;
  }

  /** The largest observation; NaN before the first. */
  get max(): number {
    return this.observations === 0 ? Number.NaN : this.largest;
  }
}
