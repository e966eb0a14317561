import type { SimulationResult } from "../../scenarios/result/SimulationResult.ts";

/** The inter-site link's use as step series, one per kind of traffic, in Gbit/s against hours. */
export interface LinkUse {
  kinds: string[];
  /** Step points: at `hours` the rate of each kind becomes `gbps[kind]` until the next point. */
  points: { hours: number; gbps: Record<string, number> }[];
  capacityGbps: number;
  endHours: number;
  /** Each migrated VM's switchover (its stun), hours, in time order. */
  switchoverHours: number[];
}

/** The link series of a result, with every kind present at every point (0 when idle). */
export function linkUse(result: SimulationResult): LinkUse {
  const { series, capacityBytesPerSecond } = result.migration.link;
  const kinds = [...new Set(series.flatMap((p) => Object.keys(p.usedByKind)))].sort();
  const gbps = (bytesPerSecond: number) => (bytesPerSecond * 8) / 1e9;
  return {
    kinds,
    points: series.map((p) => ({
      hours: p.timeSeconds / 3600,
      gbps: Object.fromEntries(kinds.map((k) => [k, gbps(p.usedByKind[k] ?? 0)])),
    })),
    capacityGbps: gbps(capacityBytesPerSecond),
    endHours: result.migration.makespanSeconds / 3600,
    switchoverHours: result.migration.vms.map((v) => v.endSeconds / 3600).sort((a, b) => a - b),
  };
}
