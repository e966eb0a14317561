import { InputError } from "../../scenarios/inventory/InputError.ts";
import {
  type InputFile,
  importInventoryFiles,
} from "../../scenarios/inventory/importInventoryFiles.ts";
import { importedScenarioFile } from "../../scenarios/load/importedScenarioFile.ts";
import { inlineScenario } from "../../scenarios/load/inlineScenario.ts";
import { parseScenario } from "../../scenarios/load/parseScenario.ts";
import { resolveScenario } from "../../scenarios/load/resolveScenario.ts";
import type { Scenario } from "../../scenarios/Scenario.ts";
import { builtinReader } from "./builtinReader.ts";

/** The built-in scenario a bare inventory runs against, as on the command line. */
const DEFAULT_SCENARIO = "reference";

/**
 * Loads what a user opened in the page, with the loader the command line uses
 * (`parseScenario`, `inlineScenario`, `importInventoryFiles`, `resolveScenario`):
 * - one scenario file (.json) with an inline inventory, or `extends` of a built-in scenario;
 *   a scenario whose `inventory` names a file reads it from the other files opened with it;
 * - otherwise an inventory (an RVTools .xlsx, the RVTools CSV files of a folder, or a CSV
 *   template), run against the reference scenario's platforms and settings.
 *
 * @param files - the files opened, names as the browser gives them.
 * @param builtins - the built-in scenarios' JSON texts by name.
 * @throws InputError naming the file, row or field and what was expected
 * @example
 * scenarioFromFiles([{ name: "mine.json", bytes }], { reference: text }).link.bandwidthBytesPerSecond
 */
export function scenarioFromFiles(
  files: readonly InputFile[],
  builtins: Readonly<Record<string, string>>,
): Scenario {
  if (files.length === 0) {
    throw new InputError({
      file: "(no file)",
      expected: "a scenario file (.json), an RVTools export or a CSV template",
      got: "nothing",
    });
  }
  const read = builtinReader(builtins);
  const scenarios = files.filter((f) => /\.json$/i.test(f.name));
  if (scenarios.length > 1) {
    throw new InputError({
      file: scenarios[1]!.name,
      expected: "one scenario file",
      got: `a second one besides ${scenarios[0]!.name}`,
    });
  }
  const scenarioFile = scenarios[0];
  if (scenarioFile !== undefined) {
    const { parsed } = parseScenario(decode(scenarioFile), scenarioFile.name, read);
    if (typeof parsed.inventory !== "string") return inlineScenario(parsed, scenarioFile.name);
    const named = baseName(parsed.inventory);
    const others = files.filter((f) => f !== scenarioFile);
    const inventoryFiles = /\.(xlsx|xlsm|xls|csv)$/i.test(named)
      ? others.filter((f) => baseName(f.name) === named)
      : others;
    if (inventoryFiles.length === 0) return inlineScenario(parsed, scenarioFile.name);
    const imported = importInventoryFiles(inventoryFiles, parsed.inventory);
    const resolved = resolveScenario(
      parsed,
      imported.inventory,
      {
        kind: imported.source.kind,
        path: parsed.inventory,
        synthetic: null,
        export: imported.source.export,
      },
      scenarioFile.name,
      parsed.inventory,
    );
    return { ...resolved, inventoryWarnings: imported.warnings };
  }
  const path = files.length === 1 ? files[0]!.name : folderName(files);
  const imported = importInventoryFiles(files, path);
  const reference = `${DEFAULT_SCENARIO}.json`;
  const { parsed } = parseScenario(read(DEFAULT_SCENARIO, reference).text, reference, read);
  const resolved = resolveScenario(
    importedScenarioFile(parsed, path),
    imported.inventory,
    { kind: imported.source.kind, path, synthetic: null, export: imported.source.export },
    path,
    path,
  );
  return { ...resolved, inventoryWarnings: imported.warnings };
}

function decode(file: InputFile): string {
  return new TextDecoder("utf-8").decode(file.bytes);
}

function baseName(name: string): string {
  return name.split(/[\\/]/).pop() ?? name;
}

/** The folder several files came from (a browser gives `webkitRelativePath`-style names), or a list. */
function folderName(files: readonly InputFile[]): string {
  const first = files[0]!.name.split(/[\\/]/);
  if (first.length > 1 && files.every((f) => f.name.startsWith(`${first[0]}/`))) return first[0]!;
  return files.map((f) => baseName(f.name)).join(", ");
}
