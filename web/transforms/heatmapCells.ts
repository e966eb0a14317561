import type { SimulationResult } from "../../scenarios/result/SimulationResult.ts";

/** One cell of a host contention heatmap: a host, an hour, CPU demand over capacity. */
export interface HeatmapCell {
  host: string;
  hour: number;
  /** CPU demand ÷ capacity (may exceed 1 when contended). */
  load: number;
  /** CPU ready per vCPU, fraction. */
  ready: number;
}

/** Hourly CPU load of every host of a platform ("before" or "after") over the modelled week. */
export function heatmapCells(result: SimulationResult, when: "before" | "after"): HeatmapCell[] {
  return result.platform[when].hosts.flatMap((h) =>
    h.cpuDemandCores.map((demand, hour) => ({
      host: h.host,
      hour,
      load: demand / h.capacityCores,
      ready: h.cpuReadyFraction[hour] ?? 0,
    })),
  );
}
