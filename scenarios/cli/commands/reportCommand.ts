import { join } from "node:path";
import { loadScenario } from "../../load/loadScenario.ts";
import { writeReport } from "../../report/writeReport.ts";
import { runScenario } from "../../run/runScenario.ts";
import { parseCommandArgs, seedOption } from "../parseCommandArgs.ts";
import { exitCode } from "./run.ts";

/** Usage line of `cutover report`. */
export const REPORT_USAGE = "cutover report [SCENARIO] [--out DIR] [--seed N]";

/**
 * `cutover report [SCENARIO] [--out DIR]`: runs the scenario and writes a self-contained report
 * (`index.html`, opens from disk with no server) and `result.json` into DIR (default `report`),
 * then prints the report's path.
 *
 * @returns the exit code: 0 when every target passes, 1 when one fails
 */
export async function reportCommand(
  argv: readonly string[],
  out: NodeJS.WritableStream,
): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    argv,
    { out: "string", seed: "string" },
    REPORT_USAGE,
    1,
  );
  const seed = seedOption(values.seed);
  const directory = typeof values.out === "string" ? values.out : "report";
  const result = runScenario(
    await loadScenario(positionals[0], seed === undefined ? {} : { seed }),
  );
  writeReport(directory, result);
  out.write(`${join(directory, "index.html")}\n`);
  return exitCode(result);
}
