import { join } from "node:path";
import { compareResults } from "../../compare/compareResults.ts";
import { renderComparison } from "../../compare/renderComparison.ts";
import { loadScenario } from "../../load/loadScenario.ts";
import { writeReport } from "../../report/writeReport.ts";
import { runScenario } from "../../run/runScenario.ts";
import { checkOutputDirectory } from "../checkOutputDirectory.ts";
import { limitsOption } from "../limitsOption.ts";
import { parseCommandArgs, seedOption } from "../parseCommandArgs.ts";
import { UsageError } from "../UsageError.ts";
import { COMPARE_USAGE } from "../usages.ts";
import { targetsExitCode } from "./run.ts";

/** Usage line of `cutover compare`. */
export { COMPARE_USAGE };

/**
 * `cutover compare SCENARIO SCENARIO... [--json] [--seed N] [--out DIR] [--max-input-mib M]`: loads and runs each
 * scenario (at least two) and prints the targets and key figures side by side (see
 * compareResults), or with `--json` the comparison `{ scenarios, rows }` and nothing else.
 * `--seed` sets every scenario's seed. `--out DIR` also writes the report of the first
 * scenario into DIR with the comparison embedded (its page adds a "Comparison" section) and,
 * without `--json`, prints the report's path last; DIR is checked to be writable before anything
 * runs. `--max-input-mib M` limits the files read (see `limitsOption`).
 *
 * Scenarios run with the same seed use common random numbers automatically: the runner is
 * deterministic and draws each model's randomness from named streams of that seed, so the
 * differences shown come from the scenarios, not from sampling noise.
 *
 * @returns the exit code: 0 when every target of every scenario passes, 1 when one fails, 3
 *   when none fails but one is not assessed
 * @throws UsageError with fewer than two scenarios or a bad flag; InputError (from the loader)
 *   for a bad scenario or inventory file; OutputError when DIR cannot be written
 * @example await compareCommand(["reference", "reference-1gbe", "--json"], process.stdout) // 0
 */
export async function compareCommand(
  argv: readonly string[],
  out: NodeJS.WritableStream,
): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    argv,
    { json: "boolean", seed: "string", out: "string", "max-input-mib": "string" },
    COMPARE_USAGE,
    Number.POSITIVE_INFINITY,
  );
  if (positionals.length < 2) {
    throw new UsageError(
      `compare needs at least two scenarios, got ${positionals.length}\nusage: ${COMPARE_USAGE}`,
    );
  }
  const seed = seedOption(values.seed);
  const limits = limitsOption(values);
  if (typeof values.out === "string") checkOutputDirectory(values.out);
  const results = [];
  for (const name of positionals) {
    results.push(runScenario(await loadScenario(name, { seed, limits })));
  }
  const comparison = compareResults(results);
  if (values.json === true) out.write(`${JSON.stringify(comparison, null, 2)}\n`);
  else out.write(renderComparison(comparison));
  if (typeof values.out === "string") {
    writeReport(values.out, results[0]!, { comparison });
    if (values.json !== true) out.write(`report: ${join(values.out, "index.html")}\n`);
  }
  return targetsExitCode(results.flatMap((r) => r.targets.map((t) => t.pass)));
}
