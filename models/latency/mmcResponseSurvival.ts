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
  const terms = mmcSurvivalTerms(queue);
  return survivalFromTerms(terms.form, terms.mu, terms.waitProbability, terms.theta, timeSeconds);
}

/**
 * Which closed form of {@link mmcResponseSurvival} applies: 0 the general one, 1 θ = μ,
 * 2 no arrivals (service alone), 3 an unstable queue (P(T > t) = 1).
 */
export type SurvivalForm = 0 | 1 | 2 | 3;

/** What {@link mmcResponseSurvival} needs of a queue besides t, computed once (Erlang's C). */
export interface SurvivalTerms {
  form: SurvivalForm;
  /** μ, per second. */
  mu: number;
  /** Erlang's C (0 without arrivals). */
  waitProbability: number;
  /** θ = cμ − λ, per second. */
  theta: number;
}

/**
 * The terms of a queue's response-time survival, for callers that evaluate it at many t
 * (percentile searches) without an allocation per evaluation.
 * @example mmcSurvivalTerms({ arrivalRatePerSecond: 0.5, serviceRatePerSecond: 1, servers: 1 }) // { form: 0, mu: 1, waitProbability: 0.5, theta: 0.5 }
 */
export function mmcSurvivalTerms(queue: MmcQueue): SurvivalTerms {
  const { arrivalRatePerSecond: lambda, serviceRatePerSecond: mu, servers: c } = queue;
  if (lambda <= 0) return { form: 2, mu, waitProbability: 0, theta: c * mu };
  const wait = erlangC(lambda, mu, c);
  const theta = c * mu - lambda;
  if (wait.utilization >= 1) return { form: 3, mu, waitProbability: 1, theta };
  const form = Math.abs(theta - mu) < 1e-9 * mu ? 1 : 0;
  return { form, mu, waitProbability: wait.waitProbability, theta };
}

/**
 * P(T > t) from a queue's {@link SurvivalTerms} (the formulas of {@link mmcResponseSurvival}).
 * @example survivalFromTerms(0, 1, 0.5, 0.5, 1) // e^(−0.5)
 */
export function survivalFromTerms(
  form: number,
  mu: number,
  waitProbability: number,
  theta: number,
  timeSeconds: number,
): number {
  if (form === 2) return Math.exp(-mu * timeSeconds);
  if (form === 3) return 1;
  const C = waitProbability;
  const serviceOnly = Math.exp(-mu * timeSeconds);
  const waited =
    form === 1
      ? (1 + mu * timeSeconds) * serviceOnly
      : (theta * serviceOnly - mu * Math.exp(-theta * timeSeconds)) / (theta - mu);
  return (1 - C) * serviceOnly + C * waited;
}
