import type { SimulationResult } from "../../scenarios/result/SimulationResult.ts";

/**
 * The built-in scenario a result was run from, or null: its file is `<name>.json`, alone or in a
 * `builtin` folder (as `cutover run reference` and `npm run dev` record it). A report of a
 * built-in scenario can offer what-if controls without the user opening the file.
 *
 * @example
 * builtinNameOf({ scenario: { name: "reference", file: "scenarios/builtin/reference.json" } }) // "reference"
 */
export function builtinNameOf(result: Pick<SimulationResult, "scenario">): string | null {
  const { name, file } = result.scenario;
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) return null;
  const inFolder = file.endsWith(`builtin/${name}.json`) || file.endsWith(`builtin\\${name}.json`);
  return inFolder || file === `${name}.json` ? name : null;
}
