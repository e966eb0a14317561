import type { SimulationResult } from "../../scenarios/result/SimulationResult.ts";

/** One bar of the latency chart: a percentile on a platform, milliseconds. */
export interface LatencyBar {
  percentile: "p50" | "p95" | "p99";
  when: "before" | "during" | "after";
  ms: number;
}

/**
 * Site response-time percentiles before cutover and after it (at the weekly peak hour) and
 * during the migration (over its whole window); none when they are not assessed (no VM hosts
 * a site: `latency.notAssessed`).
 */
export function latencyBars(result: SimulationResult): LatencyBar[] {
  const { latency } = result;
  return (["p50", "p95", "p99"] as const).flatMap((percentile) =>
    (["before", "during", "after"] as const).flatMap((when) => {
      const percentiles = latency[when];
      // not assessed (no VM hosts a site): no bar
      if (percentiles === null) return [];
      return [{ percentile, when, ms: percentiles[`${percentile}Ms`] }];
    }),
  );
}
