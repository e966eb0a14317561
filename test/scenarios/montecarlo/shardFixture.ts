import type { ReplicationMetrics } from "../../../scenarios/montecarlo/replicationMetrics.ts";
import { summarizeReplications } from "../../../scenarios/montecarlo/summarizeReplications.ts";

/** A replication's figures, made up (finite, plausible); `pass` as given. */
export function sampleOf(
  replication: number,
  pass: Record<string, boolean> = { "migration.makespan": true, "cost.savings": true },
): ReplicationMetrics {
  return {
    replication,
    makespanSeconds: 70_000 + 1_000 * replication,
    maxDowntimeSeconds: 0.5 + 0.01 * replication,
    savingsFraction: 0.29 - 0.001 * replication,
    latencyP95AfterMs: 66 + replication,
    latencyP95DuringMs: 86 + replication,
    hostNeededMonths: 42,
    pass,
  };
}

const TARGETS: Record<string, { label: string; limit: number; unit: string }> = {
  "migration.makespan": { label: "Migration makespan", limit: 259_200, unit: "s" },
  "cost.savings": { label: "Monthly saving", limit: 0.27, unit: "fraction" },
};

/**
 * A shard as `cutover montecarlo --shard i/n --json` writes it (then read back by JSON.parse):
 * the given replications of a study of `runs`, summarised as the command does.
 */
export function shardOf(
  runs: number,
  replications: readonly number[],
  shard = "1/2",
): Record<string, unknown> {
  const samples = replications.map((r) => sampleOf(r));
  const summary = summarizeReplications(samples);
  return JSON.parse(
    JSON.stringify({
      schemaVersion: 1,
      kind: "montecarlo",
      scenario: { name: "s", title: "S", file: "s.json", seed: 1, horizonMonths: 60 },
      runs,
      shard,
      varied: [
        { id: "link.efficiencyFraction", distribution: "pert", low: 0.7, value: 0.9, high: 0.95 },
      ],
      metrics: summary.metrics,
      targets: summary.targets.map((t) => ({ ...t, ...TARGETS[t.id]! })),
      samples,
      timing: { wallSeconds: 0.5, workers: 1, replicationsPerSecond: samples.length / 0.5 },
    }),
  ) as Record<string, unknown>;
}
