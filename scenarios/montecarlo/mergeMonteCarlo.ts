import { InputError } from "../inventory/InputError.ts";
import { MONTE_CARLO_SCHEMA_VERSION, type MonteCarloResult } from "./MonteCarloResult.ts";
import { summarizeReplications } from "./summarizeReplications.ts";

/**
 * Combines the outputs of `cutover montecarlo --shard i/n` into the output of the whole study,
 * exactly: the replications are pooled and the summary recomputed from them, so the result
 * equals a single run of all replications (but for `timing`, which sums the shards' wall time).
 *
 * @param parts the shard outputs with the file each came from (for messages)
 * @throws InputError naming the file when a part is not a Monte Carlo output, belongs to another
 *   study (scenario, seed, number of runs or varied inputs differ), repeats a replication, or
 *   when replications are missing
 */
export function mergeMonteCarlo(
  parts: readonly { file: string; result: unknown }[],
): MonteCarloResult {
  if (parts.length === 0)
    throw new InputError({ file: "(none)", expected: "at least one shard output" });
  const results = parts.map(({ file, result }) => checked(file, result));
  const first = results[0]!;
  const samples = new Map<number, MonteCarloResult["samples"][number]>();
  results.forEach((r, i) => {
    const file = parts[i]!.file;
    const same =
      r.scenario.name === first.scenario.name &&
      r.scenario.seed === first.scenario.seed &&
      r.runs === first.runs &&
      JSON.stringify(r.varied) === JSON.stringify(first.varied);
    if (!same) {
      throw new InputError({
        file,
        expected: `a shard of the same study as ${parts[0]!.file} (scenario ${first.scenario.name}, seed ${first.scenario.seed}, ${first.runs} runs, same varied inputs)`,
        got: `scenario ${r.scenario.name}, seed ${r.scenario.seed}, ${r.runs} runs`,
      });
    }
    for (const sample of r.samples) {
      if (samples.has(sample.replication)) {
        throw new InputError({
          file,
          expected: "each replication in one shard only",
          got: `replication ${sample.replication} twice`,
        });
      }
      samples.set(sample.replication, sample);
    }
  });
  const missing = Array.from({ length: first.runs }, (_, r) => r).filter((r) => !samples.has(r));
  if (missing.length > 0) {
    throw new InputError({
      file: parts.map((p) => p.file).join(", "),
      expected: `all ${first.runs} replications`,
      got: `${missing.length} missing (first: ${missing.slice(0, 5).join(", ")}); merge every shard`,
    });
  }
  const pooled = [...samples.values()].sort((a, b) => a.replication - b.replication);
  const summary = summarizeReplications(pooled);
  const wallSeconds = results.reduce((s, r) => s + r.timing.wallSeconds, 0);
  return {
    ...first,
    shard: "1/1",
    metrics: summary.metrics,
    targets: summary.targets.map((t) => {
      const meta = first.targets.find((x) => x.id === t.id);
      return {
        ...t,
        label: meta?.label ?? t.id,
        limit: meta?.limit ?? Number.NaN,
        unit: meta?.unit ?? "",
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

function checked(file: string, value: unknown): MonteCarloResult {
  const r = value as Partial<MonteCarloResult> | null;
  if (typeof r !== "object" || r === null || r.kind !== "montecarlo" || !Array.isArray(r.samples)) {
    throw new InputError({ file, expected: "the --json output of cutover montecarlo" });
  }
  if (r.schemaVersion !== MONTE_CARLO_SCHEMA_VERSION) {
    throw new InputError({
      file,
      expected: `schema version ${MONTE_CARLO_SCHEMA_VERSION}`,
      got: String(r.schemaVersion),
    });
  }
  return r as MonteCarloResult;
}
