import { formatWithUnit } from "../format.ts";
import type { MonteCarloResult } from "./MonteCarloResult.ts";
import type { MetricName } from "./summarizeReplications.ts";

const LABELS: Record<MetricName, [string, string]> = {
  makespanSeconds: ["Migration makespan", "s"],
  maxDowntimeSeconds: ["Longest stun", "s"],
  savingsFraction: ["Saving (scenario baseline)", "fraction"],
  latencyP95AfterMs: ["Site p95 after", "ms"],
  latencyP95DuringMs: ["Site p95 during the move", "ms"],
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
    `  ${"figure".padEnd(28)} ${"mean ± 95% CI".padEnd(22)} ${"P50 [95% CI]".padEnd(30)} ${"P90 [95% CI]".padEnd(30)} P95 [95% CI]`,
    ...Object.entries(result.metrics).map(([name, m]) => {
      const [label, unit] = LABELS[name as MetricName];
      return `  ${label.padEnd(28)} ${`${f(m.mean, unit)} ± ${f(m.meanHalfWidth, unit)}`.padEnd(22)} ${interval(m.p50, unit).padEnd(30)} ${interval(m.p90, unit).padEnd(30)} ${interval(m.p95, unit)}`;
    }),
    "",
    `  ${"target".padEnd(66)} probability of missing it [95% CI]`,
    ...result.targets.map(
      (t) =>
        `  ${t.label.padEnd(66)} ${(t.probability * 100).toFixed(1)} % [${(t.lower * 100).toFixed(1)} %, ${(t.upper * 100).toFixed(1)} %] (${t.misses} of ${result.samples.length})`,
    ),
  ];
  return `${lines.join("\n")}\n`;
}
