import { z } from "zod";
import { METRICS } from "./summarizeReplications.ts";

/** A whole number in [min, 2^53 − 1], with the message naming the range. */
function wholeNumber(min: number) {
  const error = `expected a whole number ≥ ${min}`;
  return z
    .number({ error })
    .int({ error })
    .min(min, { error })
    .max(Number.MAX_SAFE_INTEGER, { error });
}

/** A finite number, or null: how JSON.stringify writes a figure that was ±Infinity or NaN. */
const figureOrNull = z.number({ error: "expected a number or null (not finite)" }).nullable();

const interval = z.object({ value: figureOrNull, lower: figureOrNull, upper: figureOrNull });

const metricSummary = z.object({
  mean: figureOrNull,
  meanHalfWidth: figureOrNull,
  p50: interval,
  p90: interval,
  p95: interval,
  min: figureOrNull,
  max: figureOrNull,
});

const fraction = z.number().min(0).max(1);

/**
 * The largest magnitude of a replication's figure (10^15 s is 30 million years): far beyond
 * any real study, and small enough that sums and squares over 2^53 replications stay finite,
 * so a damaged shard cannot make the merged summary Infinity (which JSON would write as null).
 */
const MAX_FIGURE = 1e15;
const figure = (min: number) =>
  z
    .number()
    .min(min)
    .max(MAX_FIGURE, { error: `expected a number between ${min} and 1e15` });

/** One replication's figures (`ReplicationMetrics`), keys in the order the output writes them. */
const sample = z.object({
  replication: wholeNumber(0),
  // null: not assessed (no VM migrated; a bill of 0)
  makespanSeconds: figure(0).nullable(),
  maxDowntimeSeconds: figure(0).nullable(),
  savingsFraction: figure(-MAX_FIGURE).max(1).nullable(),
  // an unstable queue's percentile is Infinity, which JSON writes as null
  latencyP95AfterMs: figure(0).nullable(),
  latencyP95DuringMs: figure(0).nullable(),
  hostNeededMonths: figure(0),
  // null: the replication could not assess the target
  pass: z.record(z.string(), z.boolean().nullable()),
});

/**
 * What `cutover merge` reads: the `--json` output of `cutover montecarlo --shard i/n`
 * ({@link MonteCarloResult}) as JSON wrote it, so a figure that was not finite may be null where
 * the output can hold one (percentiles of an unstable queue and summaries of them). Keys not in the format are dropped, so the merged output holds only
 * known fields. `kind` and `schemaVersion` are checked before this schema (a file that is not
 * a Monte Carlo output at all, or of another version, gets a message of its own); the checks
 * that need several fields (a replication below `runs`, shards of one study) are the merge's.
 */
export const monteCarloShardSchema = z.object({
  schemaVersion: z.number(),
  kind: z.literal("montecarlo"),
  scenario: z.object({
    name: z.string(),
    title: z.string(),
    file: z.string(),
    seed: z.number().int(),
    horizonMonths: z.number().min(0),
  }),
  runs: wholeNumber(1),
  shard: z.string().regex(/^[1-9][0-9]*\/[1-9][0-9]*$/, { error: 'expected "i/n", e.g. "2/4"' }),
  varied: z.array(
    z.object({
      id: z.string(),
      distribution: z.string(),
      low: z.number(),
      value: z.number(),
      high: z.number(),
    }),
  ),
  // null: a figure not assessed
  metrics: z.object(Object.fromEntries(METRICS.map((name) => [name, metricSummary.nullable()]))),
  targets: z.array(
    z.object({
      id: z.string(),
      misses: wholeNumber(0),
      // null, with notAssessed: a target the plan could not assess
      probability: fraction.nullable(),
      lower: fraction.nullable(),
      upper: fraction.nullable(),
      label: z.string(),
      limit: z.number(),
      unit: z.string(),
      notAssessed: z.string().optional(),
    }),
  ),
  samples: z.array(sample),
  timing: z.object({
    // a run takes time: 0 would make the merged rate Infinity
    wallSeconds: z.number().positive().max(MAX_FIGURE),
    workers: wholeNumber(1),
    replicationsPerSecond: z.number().min(0).nullable(),
  }),
});

/** A shard as {@link monteCarloShardSchema} validated it. */
export type MonteCarloShard = z.infer<typeof monteCarloShardSchema>;
