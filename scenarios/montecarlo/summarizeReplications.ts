import { maxOf, minOf } from "../../sim/stats/extremes.ts";
import { quantileInterval } from "../../sim/stats/quantileInterval.ts";
import { replicationSummary } from "../../sim/stats/replicationSummary.ts";
import { wilsonInterval } from "../../sim/stats/wilsonInterval.ts";
import type { ReplicationMetrics } from "./replicationMetrics.ts";

/** A figure across replications: mean with its t interval, and percentiles with theirs. */
export interface MetricSummary {
  mean: number;
  /** Half-width of the 95% t interval of the mean (0 with one replication). */
  meanHalfWidth: number;
  p50: Interval;
  p90: Interval;
  p95: Interval;
  min: number;
  max: number;
}

/** An estimate and its 95% confidence interval. */
export interface Interval {
  value: number;
  lower: number;
  upper: number;
}

/** The probability that a target is missed, with its Wilson interval. */
export interface MissProbability {
  id: string;
  misses: number;
  probability: number;
  lower: number;
  upper: number;
}

/** Figures summarised across replications. */
export const METRICS = [
  "makespanSeconds",
  "maxDowntimeSeconds",
  "savingsFraction",
  "latencyP95AfterMs",
  "latencyP95DuringMs",
  "hostNeededMonths",
] as const;

/** One of {@link METRICS}. */
export type MetricName = (typeof METRICS)[number];

/**
 * Summarises replications: per figure the mean (t interval, Law & Kelton ch. 9), P50, P90 and
 * P95 (order-statistic intervals), extremes; per target the probability of missing it (Wilson
 * interval). Pure and order-free: the same replications give the same summary however they
 * were computed (one worker, several, or merged shards).
 * @throws RangeError when there is no replication
 */
export function summarizeReplications(samples: readonly ReplicationMetrics[]): {
  metrics: Record<MetricName, MetricSummary>;
  targets: MissProbability[];
} {
  if (samples.length === 0) throw new RangeError("no replication to summarise");
  const sorted = [...samples].sort((a, b) => a.replication - b.replication);
  const metrics = Object.fromEntries(
    METRICS.map((name) => [name, summary(sorted.map((s) => s[name]))]),
  ) as Record<MetricName, MetricSummary>;
  const ids = [...new Set(sorted.flatMap((s) => Object.keys(s.pass)))].sort();
  const targets = ids.map((id) => {
    const runs = sorted.filter((s) => id in s.pass);
    const misses = runs.filter((s) => s.pass[id] === false).length;
    const { proportion, lower, upper } = wilsonInterval(misses, runs.length);
    return { id, misses, probability: proportion, lower, upper };
  });
  return { metrics, targets };
}

function summary(values: readonly number[]): MetricSummary {
  const finite = values.filter((v) => Number.isFinite(v));
  const mean = finite.reduce((a, b) => a + b, 0) / Math.max(1, finite.length);
  const meanHalfWidth = finite.length >= 2 ? replicationSummary(finite).halfWidth : 0;
  return {
    mean,
    meanHalfWidth,
    p50: quantileInterval(values, 0.5),
    p90: quantileInterval(values, 0.9),
    p95: quantileInterval(values, 0.95),
    min: minOf(values),
    max: maxOf(values),
  };
}
