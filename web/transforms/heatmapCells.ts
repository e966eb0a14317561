import type { SimulationResult } from "../../scenarios/result/SimulationResult.ts";

/** One cell of a host contention heatmap: a host, an hour (or hours), CPU demand over capacity. */
export interface HeatmapCell {
  host: string;
  /** The hour the cell starts at (of the week, or from the start of the migration). */
  hour: number;
  /** Hours the cell covers: 1, or more for a long move (then its values are the highest hour's). */
  hours: number;
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
      hours: 1,
      load: demand / h.capacityCores,
      ready: h.cpuReadyFraction[hour] ?? 0,
    })),
  );
}

/**
 * CPU load of the hosts of both platforms while the VMs move, from the start of the migration,
 * per step of the series (an hour, or several for a long move: each cell then shows the highest
 * hourly load and ready within it); hosts named with their site ("source: esx01").
 */
export function heatmapCellsDuring(result: SimulationResult): HeatmapCell[] {
  const hours = result.contentionDuring.stepSeconds / 3600;
  return result.contentionDuring.hosts.flatMap((h) =>
    h.cpuDemandCores.map((demand, i) => ({
      host: `${h.site}: ${h.host}`,
      hour: i * hours,
      hours,
      load: demand / h.capacityCores,
      ready: h.cpuReadyFraction[i] ?? 0,
    })),
  );
}
