import type {
  LatencyPercentiles,
  SimulationResult,
} from "../../scenarios/result/SimulationResult.ts";

/** One bar of a latency chart: a percentile on a platform, milliseconds. */
export interface LatencyBar {
  percentile: "p50" | "p95" | "p99";
  when: "before" | "during" | "after";
  ms: number;
}

/**
 * Which hours a latency chart compares, so that before, during and after are like for like:
 * - "migrationHours": the hours of the migration window, site- and time-weighted — before as if
 *   every VM had stayed at the source (`latency.duringMigration.sameHours.source`), during as
 *   modelled (`latency.during`), after as if every VM already ran at the target
 *   (`sameHours.target`);
 * - "peakHour": the weekly peak hour, before (`latency.before`) and after (`latency.after`, the
 *   figure the latency target judges); the result has no during-the-move figure at that hour
 *   (the move starts at the weekly trough), so no "during" bar.
 */
export type LatencyBasis = "migrationHours" | "peakHour";

/** The percentiles each series of `basis` reads; null when not assessed. */
function seriesOf(
  result: SimulationResult,
  basis: LatencyBasis,
): [LatencyBar["when"], LatencyPercentiles | null][] {
  const { latency } = result;
  if (latency.notAssessed !== undefined) return [];
  if (basis === "peakHour") {
    return [
      ["before", latency.before],
      ["after", latency.after],
    ];
  }
  const same = latency.duringMigration.sameHours;
  return [
    ["before", same.source],
    ["during", latency.during],
    ["after", same.target],
  ];
}

/**
 * Site response-time percentiles compared like for like on `basis` (default: over the
 * migration's own hours, before / during / after); none when they are not assessed (no VM
 * hosts a site: `latency.notAssessed`), and none for a percentile that is unbounded (a
 * saturated queue; see {@link unboundedLatencies}).
 * @example latencyBars(result).find((b) => b.when === "before" && b.percentile === "p95")?.ms // sameHours.source.p95Ms
 */
export function latencyBars(
  result: SimulationResult,
  basis: LatencyBasis = "migrationHours",
): LatencyBar[] {
  const series = seriesOf(result, basis);
  return (["p50", "p95", "p99"] as const).flatMap((percentile) =>
    series.flatMap(([when, percentiles]) => {
      // not assessed (no VM hosts a site): no bar
      if (percentiles === null) return [];
      // unbounded (a saturated queue: Infinity, which the embedded JSON holds as null): no bar
      const ms = percentiles[`${percentile}Ms`] as number | null;
      return typeof ms === "number" && Number.isFinite(ms) ? [{ percentile, when, ms }] : [];
    }),
  );
}

/**
 * The percentiles of `basis` with no bound ("p95 before", …): a saturated queue, Infinity in
 * the result and null in the JSON the report embeds; the report says so in words instead of
 * drawing a bar.
 */
export function unboundedLatencies(
  result: SimulationResult,
  basis: LatencyBasis = "migrationHours",
): string[] {
  return seriesOf(result, basis).flatMap(([when, percentiles]) =>
    (["p50", "p95", "p99"] as const).flatMap((percentile) => {
      if (percentiles === null) return [];
      const ms = percentiles[`${percentile}Ms`] as number | null;
      return typeof ms === "number" && Number.isFinite(ms) ? [] : [`${percentile} ${when}`];
    }),
  );
}
