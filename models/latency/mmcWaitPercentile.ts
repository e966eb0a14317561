import { erlangC } from "../../sim/theory/erlangC.ts";
import type { MmcQueue } from "./mmcResponseSurvival.ts";

/**
 * The q-quantile of the wait in queue of an M/M/c FIFO queue, in closed form: from
 * P(W > t) = C·e^(−(cμ−λ)t), t_q = ln(C / (1 − q)) / (cμ − λ) when C > 1 − q, else 0.
 * Reference: Gross, Shortle, Thompson & Harris, Fundamentals of Queueing Theory, 4th ed., §2.3.
 *
 * @param q quantile, 0 < q < 1
 * @returns seconds; Infinity when λ ≥ cμ
 * @example
 * mmcWaitPercentile({ arrivalRatePerSecond: 0.5, serviceRatePerSecond: 1, servers: 1 }, 0.95) // ln(0.5/0.05)/0.5 ≈ 4.61
 */
export function mmcWaitPercentile(queue: MmcQueue, q: number): number {
  const { arrivalRatePerSecond: lambda, serviceRatePerSecond: mu, servers: c } = queue;
  if (lambda <= 0) return 0;
  const wait = erlangC(lambda, mu, c);
  if (wait.utilization >= 1) return Number.POSITIVE_INFINITY;
  return wait.waitProbability > 1 - q
    ? Math.log(wait.waitProbability / (1 - q)) / (c * mu - lambda)
    : 0;
}
