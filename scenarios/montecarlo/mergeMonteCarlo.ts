import { InputError } from "../inventory/InputError.ts";
import { cutText } from "../inventory/oneLineText.ts";
import { jsonExcerpt } from "../load/jsonExcerpt.ts";
import { zodIssueToInputError } from "../load/zodIssueToInputError.ts";
import { notAssessedTargets } from "./buildMonteCarloResult.ts";
import { MONTE_CARLO_SCHEMA_VERSION, type MonteCarloResult } from "./MonteCarloResult.ts";
import { type MonteCarloShard, monteCarloShardSchema } from "./monteCarloShardSchema.ts";
import { METRIC_TARGETS, type ReplicationMetrics } from "./replicationMetrics.ts";
import { summarizeReplications } from "./summarizeReplications.ts";

/**
 * Combines the outputs of `cutover montecarlo --shard i/n` into the output of the whole study,
 * exactly: the replications are pooled and the summary recomputed from them, so the result
 * equals a single run of all replications (but for `timing`, which sums the shards' wall time
 * and workers). Each part is validated against the shard format ({@link monteCarloShardSchema})
 * first; the result holds only the format's fields, whatever else a file held.
 *
 * @param parts the shard outputs with the file each came from (for messages)
 * @throws InputError naming the file (and the dotted field, where one is wrong) when a part is
 *   not a Monte Carlo output, is of another schema version or does not match the format, belongs
 *   to another study (scenario, seed, number of runs, varied inputs or targets differ), repeats a
 *   replication, numbers one outside 0…runs−1, or when replications are missing (found without a
 *   list as long as the study: `runs` comes from a file)
 *
 * A target a shard marks not assessed (the plan could not assess it) stays not assessed, and
 * the figures it checks stay null.
 */
export function mergeMonteCarlo(
  parts: readonly { file: string; result: unknown }[],
): MonteCarloResult {
  if (parts.length === 0)
    throw new InputError({ file: "(none)", expected: "at least one shard output" });
  const results = parts.map(({ file, result }) => checked(file, result));
  const first = results[0]!;
  const firstStudy = studyOf(first);
  const notAssessed = notAssessedTargets(first.targets);
  const samples = new Map<number, ReplicationMetrics>();
  results.forEach((r, i) => {
    const file = parts[i]!.file;
    if (studyOf(r) !== firstStudy) {
      throw new InputError({
        file,
        expected: `a shard of the same study as ${parts[0]!.file} (scenario ${cutText(first.scenario.name, 60)}, seed ${first.scenario.seed}, ${first.runs} runs, same varied inputs and targets)`,
        got: `scenario ${cutText(r.scenario.name, 60)}, seed ${r.scenario.seed}, ${r.runs} runs`,
      });
    }
    r.samples.forEach((sample, j) => {
      if (sample.replication >= r.runs) {
        throw new InputError({
          fieldKind: "field",
          file,
          field: `samples[${j}].replication`,
          expected: `samples numbered by replication, whole numbers from 0 to ${r.runs - 1}`,
          value: String(sample.replication),
        });
      }
      if (samples.has(sample.replication)) {
        throw new InputError({
          file,
          expected: "each replication in one shard only",
          got: `replication ${sample.replication} twice`,
        });
      }
      samples.set(sample.replication, replicationOf(sample, notAssessed));
    });
  });
  if (samples.size < first.runs) {
    const missing: number[] = [];
    for (let r = 0; missing.length < 5; r++) if (!samples.has(r)) missing.push(r);
    throw new InputError({
      file: parts.map((p) => p.file).join(", "),
      expected: `all ${first.runs} replications`,
      got: `${first.runs - samples.size} missing (first: ${missing.join(", ")}); merge every shard`,
    });
  }
  const pooled = [...samples.values()].sort((a, b) => a.replication - b.replication);
  const summary = summarizeReplications(pooled, notAssessed);
  const wallSeconds = results.reduce((s, r) => s + r.timing.wallSeconds, 0);
  return {
    schemaVersion: MONTE_CARLO_SCHEMA_VERSION,
    kind: "montecarlo",
    scenario: first.scenario,
    runs: first.runs,
    shard: "1/1",
    varied: first.varied,
    metrics: summary.metrics,
    targets: summary.targets.map((t) => {
      const meta = first.targets.find((x) => x.id === t.id);
      if (meta === undefined) {
        throw new InputError({
          fieldKind: "field",
          file: parts[0]!.file,
          field: "targets",
          expected: "an entry (label, limit, unit) for every target the samples name",
          got: `none for ${jsonExcerpt(t.id, 60)}`,
        });
      }
      const { notAssessed: why, ...rest } = t;
      return {
        ...rest,
        label: meta.label,
        limit: meta.limit,
        unit: meta.unit,
        ...(why === undefined ? {} : { notAssessed: why }),
      };
    }),
    samples: pooled,
    timing: {
      wallSeconds,
      workers: results.reduce((s, r) => s + r.timing.workers, 0),
      replicationsPerSecond: pooled.length / wallSeconds,
    },
  };
}

/** The part validated: a Monte Carlo output of this schema version, in the shard format. */
function checked(file: string, value: unknown): MonteCarloShard {
  const r = value as { kind?: unknown; schemaVersion?: unknown } | null;
  if (typeof r !== "object" || r === null || Array.isArray(r) || r.kind !== "montecarlo") {
    throw new InputError({ file, expected: "the --json output of cutover montecarlo" });
  }
  if (r.schemaVersion !== MONTE_CARLO_SCHEMA_VERSION) {
    throw new InputError({
      fieldKind: "field",
      file,
      field: "schemaVersion",
      expected: `schema version ${MONTE_CARLO_SCHEMA_VERSION}`,
      got: jsonExcerpt(r.schemaVersion, 60),
    });
  }
  const result = monteCarloShardSchema.safeParse(value);
  if (!result.success) throw zodIssueToInputError(result.error.issues[0]!, value, file, {});
  return result.data;
}

/** What shards of one study share: scenario, seed, runs, varied inputs and targets. */
function studyOf(r: MonteCarloShard): string {
  return JSON.stringify([
    r.scenario.name,
    r.scenario.seed,
    r.runs,
    r.varied,
    r.targets.map((t) => [t.id, t.label, t.limit, t.unit]),
  ]);
}

/**
 * A sample with the nulls JSON wrote for an unstable queue's percentiles read back as Infinity
 * — but for a figure whose target the study did not assess, where null means "not assessed".
 */
function replicationOf(
  sample: MonteCarloShard["samples"][number],
  notAssessed: Readonly<Record<string, string>>,
): ReplicationMetrics {
  const latency = (value: number | null, metric: string) =>
    value ?? ((METRIC_TARGETS[metric] ?? "") in notAssessed ? null : Number.POSITIVE_INFINITY);
  return {
    ...sample,
    latencyP95AfterMs: latency(sample.latencyP95AfterMs, "latencyP95AfterMs"),
    latencyP95DuringMs: latency(sample.latencyP95DuringMs, "latencyP95DuringMs"),
  };
}
