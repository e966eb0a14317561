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
 * a site: `latency.notAssessed`), and none for a percentile that is unbounded (a saturated
 * queue; see {@link unboundedLatencies}).
 */
export function latencyBars(result: SimulationResult): LatencyBar[] {
  const { latency } = result;
  return (["p50", "p95", "p99"] as const).flatMap((percentile) =>
    (["before", "during", "after"] as const).flatMap((when) => {
      const percentiles = latency[when];
      // not assessed (no VM hosts a site): no bar
      if (percentiles === null) return [];
      // unbounded (a saturated queue: Infinity, which the embedded JSON holds as null): no bar
      const ms = percentiles[`${percentile}Ms`] as number | null;
      return typeof ms === "number" && Number.isFinite(ms) ? [{ percentile, when, ms }] : [];
    }),
  );
}

/**
 * The percentiles with no bound ("p95 before", …): a saturated queue, Infinity in the result and
 * null in the JSON the report embeds; the report says so in words instead of drawing a bar.
 */
export function unboundedLatencies(result: SimulationResult): string[] {
  const { latency } = result;
  return (["before", "during", "after"] as const).flatMap((when) =>
    (["p50", "p95", "p99"] as const).flatMap((percentile) => {
      const percentiles = latency[when];
      if (percentiles === null) return [];
      const ms = percentiles[`${percentile}Ms`] as number | null;
      return typeof ms === "number" && Number.isFinite(ms) ? [] : [`${percentile} ${when}`];
    }),
  );
}
