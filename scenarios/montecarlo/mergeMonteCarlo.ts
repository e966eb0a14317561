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
 *   when replications are missing; also when `runs` is not a whole number ≥ 1 or a sample's
 *   replication is not a whole number below it (shard files come from users: a huge `runs` must
 *   not make the merge build a list that long)
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
      const replication = (sample as { replication?: unknown } | null)?.replication;
      if (
        !Number.isInteger(replication) ||
        (replication as number) < 0 ||
        (replication as number) >= r.runs
      ) {
        throw new InputError({
          file,
          expected: `samples numbered by replication, whole numbers from 0 to ${r.runs - 1}`,
          value: String(JSON.stringify(replication ?? null)),
        });
      }
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
  if (samples.size < first.runs) {
    // the first few missing, found without a list as long as the study (runs comes from a file)
    const missing: number[] = [];
    for (let r = 0; missing.length < 5; r++) if (!samples.has(r)) missing.push(r);
    throw new InputError({
      file: parts.map((p) => p.file).join(", "),
      expected: `all ${first.runs} replications`,
      got: `${first.runs - samples.size} missing (first: ${missing.join(", ")}); merge every shard`,
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
  if (!Number.isSafeInteger(r.runs) || (r.runs as number) < 1) {
    throw new InputError({
      file,
      expected: "runs: a whole number ≥ 1",
      value: String(JSON.stringify(r.runs ?? null)),
    });
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
