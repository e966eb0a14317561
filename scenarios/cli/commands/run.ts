import { loadScenario } from "../../load/loadScenario.ts";
import { writeReport } from "../../report/writeReport.ts";
import type { SimulationResult } from "../../result/SimulationResult.ts";
import { runScenario } from "../../run/runScenario.ts";
import { checkOutputDirectory } from "../checkOutputDirectory.ts";
import { limitsOption } from "../limitsOption.ts";
import { parseCommandArgs, seedOption } from "../parseCommandArgs.ts";
import { renderRunSummary } from "../renderRunSummary.ts";
import { RUN_USAGE } from "../usages.ts";

/** Usage line of `cutover run`. */
export { RUN_USAGE };

/**
 * `cutover run [SCENARIO] [--json] [--out DIR] [--seed N] [--max-input-mib M]`: loads the
 * scenario, runs the models, prints a readable summary and the targets table (or, with `--json`,
 * the SimulationResult and nothing else), and with `--out` writes `result.json` and the report
 * `index.html` into DIR — checked to be writable before anything runs. `--max-input-mib M`
 * limits the files read (see `limitsOption`).
 *
 * @returns the exit code: 0 when every target passes, 1 when one fails, 3 when none fails but
 *   one is not assessed
 * @throws UsageError for a bad flag; InputError for a bad input file; OutputError when DIR
 *   cannot be written
 */
export async function runCommand(
  argv: readonly string[],
  out: NodeJS.WritableStream,
): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    argv,
    { json: "boolean", out: "string", seed: "string", "max-input-mib": "string" },
    RUN_USAGE,
    1,
  );
  const seed = seedOption(values.seed);
  const limits = limitsOption(values);
  if (typeof values.out === "string") checkOutputDirectory(values.out);
  const scenario = await loadScenario(positionals[0], { seed, limits });
  const result = runScenario(scenario);
  const json = `${JSON.stringify(result, null, 2)}\n`;
  const written = typeof values.out === "string" ? writeReport(values.out, result) : [];
  if (values.json === true) out.write(json);
  else out.write(renderRunSummary(result, written));
  return exitCode(result);
}

/**
 * The exit code of a run (README, "Exit codes"): 1 when a target fails; else 3 when a target
 * is not assessed (its inputs are missing: never read as a pass); else 0, every target passes.
 */
export function exitCode(result: SimulationResult): number {
  return targetsExitCode(result.targets.map((t) => t.pass));
}

/**
 * The exit code of verdicts (true pass, false fail, null not assessed): 1 when one fails, else
 * 3 when one is not assessed, else 0. Several runs (compare, Monte Carlo) pass all of theirs.
 * @example targetsExitCode([true, null]) // 3
 */
export function targetsExitCode(verdicts: readonly (boolean | null)[]): number {
  if (verdicts.includes(false)) return 1;
  if (verdicts.includes(null)) return NOT_ASSESSED_EXIT_CODE;
  return 0;
}

/** Exit code when no target fails but at least one is not assessed. */
export const NOT_ASSESSED_EXIT_CODE = 3;
