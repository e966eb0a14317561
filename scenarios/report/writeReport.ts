import { writeOutput } from "../cli/writeOutput.ts";
import type { SimulationResult } from "../result/SimulationResult.ts";
import { reportHtml } from "./reportHtml.ts";
import { reportTemplate } from "./reportTemplate.ts";

/**
 * Writes `result.json` and the self-contained report `index.html` into `directory`, all or
 * nothing.
 * @returns the paths written, the result first
 */
export function writeReport(directory: string, result: SimulationResult): string[] {
  return writeOutput(directory, {
    "result.json": `${JSON.stringify(result, null, 2)}\n`,
    "index.html": reportHtml(result, reportTemplate()),
  });
}
