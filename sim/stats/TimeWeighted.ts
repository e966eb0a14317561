/**
 * A time-weighted accumulator of a piecewise-constant level: queue length, busy servers,
 * bytes in flight, hosts powered on. The level holds from one `update` to the next; the mean
 * is the time average (1/T)∫ level dt over the observation window, not the average of the
 * updates. The integral is kept with Neumaier's compensated summation so that millions of
 * short segments do not drift.
 *
 * References: A. M. Law, "Simulation Modeling and Analysis", 5th ed., ch. 1 (time-average
 * number in queue, the area under Q(t)); A. Neumaier, "Rundungsfehleranalyse einiger
 * Verfahren zur Summation endlicher Summen", ZAMM 54, 39–51, 1974.
 *
 * Times are in seconds of simulated time; the level is in the caller's unit, the integral in
 * that unit × seconds.
 *
 * @example
 * const queue = new TimeWeighted(0, 0);
 * queue.update(2, 3); // from t = 2 s, 3 waiting
 * queue.update(5, 1); // from t = 5 s, 1 waiting
 * queue.integral(10); // => 14 (0·2 + 3·3 + 1·5)
 * queue.mean(10); // => 1.4
 */
export class TimeWeighted {
  private windowStartSeconds: number;
  private lastUpdateSeconds: number;
  private currentLevel: number;
  private area = 0;
  private areaCompensation = 0;
  private smallest: number;
  private largest: number;

  /**
   * @param startSeconds - when observation starts, in seconds; finite. 0 by default.
   * @param initialLevel - the level from then on; finite. 0 by default.
   * @throws {RangeError} if either argument is not finite.
   */
  constructor(startSeconds = 0, initialLevel = 0) {
    checkFinite("startSeconds", startSeconds);
    checkFinite("initialLevel", initialLevel);
    this.windowStartSeconds = startSeconds;
    this.lastUpdateSeconds = startSeconds;
    this.currentLevel = initialLevel;
    this.smallest = initialLevel;
    this.largest = initialLevel;
  }

  /**
   * Records that the level changes to `level` at `nowSeconds`. Several updates at the same
   * instant are fine: only the last one carries weight.
   *
   * @param nowSeconds - the current simulated time, in seconds; not before the last update.
   * @param level - the new level; finite.
   * @throws {RangeError} if time goes backwards, or an argument is not finite.
   */
  update(nowSeconds: number, level: number): void {
    checkFinite("level", level);
    this.accumulate(this.elapsedSince(nowSeconds, "update"));
    this.lastUpdateSeconds = nowSeconds;
    this.currentLevel = level;
    if (level < this.smallest) this.smallest = level;
    if (level > this.largest) this.largest = level;
  }

  /**
   * ∫ level dt from the start of the window to `nowSeconds`, in level-unit × seconds.
   *
   * @param nowSeconds - the current simulated time, in seconds; not before the last update.
   * @throws {RangeError} if `nowSeconds` is before the last update or not finite.
   */
  integral(nowSeconds: number): number {
    const pending = this.currentLevel * this.elapsedSince(nowSeconds, "integral");
    const sum = this.area + pending;
    const compensation =
      Math.abs(this.area) >= Math.abs(pending)
        ? this.area - sum + pending
        : pending - sum + this.area;
    return sum + (this.areaCompensation + compensation);
  }

  /**
   * The time-average level over the window [start, nowSeconds], in the level's unit. For an
   * empty window (nowSeconds equal to the start) it is the current level, the limit of the
   * average as the window shrinks.
   *
   * @param nowSeconds - the current simulated time, in seconds; not before the last update.
   * @throws {RangeError} if `nowSeconds` is before the last update or not finite.
   */
  mean(nowSeconds: number): number {
    const integral = this.integral(nowSeconds);
    const durationSeconds = nowSeconds - this.windowStartSeconds;
    return durationSeconds === 0 ? this.currentLevel : integral / durationSeconds;
  }

  /**
   * Starts a new window at `nowSeconds`, keeping the current level and forgetting the past:
   * deletes a warm-up period. Min and max restart from the current level.
   *
   * @param nowSeconds - the current simulated time, in seconds; not before the last update.
   * @throws {RangeError} if `nowSeconds` is before the last update or not finite.
   */
  reset(nowSeconds: number): void {
    this.elapsedSince(nowSeconds, "reset");
    this.windowStartSeconds = nowSeconds;
    this.lastUpdateSeconds = nowSeconds;
    this.area = 0;
    this.areaCompensation = 0;
    this.smallest = this.currentLevel;
    this.largest = this.currentLevel;
  }

  /** The level now (set by the last update). */
  get level(): number {
    return this.currentLevel;
  }

  /** When the current window started, in seconds (the constructor's start or the last reset). */
  get startSeconds(): number {
    return this.windowStartSeconds;
  }

  /** The smallest level held during the window, the current one included. */
  get min(): number {
    return this.smallest;
  }

  /** The largest level held during the window, the current one included. */
  get max(): number {
    return this.largest;
  }

  private elapsedSince(nowSeconds: number, operation: string): number {
    checkFinite("nowSeconds", nowSeconds);
    const elapsedSeconds = nowSeconds - this.lastUpdateSeconds;
    if (elapsedSeconds < 0) {
      throw new RangeError(
        `TimeWeighted.${operation}: time went backwards, from ${this.lastUpdateSeconds} s to ${nowSeconds} s`,
      );
    }
    return elapsedSeconds;
  }

  /** Adds level × elapsed to the area with Neumaier's compensated summation. */
  private accumulate(elapsedSeconds: number): void {
    const term = this.currentLevel * elapsedSeconds;
    const sum = this.area + term;
    this.areaCompensation +=
      Math.abs(this.area) >= Math.abs(term) ? this.area - sum + term : term - sum + this.area;
    this.area = sum;
  }
}

function checkFinite(name: string, value: number): void {
  if (!Number.isFinite(value)) {
    throw new RangeError(`TimeWeighted: ${name} must be a finite number, got ${String(value)}`);
  }
}
