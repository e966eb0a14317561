import type { SimulationResult } from "../../scenarios/result/SimulationResult.ts";
import "../charts/axisLayout.css";
import { legend } from "../charts/legend.ts";
import { OVER_COLOR } from "../charts/palette.ts";
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
  const markers = runOutMarkers(result);
  timelineChart(s, markers, f.months);
  // the chart draws two kinds of marker (a resource running out, a host added): name both
  // laid out for 960 px with wide label columns: on a phone it scrolls inside its figure
  // (axisLayout.css) rather than shrink its text to 4 px
  const figure = s.select<HTMLElement>("figure#forecast-runout").classed("wide-scroll", true);
  const kinds = new Set(markers.filter((m) => m.month !== null).map((m) => m.kind));
  legend(figure, [
    {
      label: kinds.has("exhausted")
        ? "runs out (first month over capacity on today's hosts)"
        : "runs out (none within the horizon)",
      color: OVER_COLOR,
    },
    {
      label: kinds.has("hostAdded") ? "host added" : "host added (none within the horizon)",
      color: HOST_ADDED_COLOR,
    },
  ]);
}

/** The fill timelineChart gives a host-addition marker. */
const HOST_ADDED_COLOR = "#0a3069";
