import { performance } from "node:perf_hooks";
import { loadScenario } from "../../load/loadScenario.ts";
import { buildMonteCarloResult } from "../../montecarlo/buildMonteCarloResult.ts";
import type { MonteCarloResult } from "../../montecarlo/MonteCarloResult.ts";
import { renderMonteCarlo } from "../../montecarlo/renderMonteCarlo.ts";
import type { ReplicationMetrics } from "../../montecarlo/replicationMetrics.ts";
import {
  defaultWorkers,
  prestartWorkers,
  runMonteCarlo,
  runMonteCarloWithTargets,
} from "../../montecarlo/runMonteCarlo.ts";
import {
  isBatchStudy,
  SUBMIT_FLAGS,
  submitMonteCarlo,
} from "../../montecarlo/submit/submitMonteCarlo.ts";
import { summarizeReplications } from "../../montecarlo/summarizeReplications.ts";
import type { Target } from "../../result/SimulationResult.ts";
import { runScenarioFigures } from "../../run/runScenario.ts";
import { PHYSICAL_RANGES } from "../../schema/physicalRanges.ts";
import { limitsOption } from "../limitsOption.ts";
import { numberOption } from "../numberOption.ts";
import { parseCommandArgs, seedOption } from "../parseCommandArgs.ts";
import { UsageError } from "../UsageError.ts";
import { MONTECARLO_USAGE } from "../usages.ts";
import { targetsExitCode } from "./run.ts";

/** Usage line of `cutover montecarlo`. */
export { MONTECARLO_USAGE };

/**
 * `cutover montecarlo [SCENARIO] --runs N [--workers K] [--shard i/n] [--json]`: N replications
 * of the scenario, each drawing its uncertain inputs (sourced values with a distribution) from
 * its own streams, on K worker threads (default: all cores); the distributions of the makespan,
 * the longest stun, the saving and site latency (mean, P50, P90, P95 with 95% confidence
 * intervals) and the probability of missing each target (Wilson interval). `--shard i/n` runs
 * replications i−1, i−1+n, … only, for `cutover merge`. `--precision F` runs further batches of N
 * until the makespan's mean is known to ±F (relative half-width of its 95% interval), at most
 * `--max-runs` replications (default 100 N). Identical results for any K and any
 * sharding; wall-clock figures only under `timing` in --json. Progress on stderr, on a terminal.
 * `--max-input-mib M` limits the files read (see `limitsOption`); the worker threads are sent the
 * loaded scenario and read no file. `--submit slurm --shards K` runs the study as a Slurm job
 * array of K shards and merges them (`--resume DIR`, `--dry-run`, `--allow-partial`, and
 * `--submit kubernetes --dry-run` for an Indexed Job: see `submitMonteCarlo`).
 *
 * @returns 0 when no replication missed a target, 1 when one did, 3 when none did but a target
 *   is not assessed
 */
export async function montecarloCommand(
  argv: readonly string[],
  out: NodeJS.WritableStream,
): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    argv,
    {
      runs: "string",
      workers: "string",
      shard: "string",
      seed: "string",
      json: "boolean",
      precision: "string",
      "max-runs": "string",
      "max-input-mib": "string",
      ...SUBMIT_FLAGS,
    },
    MONTECARLO_USAGE,
    1,
  );
  if (isBatchStudy(values)) {
    const merged = await submitMonteCarlo(values, positionals, out);
    return merged === null ? 0 : studyExitCode(merged);
  }
  const runs = numberOption(values, "runs", PHYSICAL_RANGES.replications);
  if (runs === undefined) throw new UsageError(`--runs N is required\nusage: ${MONTECARLO_USAGE}`);
  const workers = numberOption(values, "workers", PHYSICAL_RANGES.workers) ?? defaultWorkers();
  const { index, count } = shardOption(values.shard);
  const seed = seedOption(values.seed);
  const limits = limitsOption(values);
  // the worker threads load the models while this thread loads the scenario
  prestartWorkers(workers, Math.ceil(runs / count));
  const scenario = await loadScenario(positionals[0], { seed, limits });
  const precision = numberOption(values, "precision", PHYSICAL_RANGES.relativePrecision);
  const maxRuns = maxRunsOption(values, runs);
  if (precision !== undefined && count > 1) {
    throw new UsageError(`--precision cannot be combined with --shard\nusage: ${MONTECARLO_USAGE}`);
  }
  const started = performance.now();
  let samples: ReplicationMetrics[] = [];
  let total = runs;
  let targets: Target[] | undefined;
  // Batches of `runs` replications, numbered on from the last: deterministic for any K, and
  // stopping as soon as the makespan's mean is known to within ±precision (relative).
  for (let from = 0; ; from = total, total = Math.min(maxRuns, total + runs)) {
    const batch = Array.from({ length: total - from }, (_, i) => from + i).filter(
      (r) => r % count === index - 1,
    );
    const progress = progressBar(batch.length);
    if (targets === undefined) {
      // the study's targets come with the first batch, from a warm thread
      const first = await runMonteCarloWithTargets(scenario, batch, workers, progress);
      targets = first.targets;
      samples = [...samples, ...first.samples];
    } else samples = [...samples, ...(await runMonteCarlo(scenario, batch, workers, progress))];
    progress(batch.length, true);
    if (precision === undefined || total >= maxRuns) break;
    const makespan = summarizeReplications(samples).metrics.makespanSeconds;
    // not assessed (no VM migrated): no mean to make precise
    if (makespan === null) break;
    if (makespan.meanHalfWidth <= precision * Math.abs(makespan.mean)) break;
  }
  const wallSeconds = (performance.now() - started) / 1000;
  const result = buildMonteCarloResult(
    scenario,
    targets ?? runScenarioFigures(scenario).targets,
    samples,
    { runs: total, shard: `${index}/${count}` },
    { wallSeconds, workers, replicationsPerSecond: samples.length / wallSeconds },
  );
  out.write(
    values.json === true ? `${JSON.stringify(result, null, 2)}\n` : renderMonteCarlo(result),
  );
  return studyExitCode(result);
}

/**
 * The exit code of a Monte Carlo study (as `targetsExitCode`): 1 when a replication missed a
 * target, else 3 when a target is not assessed, else 0.
 */
export function studyExitCode(result: Pick<MonteCarloResult, "targets">): number {
  return targetsExitCode(
    result.targets.map((t) => (t.probability === null ? null : t.misses === 0)),
  );
}

/** `--max-runs M` (default 100 × N): in the range of replications and at least `--runs`. */
function maxRunsOption(values: Record<string, string | boolean | undefined>, runs: number): number {
  const maxRuns = numberOption(values, "max-runs", PHYSICAL_RANGES.replications);
  if (maxRuns === undefined) return Math.min(runs * 100, PHYSICAL_RANGES.replications.max);
  if (maxRuns < runs) {
    throw new UsageError(
      `--max-runs: expected a whole number ≥ --runs (${runs}), got ${JSON.stringify(values["max-runs"])}`,
    );
  }
  return maxRuns;
}

function shardOption(value: string | boolean | undefined): { index: number; count: number } {
  if (value === undefined) return { index: 1, count: 1 };
  const match = typeof value === "string" ? /^(\d+)\/(\d+)$/.exec(value) : null;
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (match === null || !(count >= 1) || !(index >= 1 && index <= count)) {
    throw new UsageError(
      `--shard: expected i/n with 1 ≤ i ≤ n, e.g. 2/4, got ${JSON.stringify(value)}`,
    );
  }
  return { index, count };
}

/** A one-line progress bar on stderr when it is a terminal; silent otherwise. */
function progressBar(total: number): (done: number, finished?: boolean) => void {
  if (!process.stderr.isTTY) return () => {};
  return (done, finished = false) => {
    const width = 30;
    const filled = Math.round((width * done) / Math.max(1, total));
    process.stderr.write(
      `\r[${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total}${finished ? "\n" : ""}`,
    );
  };
}
