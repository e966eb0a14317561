import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { loadScenario } from "../../load/loadScenario.ts";
import { buildMonteCarloResult } from "../../montecarlo/buildMonteCarloResult.ts";
import type { MonteCarloResult } from "../../montecarlo/MonteCarloResult.ts";
import { defaultWorkers, runMonteCarlo } from "../../montecarlo/runMonteCarlo.ts";
import type { ReportExtras } from "../../report/reportHtml.ts";
import { writeReport } from "../../report/writeReport.ts";
import type { SimulationResult } from "../../result/SimulationResult.ts";
import { runScenario } from "../../run/runScenario.ts";
import type { Scenario } from "../../Scenario.ts";
import { PHYSICAL_RANGES } from "../../schema/physicalRanges.ts";
import { checkOutputDirectory } from "../checkOutputDirectory.ts";
import { limitsOption } from "../limitsOption.ts";
import { numberOption } from "../numberOption.ts";
import { parseCommandArgs, seedOption } from "../parseCommandArgs.ts";
import { UsageError } from "../UsageError.ts";
import { REPORT_USAGE } from "../usages.ts";
import { exitCode } from "./run.ts";

/** Usage line of `cutover report`. */
export { REPORT_USAGE };

/**
 * `cutover report [SCENARIO] [--out DIR] [--montecarlo N [--workers K]]`: runs the scenario and
 * writes a self-contained report (`index.html`, opens from disk with no server) and
 * `result.json` into DIR (default `report`), then prints the report's path. With
 * `--montecarlo N` it also runs N replications (as `cutover montecarlo --runs N`, on K worker
 * threads, default all cores) and embeds them: the page then shows an "Uncertainty" section.
 * DIR is checked to be writable before anything runs. `--max-input-mib M` limits the files read
 * (see `limitsOption`).
 *
 * @returns the exit code: 0 when every target passes, 1 when one fails, 3 when none fails but
 *   one is not assessed
 * @throws UsageError for a bad flag (--montecarlo or --workers not a whole number in its range
 *   from PHYSICAL_RANGES, --workers without --montecarlo); InputError (from the loader) for a bad scenario;
 *   OutputError when DIR cannot be written
 * @example await reportCommand(["reference", "--out", "report", "--montecarlo", "200"], process.stdout) // 0
 */
export async function reportCommand(
  argv: readonly string[],
  out: NodeJS.WritableStream,
): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    argv,
    {
      out: "string",
      seed: "string",
      montecarlo: "string",
      workers: "string",
      "max-input-mib": "string",
    },
    REPORT_USAGE,
    1,
  );
  const seed = seedOption(values.seed);
  const runs = numberOption(values, "montecarlo", PHYSICAL_RANGES.replications);
  const workers = numberOption(values, "workers", PHYSICAL_RANGES.workers);
  if (workers !== undefined && runs === undefined) {
    throw new UsageError(`--workers needs --montecarlo N\nusage: ${REPORT_USAGE}`);
  }
  const limits = limitsOption(values);
  const directory = checkOutputDirectory(typeof values.out === "string" ? values.out : "report");
  const scenario = await loadScenario(positionals[0], { seed, limits });
  const result = runScenario(scenario);
  const extras: ReportExtras = {};
  if (runs !== undefined) {
    extras.monteCarlo = await monteCarlo(scenario, result, runs, workers ?? defaultWorkers());
  }
  writeReport(directory, result, extras);
  out.write(`${join(directory, "index.html")}\n`);
  return exitCode(result);
}

/** N replications of the scenario, summarised as `cutover montecarlo --json` would. */
async function monteCarlo(
  scenario: Scenario,
  result: SimulationResult,
  runs: number,
  workers: number,
): Promise<MonteCarloResult> {
  const started = performance.now();
  const replications = Array.from({ length: runs }, (_, i) => i);
  const samples = await runMonteCarlo(scenario, replications, workers);
  const wallSeconds = (performance.now() - started) / 1000;
  return buildMonteCarloResult(
    scenario,
    result.targets,
    samples,
    { runs, shard: "1/1" },
    { wallSeconds, workers, replicationsPerSecond: samples.length / wallSeconds },
  );
}
