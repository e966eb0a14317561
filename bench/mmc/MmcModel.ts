import { erlangC } from "../../sim/theory/erlangC.ts";

/** One queueing model of the benchmark: Poisson arrivals, exponential service, c FIFO servers. */
export interface MmcModel {
  /** Short label for tables, e.g. "M/M/1". */
  label: string;
  /** Number of identical servers c. */
  servers: number;
  /** Poisson arrival rate λ, customers per second. */
  arrivalRatePerSecond: number;
  /** Exponential service rate μ of one server, customers per second. */
  serviceRatePerSecond: number;
}

/**
 * The two models every engine runs, both at utilisation ρ = λ / (c μ) = 0.9, where waits are
 * long and queues busy enough that an engine cannot skip work without the mean wait drifting
 * from theory: M/M/1 with Wq = ρ / (μ − λ) = 9 s, and M/M/4 with Erlang-C Wq ≈ 1.87 s.
 */
export const MMC_MODELS: readonly MmcModel[] = [
  { label: "M/M/1", servers: 1, arrivalRatePerSecond: 0.9, serviceRatePerSecond: 1 },
  { label: "M/M/4", servers: 4, arrivalRatePerSecond: 3.6, serviceRatePerSecond: 1 },
];

/**
 * The closed-form mean wait in queue Wq of a model, seconds (Erlang C; for c = 1 it reduces to
 * ρ / (μ − λ)). Reference: Gross, Shortle, Thompson & Harris, Fundamentals of Queueing
 * Theory, 4th ed., §2.3.
 */
export function theoryWaitSeconds(model: MmcModel): number {
  return erlangC(model.arrivalRatePerSecond, model.serviceRatePerSecond, model.servers)
    .meanWaitSeconds;
}
