import { maxOf, minOf } from "../../sim/stats/extremes.ts";
import { quantileInterval } from "../../sim/stats/quantileInterval.ts";
import { replicationSummary } from "../../sim/stats/replicationSummary.ts";
import { wilsonInterval } from "../../sim/stats/wilsonInterval.ts";
import { METRIC_TARGETS, type ReplicationMetrics } from "./replicationMetrics.ts";

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

/**
 * The probability that a target is missed, with its Wilson interval, over the replications that
 * assessed it; null, with `notAssessed`, for a target the plan could not assess (never a
 * probability computed from nothing).
 */
export interface MissProbability {
  id: string;
  misses: number;
  probability: number | null;
  lower: number | null;
  upper: number | null;
  /** Why the plan could not assess the target; absent when it could. */
  notAssessed?: string;
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
 *
 * A target the plan (the deterministic run) could not assess, listed in `notAssessed` with its
 * reason, is not assessed in the study: no probability; nor are the figures it checks
 * (METRIC_TARGETS), whose summary is null. Otherwise a replication that did not assess a
 * target (pass null) or a figure (null) is left out of its summary.
 * @param notAssessed target id → why the plan could not assess it
 * @throws RangeError when there is no replication
 */
export function summarizeReplications(
  samples: readonly ReplicationMetrics[],
  notAssessed: Readonly<Record<string, string>> = {},
): {
  metrics: Record<MetricName, MetricSummary | null>;
  targets: MissProbability[];
} {
  if (samples.length === 0) throw new RangeError("no replication to summarise");
  const sorted = [...samples].sort((a, b) => a.replication - b.replication);
  const metrics = Object.fromEntries(
    METRICS.map((name) => {
      const target = METRIC_TARGETS[name];
      const values = sorted.flatMap((s) => (s[name] === null ? [] : [s[name]]));
      const skip = (target !== undefined && target in notAssessed) || values.length === 0;
      return [name, skip ? null : summary(values)];
    }),
  ) as Record<MetricName, MetricSummary | null>;
  const ids = [
    ...new Set([...sorted.flatMap((s) => Object.keys(s.pass)), ...Object.keys(notAssessed)]),
  ].sort();
  const targets = ids.map((id): MissProbability => {
    const runs = sorted.filter((s) => id in s.pass && s.pass[id] !== null);
    const why = notAssessed[id] ?? (runs.length === 0 ? "no replication assessed it" : undefined);
    if (why !== undefined) {
      return { id, misses: 0, probability: null, lower: null, upper: null, notAssessed: why };
    }
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
