import { mean, sampleStandardDeviation } from "simple-statistics";
import { studentTQuantile } from "./studentTQuantile.ts";

/** A t-based confidence interval for the mean of independent replications. */
export interface ReplicationSummary {
  /** Number of replications, n ≥ 2. */
  count: number;
  /** Sample mean of the replications, in their unit. */
  mean: number;
  /** Sample standard deviation (n − 1 denominator), in their unit. */
  standardDeviation: number;
  /** Half-width t(1 − α/2, n − 1) · s / √n of the interval, in their unit. */
  halfWidth: number;
  /** mean − halfWidth. */
  lower: number;
  /** mean + halfWidth. */
  upper: number;
  /** The confidence level 1 − α, a fraction in (0, 1). */
  confidence: number;
}

/**
 * Summarises one output measure over independent replications (one value per replication,
 * e.g. each run's mean wait or makespan) with the fixed-sample-size t confidence interval
 * X̄ ± t(1 − α/2, n − 1) · S / √n. Replications must be independent (different random numbers)
 * and each value should itself be an average or total of a run, so that it is close to
 * normally distributed.
 *
 * Reference: A. M. Law, "Simulation Modeling and Analysis", 5th ed., ch. 9 (§9.4.1,
 * fixed-sample-size procedure for terminating simulations).
 *
 * @param values - one finite value per replication, at least 2, in the measure's unit.
 * @param confidence - the confidence level 1 − α, in (0, 1); 0.95 by default.
 * @returns count, mean, standard deviation, half-width, bounds and confidence.
 * @throws {RangeError} for fewer than 2 values, a value that is NaN or infinite (the message
 *   gives its index), or a confidence level outside (0, 1).
 * @example
 * replicationSummary([10, 12, 11, 13, 9]);
 * // => { count: 5, mean: 11, standardDeviation: 1.58…, halfWidth: 1.96…, lower: 9.03…,
 * //      upper: 12.96…, confidence: 0.95 }  (t(0.975, 4) = 2.7764)
 */
export function replicationSummary(
  values: readonly number[],
  confidence = 0.95,
): ReplicationSummary {
  if (!(confidence > 0 && confidence < 1)) {
    throw new RangeError(
      `replicationSummary: confidence must be in (0, 1), got ${String(confidence)}`,
    );
  }
  const count = values.length;
  if (count < 2) {
    throw new RangeError(
      `replicationSummary: needs at least 2 replications to estimate a confidence interval, got ${count}`,
    );
  }
  const badIndex = values.findIndex((value) => !Number.isFinite(value));
  if (badIndex >= 0) {
    throw new RangeError(
      `replicationSummary: values[${badIndex}] is ${String(values[badIndex])}; every replication must give a finite number`,
    );
  }
  const sampleMean = mean(values as number[]);
  const standardDeviation = sampleStandardDeviation(values as number[]);
  const halfWidth =
    (studentTQuantile(1 - (1 - confidence) / 2, count - 1) * standardDeviation) / Math.sqrt(count);
  return {
    count,
    mean: sampleMean,
    standardDeviation,
    halfWidth,
    lower: sampleMean - halfWidth,
    upper: sampleMean + halfWidth,
    confidence,
  };
}
