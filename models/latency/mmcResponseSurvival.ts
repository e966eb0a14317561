import { erlangC } from "../../sim/theory/erlangC.ts";

/** An M/M/c queue: Poisson arrivals, c servers with exponential service. */
export interface MmcQueue {
  /** λ ≥ 0, arrivals per second. */
  arrivalRatePerSecond: number;
  /** μ > 0, services per second of one server. */
  serviceRatePerSecond: number;
  /** c ≥ 1 servers (an integer). */
  servers: number;
}

/**
 * P(T > t) for the response time T = wait + service of an M/M/c FIFO queue. The wait is 0
 * with probability 1 − C and exponential with rate θ = cμ − λ with probability C (Erlang's C),
 * so P(W > t) = C·e^(−θt); adding an exponential service (rate μ) gives
 *   P(T > t) = (1 − C)·e^(−μt) + C·(θ·e^(−μt) − μ·e^(−θt)) / (θ − μ)   (θ ≠ μ),
 *   P(T > t) = (1 − C)·e^(−μt) + C·(1 + μt)·e^(−μt)                    (θ = μ).
 * Reference: Gross, Shortle, Thompson & Harris, Fundamentals of Queueing Theory, 4th ed.,
 * §2.3 (waiting-time distribution of M/M/c).
 *
 * @param timeSeconds t ≥ 0
 * @returns a probability; 1 for every t when the queue is unstable (λ ≥ cμ)
 * @example
 * mmcResponseSurvival({ arrivalRatePerSecond: 0.5, serviceRatePerSecond: 1, servers: 1 }, 1) // e^(−0.5) (M/M/1: T ~ Exp(μ−λ))
 */
export function mmcResponseSurvival(queue: MmcQueue, timeSeconds: number): number {
  return mmcResponseSurvivalFunction(queue)(timeSeconds);
}

/**
 * {@link mmcResponseSurvival} as a function of t for one queue: Erlang's C is computed once,
 * for callers that evaluate many t (percentile searches). Same arithmetic, same results.
 * @example mmcResponseSurvivalFunction({ arrivalRatePerSecond: 0.5, serviceRatePerSecond: 1, servers: 1 })(1) // e^(−0.5)
 */
export function mmcResponseSurvivalFunction(queue: MmcQueue): (timeSeconds: number) => number {
  const { arrivalRatePerSecond: lambda, serviceRatePerSecond: mu, servers: c } = queue;
  if (lambda <= 0) return (t) => Math.exp(-mu * t);
  const wait = erlangC(lambda, mu, c);
  if (wait.utilization >= 1) return () => 1;
  const C = wait.waitProbability;
  const theta = c * mu - lambda;
  const equal = Math.abs(theta - mu) < 1e-9 * mu;
  return (t) => {
    const serviceOnly = Math.exp(-mu * t);
    const waited = equal
      ? (1 + mu * t) * serviceOnly
      : (theta * serviceOnly - mu * Math.exp(-theta * t)) / (theta - mu);
    return (1 - C) * serviceOnly + C * waited;
  };
}
