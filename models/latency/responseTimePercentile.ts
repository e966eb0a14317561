import { maxOf } from "../../sim/stats/extremes.ts";
import { type MmcQueue, mmcResponseSurvivalFunction } from "./mmcResponseSurvival.ts";

/** One component of a response-time mixture: requests that see one M/M/c queue plus a fixed delay. */
export interface WeightedQueue {
  /** Weight (e.g. sites served), > 0. */
  weight: number;
  /** The queue at the VM's vCPUs. */
  queue: MmcQueue;
  /** Fixed delay added to every request (network round trip), seconds. */
  fixedSeconds: number;
}

/**
 * The q-quantile of the response time of a weighted mixture of M/M/c queues, each plus a fixed
 * delay: the smallest t with Σ w·P(T + d > t) / Σ w ≤ 1 − q, found by bisection on the
 * survival function ({@link mmcResponseSurvival}) to 1e−9 relative.
 *
 * With one component this is the M/M/c response-time percentile plus the delay.
 *
 * @param q quantile, 0 < q < 1 (0.95 for p95)
 * @returns seconds; Infinity when a component with weight ≥ 1 − q of the total is unstable
 * @example
 * responseTimePercentile([{ weight: 1, queue: { arrivalRatePerSecond: 0.5, serviceRatePerSecond: 1, servers: 1 }, fixedSeconds: 0 }], 0.95)
 * // −ln(0.05)/0.5 ≈ 5.99 (M/M/1)
 */
export function responseTimePercentile(components: readonly WeightedQueue[], q: number): number {
  const total = components.reduce((s, c) => s + c.weight, 0);
  const tail = 1 - q;
  const n = components.length;
  const weights = components.map((c) => c.weight);
  const fixed = components.map((c) => c.fixedSeconds);
  const survivals = components.map((c) => mmcResponseSurvivalFunction(c.queue));
  const survival = (t: number) => {
    let s = 0;
    for (let i = 0; i < n; i++) {
      s += weights[i]! * (t < fixed[i]! ? 1 : survivals[i]!(t - fixed[i]!));
    }
    return s / total;
  };
  let high = Math.max(
    1e-6,
    maxOf(components.map((c) => c.fixedSeconds + 1 / c.queue.serviceRatePerSecond)),
  );
  for (let i = 0; survival(high) > tail; i++) {
    if (i > 200) return Number.POSITIVE_INFINITY;
    high *= 2;
  }
  let low = 0;
  while (high - low > 1e-9 * high) {
    const mid = (low + high) / 2;
    if (survival(mid) > tail) low = mid;
    else high = mid;
  }
  return high;
}
