/** Closed-form measures of the M/M/c queue. */
export interface ErlangC {
  /** Offered load per server ρ = λ / (c μ). */
  utilization: number;
  /** Probability that an arrival waits, C(c, a) with a = λ/μ. */
  waitProbability: number;
  /** Mean wait in queue Wq = C / (c μ − λ), seconds. */
  meanWaitSeconds: number;
  /** Mean number waiting Lq = λ Wq (Little's law). */
  meanQueueLength: number;
}

/**
 * Erlang's C formula for the M/M/c queue: the probability of waiting and the mean wait in
 * queue. Computed with the Erlang-B recursion B(k) = a B(k−1) / (k + a B(k−1)), then
 * C = c B / (c − a (1 − B)), which is stable for large c.
 *
 * Reference: Gross, Shortle, Thompson & Harris, Fundamentals of Queueing Theory, 4th ed., §2.3.
 *
 * @param arrivalRatePerSecond λ > 0
 * @param serviceRatePerSecond μ > 0 (one server)
 * @param servers c ≥ 1 (integer)
 * @returns the measures; when ρ ≥ 1 the queue is unstable: waitProbability 1, waits Infinity
 * @throws RangeError on non-positive rates or a non-integer server count
 * @example
 * erlangC(0.9, 1, 1).meanWaitSeconds // 9 (M/M/1: ρ/(μ−λ))
 */
export function erlangC(
  arrivalRatePerSecond: number,
  serviceRatePerSecond: number,
  servers: number,
): ErlangC {
  if (!(arrivalRatePerSecond > 0) || !(serviceRatePerSecond > 0)) {
    throw new RangeError(
      `rates must be > 0, got λ=${arrivalRatePerSecond}, μ=${serviceRatePerSecond}`,
    );
  }
  if (!Number.isInteger(servers) || servers < 1) {
    throw new RangeError(`servers must be a whole number ≥ 1, got ${servers}`);
  }
  const offered = arrivalRatePerSecond / serviceRatePerSecond;
  const utilization = offered / servers;
  if (utilization >= 1) {
    return {
      utilization,
      waitProbability: 1,
      meanWaitSeconds: Number.POSITIVE_INFINITY,
      meanQueueLength: Number.POSITIVE_INFINITY,
    };
  }
  let erlangB = 1;
  for (let k = 1; k <= servers; k++) erlangB = (offered * erlangB) / (k + offered * erlangB);
  const waitProbability = (servers * erlangB) / (servers - offered * (1 - erlangB));
  const meanWaitSeconds = waitProbability / (servers * serviceRatePerSecond - arrivalRatePerSecond);
  return {
    utilization,
    waitProbability,
    meanWaitSeconds,
    meanQueueLength: arrivalRatePerSecond * meanWaitSeconds,
  };
}
