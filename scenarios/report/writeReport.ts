import { writeOutput } from "../cli/writeOutput.ts";
import type { SimulationResult } from "../result/SimulationResult.ts";
import { type ReportExtras, reportHtml } from "./reportHtml.ts";
import { reportTemplate } from "./reportTemplate.ts";

/**
 * Writes `result.json` and the self-contained report `index.html` into `directory`, all or
 * nothing. `extras` (a Monte Carlo study, a comparison) are embedded in the page only.
 * @returns the paths written, the result first
 * @throws Error when the report front end is not built (see reportTemplate); OutputError when
 *   `directory` cannot be written (see writeOutput: the previous pair is then kept)
 * @example writeReport("report", result, { comparison }) // ["report/result.json", "report/index.html"]
 */
export function writeReport(
  directory: string,
  result: SimulationResult,
  extras: ReportExtras = {},
): string[] {
  return writeOutput(directory, {
    "result.json": `${JSON.stringify(result, null, 2)}\n`,
    "index.html": reportHtml(result, reportTemplate(), extras),
  });
}
