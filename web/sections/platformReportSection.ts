import { formatPercent } from "../../scenarios/format.ts";
import type { SimulationResult } from "../../scenarios/result/SimulationResult.ts";
import { barChart } from "../charts/barChart.ts";
import { heatmapChart } from "../charts/heatmapChart.ts";
import { heatmapCells, heatmapCellsDuring } from "../transforms/heatmapCells.ts";
import { latencyBars, unboundedLatencies } from "../transforms/latencyBars.ts";
import { facts, type Parent, section } from "./section.ts";

const SERIES = {
  before: "before (source)",
  during: "during the move",
  after: "after (target)",
} as const;

/** Host contention before and after (heatmaps), site latency (bars), HA N+1. */
export function platformReportSection(parent: Parent, result: SimulationResult): void {
  const p = result.platform;
  const s = section(parent, "platform", "Hosts and latency, before and after");
  facts(s, [
    [
      "Peak CPU demand",
      `${formatPercent(p.before.maxCpuDemandFraction)} of capacity before, ${formatPercent(p.after.maxCpuDemandFraction)} after`,
    ],
    [
      "CPU ready per vCPU",
      `at most ${Number((p.before.maxCpuReadyFraction * 100).toPrecision(2))} % before, ${Number((p.after.maxCpuReadyFraction * 100).toPrecision(2))} % after (above 5 % deserves a look, above 10 % is a problem)`,
    ],
    [
      "HA N+1 on the target",
      `${p.n1.pass ? "holds" : "FAILS"} with one host failed (CPU ${usedShare(p.n1.cpuUsedFraction)}, RAM ${usedShare(p.n1.memoryUsedFraction)} used)`,
    ],
  ]);
  const unlisted = p.before.notAssessedHosts ?? [];
  if (unlisted.length > 0) {
    s.append("p")
      .attr("class", "note not-assessed-reason")
      .attr("data-not-assessed", "hosts-before")
      .text(
        `Before-state not assessed on ${unlisted.length} host(s) the export's vHost tab does not list (${unlisted.map((h) => `${h.host}: ${h.vmCount} VMs`).join(", ")}): their capacity is a stand-in, so they are left out of the figures before, the source's totals and the dedicated bill; their VMs still move and count on the target.`,
      );
  }
  if (result.latency.notAssessed !== undefined) {
    s.append("p")
      .attr("class", "note not-assessed-reason")
      .attr("data-not-assessed", "latency")
      .text(`Site response time not assessed: ${result.latency.notAssessed}.`);
  } else {
    const unbounded = unboundedLatencies(result);
    if (unbounded.length > 0) {
      s.append("p")
        .attr("class", "note")
        .attr("data-unbounded", "latency")
        .text(
          `Site response time unbounded (${unbounded.join(", ")}): a host's CPU demand reaches its capacity, so requests queue without limit; these have no bar.`,
        );
    }
    barChart(
      s,
      latencyBars(result).map((b) => ({
        category: b.percentile,
        series: SERIES[b.when],
        value: b.ms,
        label: `${b.ms.toFixed(0)} ms`,
      })),
      {
        id: "latency",
        title: "Site response time: before, during and after the move",
        description:
          "Percentiles of the hosted sites' response time, site-weighted: before (old platform) and after (new platform) at the weekly peak hour; during, over the whole migration, while tiers split between the sites pay the inter-site round trip.",
        unit: "ms",
      },
    );
  }
  heatmapChart(s, heatmapCells(result, "before"), {
    id: "contention-before",
    title: `CPU load per host, before: ${p.before.name}`,
  });
  heatmapChart(s, heatmapCellsDuring(result), {
    id: "contention-during",
    title:
      "CPU load per host during the move, hours from its start (each VM on its source until its switchover)",
    hoursFromStart: true,
  });
  heatmapChart(s, heatmapCells(result, "after"), {
    id: "contention-after",
    title: `CPU load per host, after: ${p.after.name}`,
  });
}

/** A used share; null in the embedded JSON is an unbounded one (no capacity left: ∞). */
function usedShare(fraction: number | null): string {
  return fraction === null ? "∞ %" : formatPercent(fraction);
}
