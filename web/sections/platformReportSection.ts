import {
  formatDuration,
  formatPercent,
  formatSmallPercent,
  formatWithUnit,
} from "../../scenarios/format.ts";
import { beforeNotAssessed } from "../../scenarios/result/beforeNotAssessed.ts";
import type { SimulationResult } from "../../scenarios/result/SimulationResult.ts";
import { barChart } from "../charts/barChart.ts";
import { heatmapChart } from "../charts/heatmapChart.ts";
import { heatmapCells, heatmapCellsDuring } from "../transforms/heatmapCells.ts";
import {
  type LatencyBar,
  type LatencyBasis,
  latencyBars,
  unboundedLatencies,
} from "../transforms/latencyBars.ts";
import { facts, type Parent, section } from "./section.ts";

/** Series names of each latency chart: what each bar is, in the chart's own terms. */
const SERIES: Record<LatencyBasis, Record<LatencyBar["when"], string>> = {
  migrationHours: {
    before: "before: every VM on the source",
    during: "during the move",
    after: "after: every VM on the target",
  },
  peakHour: {
    before: "before (source)",
    during: "during the move",
    after: "after (target)",
  },
};

const DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/** Host contention before and after (heatmaps), site latency (bars), HA N+1. */
export function platformReportSection(parent: Parent, result: SimulationResult): void {
  const p = result.platform;
  const s = section(parent, "platform", "Hosts and latency, before and after");
  const unknownBefore = beforeNotAssessed(result);
  facts(s, [
    [
      "Peak CPU demand",
      unknownBefore === null
        ? `${formatPercent(p.before.maxCpuDemandFraction)} of capacity before, ${formatPercent(p.after.maxCpuDemandFraction)} after`
        : `not assessed before, ${formatPercent(p.after.maxCpuDemandFraction)} of capacity after`,
    ],
    [
      "CPU ready per vCPU",
      `${unknownBefore === null ? `at most ${formatSmallPercent(p.before.maxCpuReadyFraction)} before, ${formatSmallPercent(p.after.maxCpuReadyFraction)} after` : `not assessed before, at most ${formatSmallPercent(p.after.maxCpuReadyFraction)} after`} (above 5 % deserves a look, above 10 % is a problem)`,
    ],
    ...(unknownBefore === null
      ? []
      : ([["Before the move", `not assessed: ${unknownBefore}`]] as [string, string][])),
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
    latencyCharts(s, result);
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

/**
 * Site response time compared like for like: over the migration's own hours (before as if every
 * VM had stayed at the source, during as modelled, after as if every VM already ran at the
 * target: the same hours, the same statistic), then at the weekly peak hour before and after
 * (the figure the latency target judges), where the result has no during-the-move figure —
 * the chart's note says so rather than setting a whole-move figure beside peak-hour ones.
 */
function latencyCharts(s: Parent, result: SimulationResult): void {
  const during = result.latency.duringMigration;
  const stepHours = result.platform.stepSeconds / 3600;
  const hourOfWeek = (step: number) => {
    const hours = step * stepHours;
    return `${DAYS[Math.floor(hours / 24) % 7] ?? ""} ${String(Math.floor(hours % 24)).padStart(2, "0")}:00`;
  };
  const chart = (basis: LatencyBasis, id: string, title: string, description: string) => {
    const unbounded = unboundedLatencies(result, basis);
    if (unbounded.length > 0) {
      s.append("p")
        .attr("class", "note")
        .attr("data-unbounded", id)
        .text(
          `Site response time unbounded (${unbounded.join(", ")}): a host's CPU demand reaches its capacity, so requests queue without limit; these have no bar.`,
        );
    }
    barChart(
      s,
      latencyBars(result, basis).map((b) => ({
        category: b.percentile,
        series: SERIES[basis][b.when],
        value: b.ms,
        label: b.ms.toFixed(b.ms < 10 ? 1 : 0),
      })),
      {
        id,
        title,
        description,
        unit: "ms",
        // before, during and after keep their colours across both charts
        colorIndex: (name) =>
          (["before", "during", "after"] as const).findIndex((w) => SERIES[basis][w] === name),
      },
    );
    return s.select<HTMLElement>(`figure#${id}`);
  };
  chart(
    "migrationHours",
    "latency",
    `Site response time over the migration's hours (${formatDuration(during.windowSeconds)} from ${hourOfWeek(during.startStep)}): before, during and after, like for like`,
    "Percentiles of the hosted sites' response time, site- and time-weighted over the same hours, those of the migration window: before, as if every VM had stayed on the source; during, as modelled, while tiers split between the sites pay the inter-site round trip; after, as if every VM already ran on the target.",
  );
  const peak = chart(
    "peakHour",
    "latency-peak",
    `Site response time at the weekly peak hour (${hourOfWeek(result.platform.peakStep)}): before and after`,
    "Percentiles of the hosted sites' response time, site-weighted, at the hour of the week with the highest CPU demand, on the source platform before and on the target after (the latency target judges p95 after).",
  );
  peak
    .insert("p", "figcaption")
    .attr("class", "note chart-note")
    .attr("data-no-like-for-like", "during-at-peak")
    .text(
      `No "during" bar: the result has no during-the-move figure at the weekly peak hour (the move is modelled from ${hourOfWeek(during.startStep)}, the weekly trough). Its busiest hour, hour ${during.worstHour.hour} of the move, reaches p95 ${worstP95Text(during.worstHour.p95Ms)}, but the result holds no before or after for that hour to set beside it; compare the chart above instead.`,
    );
}

/**
 * The busiest hour's p95 as text: a number of ms, or "unbounded (a queue with no capacity
 * left)" — null in the embedded JSON stands for Infinity.
 */
function worstP95Text(p95Ms: number | null): string {
  return p95Ms === null || !Number.isFinite(p95Ms)
    ? "an unbounded time (a queue with no capacity left)"
    : formatWithUnit(p95Ms, "ms");
}

/** A used share; null in the embedded JSON is an unbounded one (no capacity left: ∞). */
function usedShare(fraction: number | null): string {
  return fraction === null ? "∞ %" : formatPercent(fraction);
}
