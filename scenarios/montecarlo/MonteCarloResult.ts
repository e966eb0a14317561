import type { ReplicationMetrics } from "./replicationMetrics.ts";
import type { MetricName, MetricSummary, MissProbability } from "./summarizeReplications.ts";

/** The version of the Monte Carlo output. */
export const MONTE_CARLO_SCHEMA_VERSION = 1;

/**
 * What `cutover montecarlo` prints with --json (and what `cutover merge` reads back): the
 * summary, every replication's figures (so shards merge exactly), the uncertain inputs, and
 * — under `timing` alone — the wall-clock figures, so that two runs compare without them.
 */
export interface MonteCarloResult {
  schemaVersion: typeof MONTE_CARLO_SCHEMA_VERSION;
  kind: "montecarlo";
  /** `horizonMonths`: the forecast's horizon, where `hostNeededMonths` is censored. */
  scenario: { name: string; title: string; file: string; seed: number; horizonMonths: number };
  /** Replications in the whole study. */
  runs: number;
  /** This output's slice: "1/1" for a whole study, "i/n" for a shard. */
  shard: string;
  /** Paths of the inputs that vary, with their distribution and range. */
  varied: { id: string; distribution: string; low: number; value: number; high: number }[];
  /** Null for a figure not assessed (its target was not assessed by the plan). */
  metrics: Record<MetricName, MetricSummary | null>;
  targets: (MissProbability & { label: string; limit: number; unit: string })[];
  samples: ReplicationMetrics[];
  timing: { wallSeconds: number; workers: number; replicationsPerSecond: number };
}
