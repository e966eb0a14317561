import type { SimulationResult } from "../../scenarios/result/SimulationResult.ts";
import { timelineChart } from "../charts/timelineChart.ts";
import { forecastFacts } from "../transforms/forecastFacts.ts";
import { runOutMarkers } from "../transforms/runOutMarkers.ts";
import { facts, type Parent, section } from "./section.ts";

/**
 * The capacity forecast of the dedicated platform: time remaining (with and without a host
 * failed), the most constrained resource, VMs remaining, the hosts to add and their cost, and
 * a timeline of the months each resource runs out (the result has run-out months, not a
 * month-by-month use series).
 */
export function forecastReportSection(parent: Parent, result: SimulationResult): void {
  const f = result.forecast;
  const s = section(parent, "forecast", "Capacity forecast of the dedicated platform");
  s.append("p")
    .attr("class", "lede")
    .text(
      `Over ${f.years} years (${f.months} months), ${f.vmsPerYear.min}–${f.vmsPerYear.max} new VMs a year drawn from ${f.newVms.drawnFrom} (seed ${f.seed}), on today's dedicated hosts under the scenario's capacity policy (allocation model).`,
    );
  facts(s, forecastFacts(result));
  timelineChart(s, runOutMarkers(result), f.months);
}
