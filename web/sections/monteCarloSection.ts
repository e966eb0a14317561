import { formatWithUnit } from "../../scenarios/format.ts";
import type { MonteCarloResult } from "../../scenarios/montecarlo/MonteCarloResult.ts";
import { histogramChart } from "../charts/histogramChart.ts";
import { intervalBarChart } from "../charts/intervalBarChart.ts";
import {
  missBars,
  monteCarloHistograms,
  notAssessedTargets,
  variedRows,
} from "../transforms/monteCarloFigures.ts";
import { type Parent, section, table } from "./section.ts";

/**
 * The "Uncertainty" section, when the report embeds a Monte Carlo study: histograms of the
 * makespan, the longest stun, the saving and site p95 after (P50/P90/P95 and the target's limit
 * marked), each target's probability of being missed with its Wilson interval, and the inputs
 * the study varied.
 */
export function monteCarloSection(
  parent: Parent,
  result: MonteCarloResult,
  currency: string,
): void {
  const s = section(parent, "uncertainty", "Uncertainty");
  const runs = result.samples.length;
  s.append("p").text(
    `${runs.toLocaleString("en-GB")} replications of scenario ${result.scenario.name} (seed ${result.scenario.seed}), each drawing the ${result.varied.length} uncertain inputs below from its own random streams. Percentiles are those of the replications; the dashed red line is the target's limit.`,
  );
  for (const h of monteCarloHistograms(result)) {
    if (h.bins.length === 0) continue;
    histogramChart(s, h.bins, h.markers, {
      id: h.id,
      title: `${h.title} across ${h.samples} replications`,
      description: `Histogram of ${h.title.toLowerCase()}: ${h.markers.map((m) => `${m.label} ${formatWithUnit(m.value, h.unit)}`).join(", ")}.`,
      unit: h.unit,
    });
  }
  const bars = missBars(result);
  if (bars.length > 0) {
    intervalBarChart(
      s,
      bars.map((b) => ({ ...b, value: b.probability })),
      {
        id: "montecarlo-misses",
        title: "Probability of missing each target (95 % Wilson interval)",
        description: bars.map((b) => `${b.label}: missed ${b.text}`).join("; "),
      },
    );
  }
  for (const t of notAssessedTargets(result)) {
    s.append("p")
      .attr("class", "note not-assessed-reason")
      .text(`${t.label}: not assessed (not a pass) — ${t.why}.`);
  }
  const rows = variedRows(result, currency);
  if (rows.length === 0) {
    s.append("p").attr("class", "note").text("No input varies: every sourced value is fixed.");
  } else {
    table(
      s,
      "Inputs the study varied (in each input's own unit, named by its path)",
      ["Input", "Distribution", "Low", "Most likely", "High"],
      rows,
    ).attr("class", "varied");
  }
}
