import { maxOf } from "../../sim/stats/extremes.ts";
import { wilsonInterval } from "../../sim/stats/wilsonInterval.ts";
import { formatWithUnit } from "../format.ts";
import type { MonteCarloResult } from "./MonteCarloResult.ts";
import type { MetricName } from "./summarizeReplications.ts";

const LABELS: Record<MetricName, [string, string]> = {
  makespanSeconds: ["Migration makespan", "s"],
  maxDowntimeSeconds: ["Longest stun", "s"],
  savingsFraction: ["Saving (scenario baseline)", "fraction"],
  latencyP95AfterMs: ["Site p95 after", "ms"],
  latencyP95DuringMs: ["Site p95 during the move", "ms"],
  hostNeededMonths: ["Months until a host is due", "months"],
};

/** The readable summary of `cutover montecarlo` and `cutover merge`. */
export function renderMonteCarlo(result: MonteCarloResult): string {
  const f = (value: number, unit: string) => formatWithUnit(value, unit);
  const interval = (i: { value: number; lower: number; upper: number }, unit: string) =>
    `${f(i.value, unit)} [${f(i.lower, unit)}, ${f(i.upper, unit)}]`;
  const lines = [
    `Monte Carlo: ${result.scenario.title}`,
    `  ${result.samples.length} of ${result.runs} replications (shard ${result.shard}), seed ${result.scenario.seed}; ` +
      `${result.varied.length} inputs vary${result.varied.length === 0 ? " (no sourced value has a distribution: every replication is the same)" : ""}`,
    "",
    ...aligned([
      ["figure", "mean ± 95% CI", "P50 [95% CI]", "P90 [95% CI]", "P95 [95% CI]"],
      ...Object.entries(result.metrics).map(([name, m]) => {
        const [label, unit] = LABELS[name as MetricName];
        if (m === null) return [label, "not assessed", "", "", ""];
        return [
          label,
          `${f(m.mean, unit)} ± ${f(m.meanHalfWidth, unit)}`,
          interval(m.p50, unit),
          interval(m.p90, unit),
          interval(m.p95, unit),
        ];
      }),
    ]),
    `  ${hostDue(result)}`,
    "",
    `  ${"target".padEnd(66)} probability of missing it [95% CI]`,
    ...result.targets.map((t) =>
      t.probability === null || t.lower === null || t.upper === null
        ? `  ${t.label.padEnd(66)} not assessed (not a pass): ${t.notAssessed ?? "its inputs are missing"}`
        : `  ${t.label.padEnd(66)} ${percentInterval(t.probability, t.lower, t.upper)} (${t.misses} of ${result.samples.length})`,
    ),
  ];
  return `${lines.join("\n")}\n`;
}

/**
 * How often the dedicated platform needs a host within the forecast's horizon, with its Wilson
 * interval: the months-until-a-host figure is censored there (a replication that needs none
 * shows the horizon).
 */
function hostDue(result: MonteCarloResult): string {
  const horizon = result.scenario.horizonMonths;
  const due = result.samples.filter((s) => s.hostNeededMonths < horizon).length;
  const { proportion, lower, upper } = wilsonInterval(due, result.samples.length);
  return (
    `a host is due within the ${horizon}-month horizon in ${due} of ${result.samples.length} replications ` +
    `(${percentInterval(proportion, lower, upper)}); the others show the horizon`
  );
}

/** A probability with its interval, as percentages: "13.3 % [5.3 %, 29.7 %]". */
function percentInterval(p: number, lower: number, upper: number): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  return `${pct(p)} [${pct(lower)}, ${pct(upper)}]`;
}

/** Rows of cells as lines, each column padded to its widest cell, indented by two. */
function aligned(rows: readonly string[][]): string[] {
  const widths = rows[0]!.map((_, i) => maxOf(rows.map((row) => (row[i] ?? "").length)));
  return rows.map(
    (row) =>
      `  ${row.map((cell, i) => (i < row.length - 1 ? cell.padEnd(widths[i]!) : cell)).join(" ")}`,
  );
}
