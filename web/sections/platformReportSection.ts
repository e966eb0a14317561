import { formatPercent } from "../../scenarios/format.ts";
import type { SimulationResult } from "../../scenarios/result/SimulationResult.ts";
import { barChart } from "../charts/barChart.ts";
import { heatmapChart } from "../charts/heatmapChart.ts";
import { heatmapCells } from "../transforms/heatmapCells.ts";
import { latencyBars } from "../transforms/latencyBars.ts";
import { facts, type Parent, section } from "./section.ts";

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
      `${p.n1.pass ? "holds" : "FAILS"} with one host failed (CPU ${formatPercent(p.n1.cpuUsedFraction)}, RAM ${formatPercent(p.n1.memoryUsedFraction)} used)`,
    ],
  ]);
  barChart(
    s,
    latencyBars(result).map((b) => ({
      category: b.percentile,
      series: b.when === "before" ? "before (source)" : "after (target)",
      value: b.ms,
      label: `${b.ms.toFixed(0)} ms`,
    })),
    {
      id: "latency",
      title: "Site response time at the weekly peak hour",
      description:
        "Percentiles of the hosted sites' response time, site-weighted, on the old platform and on the new one.",
      unit: "ms",
    },
  );
  heatmapChart(s, heatmapCells(result, "before"), {
    id: "contention-before",
    title: `CPU load per host, before: ${p.before.name}`,
  });
  heatmapChart(s, heatmapCells(result, "after"), {
    id: "contention-after",
    title: `CPU load per host, after: ${p.after.name}`,
  });
}
