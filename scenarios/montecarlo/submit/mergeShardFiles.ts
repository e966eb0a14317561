import type { InputLimits } from "../../inventory/InputLimits.ts";
import { readInputFile } from "../../inventory/readInputFile.ts";
import { parseJsonText } from "../../load/parseJsonText.ts";
import type { MonteCarloResult } from "../MonteCarloResult.ts";
import { mergeMonteCarlo } from "../mergeMonteCarlo.ts";

/** A merged study; `missing`: the replications no shard gave (only with allowPartial). */
export type MergedStudy = MonteCarloResult & { missing?: number[] };

/**
 * Reads shard files and merges them with `mergeMonteCarlo` (the code of `cutover merge`: the
 * same checks, the same result). With `allowPartial`, a set that lacks replications merges too:
 * the replications present are numbered 0…m−1 in their order for the merge (which checks that
 * a study of m is complete), then given their numbers back — the summary does not depend on the
 * numbers, only on the figures — and `runs` stays the study's; `missing` lists the others.
 */
export function mergeShardFiles(
  files: readonly string[],
  limits: InputLimits,
  allowPartial: boolean,
): MergedStudy {
  const parts = files.map((file) => ({ file, result: readShard(file, limits) }));
  if (!allowPartial) return mergeMonteCarlo(parts);
  const numbers = parts
    .flatMap(({ result }) => samplesOf(result).map((s) => s.replication))
    .sort((a, b) => a - b);
  const runs = (parts[0]?.result as { runs?: unknown } | undefined)?.runs;
  if (typeof runs !== "number" || numbers.length === runs) return mergeMonteCarlo(parts);
  const renumber = new Map(numbers.map((n, i) => [n, i]));
  const renumbered = parts.map(({ file, result }) => ({
    file,
    result: {
      ...(result as object),
      runs: numbers.length,
      samples: samplesOf(result).map((s) => ({ ...s, replication: renumber.get(s.replication) })),
    },
  }));
  const merged = mergeMonteCarlo(renumbered);
  const present = new Set(numbers);
  const missing: number[] = [];
  for (let r = 0; r < runs; r++) if (!present.has(r)) missing.push(r);
  return {
    ...merged,
    runs,
    samples: merged.samples.map((s) => ({ ...s, replication: numbers[s.replication]! })),
    missing,
  };
}

function readShard(file: string, limits: InputLimits): unknown {
  const expected = "the --json output of cutover montecarlo --shard i/n";
  return parseJsonText(readInputFile(file, limits, expected).toString("utf8"), file, expected);
}

/** The samples of a shard read back (checked by the merge; here only numbered). */
function samplesOf(result: unknown): { replication: number }[] {
  const samples = (result as { samples?: unknown } | null)?.samples;
  return Array.isArray(samples)
    ? samples.filter(
        (s): s is { replication: number } =>
          typeof s === "object" && s !== null && typeof s.replication === "number",
      )
    : [];
}
