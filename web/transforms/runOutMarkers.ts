import type { ResourceUse } from "../../models/forecast/capacityForecast.ts";
import type { SimulationResult } from "../../scenarios/result/SimulationResult.ts";
import { RESOURCE_NAMES } from "./forecastFacts.ts";

/** One row of the run-out timeline: a resource (or the host additions) and its month. */
export interface RunOutMarker {
  row: string;
  /** Month it runs out on today's hosts, or a host is added (1-based); null: not within the horizon. */
  month: number | null;
  kind: "exhausted" | "hostAdded";
  /** Used fraction today (resources only; null for host additions). */
  usedTodayFraction: number | null;
  /** What the marker says, e.g. "runs out in month 42" or "+1 host, +2,179 EUR/month". */
  label: string;
}

const ORDER: readonly (keyof ResourceUse)[] = ["cpu", "memory", "storage", "n1Cpu", "n1Memory"];

/**
 * The forecast's run-out months as a timeline: one row per resource (CPU, memory, storage,
 * then CPU and memory with a host failed) with its first month over capacity on today's hosts,
 * then one marker per host addition. The forecast section has no month-by-month use series,
 * so this is what the chart draws.
 *
 * @example
 * runOutMarkers(result).find((m) => m.row === "memory with a host failed")?.month; // 42
 */
export function runOutMarkers(result: SimulationResult): RunOutMarker[] {
  const f = result.forecast;
  const resources: RunOutMarker[] = ORDER.map((key) => {
    const month = f.exhaustedMonth[key];
    return {
      row: RESOURCE_NAMES[key],
      month,
      kind: "exhausted",
      usedTodayFraction: f.now[key],
      label:
        f.now[key] === null
          ? "not assessed"
          : month === null
            ? `not within ${f.months} months`
            : `runs out in month ${month}`,
    };
  });
  const added: RunOutMarker[] = f.hostAdditions.map((a) => ({
    row: "hosts added",
    month: a.month,
    kind: "hostAdded",
    usedTodayFraction: null,
    label: `+${a.hostsAdded} host${a.hostsAdded === 1 ? "" : "s"}, +${Math.round(a.addedCostPerMonth).toLocaleString("en-GB")} ${f.currency}/month`,
  }));
  return [...resources, ...added];
}
