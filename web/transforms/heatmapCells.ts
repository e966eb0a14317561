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

/**
 * Hourly CPU load of the hosts of both platforms while the VMs move, from the start of the
 * migration; hosts named with their site ("source: esx01", "target: vcf-01").
 */
export function heatmapCellsDuring(result: SimulationResult): HeatmapCell[] {
  return result.contentionDuring.hosts.flatMap((h) =>
    h.cpuDemandCores.map((demand, hour) => ({
      host: `${h.site}: ${h.host}`,
      hour,
      load: demand / h.capacityCores,
      ready: h.cpuReadyFraction[hour] ?? 0,
    })),
  );
}
