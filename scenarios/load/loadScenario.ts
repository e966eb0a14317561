import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, extname, join, relative, resolve } from "node:path";
import { InputError } from "../inventory/InputError.ts";
import { DEFAULT_INPUT_LIMITS, type InputLimits } from "../inventory/InputLimits.ts";
import { importInventory } from "../inventory/importInventory.ts";
import { readInputFile } from "../inventory/readInputFile.ts";
import { statInputFile } from "../inventory/statInputFile.ts";
import type { InventorySource, Scenario } from "../Scenario.ts";
import { builtinDirectory, builtinNames, DEFAULT_SCENARIO } from "./builtinScenarios.ts";
import { importedScenarioFile } from "./importedScenarioFile.ts";
import { inlineScenario } from "./inlineScenario.ts";
import { parseScenario, type ScenarioReader } from "./parseScenario.ts";
import { resolveScenario } from "./resolveScenario.ts";

/** Options of {@link loadScenario}. */
export interface LoadOptions {
  /** Overrides the scenario's seed. */
  seed?: number | undefined;
  /** Limits on the files read (`--max-input-mib`); default {@link DEFAULT_INPUT_LIMITS}. */
  limits?: InputLimits | undefined;
}

const EXPECTED_SCENARIO = "a scenario file (.json)";

/**
 * Loads what the user named as SCENARIO: a scenario file (.json), a folder holding
 * `scenario.json`, a built-in name (`reference`, …), or a bare inventory (an RVTools .xlsx, a
 * folder of RVTools CSVs, or a CSV template), which then runs against the reference scenario's
 * platforms and settings, its target auto-sized for the estate (importedScenarioFile). Nothing
 * given: the reference scenario.
 *
 * Every file read — the scenario, each file it `extends`, its inventory — must be a regular
 * file within `options.limits` (see `readInputFile`): a device, a FIFO or a socket is refused
 * before it is opened, a file too large before it is read.
 *
 * @throws InputError naming the file, row or field and what was expected
 */
export async function loadScenario(
  arg: string | undefined,
  options: LoadOptions = {},
): Promise<Scenario> {
  const limits = options.limits ?? DEFAULT_INPUT_LIMITS;
  const target = locate(arg ?? DEFAULT_SCENARIO, limits);
  const scenario =
    target.kind === "scenario"
      ? await fromScenarioFile(target.path, arg ?? DEFAULT_SCENARIO, limits)
      : await fromBareInventory(target.path, limits);
  return options.seed === undefined ? scenario : { ...scenario, seed: options.seed };
}

type Located = { kind: "scenario" | "inventory"; path: string };

/** What SCENARIO may be, for messages. */
function expectedArgument(): string {
  return `a scenario file (.json), a folder, an RVTools export (.xlsx or a folder of RVTools_tab*.csv), a CSV template, or a built-in scenario (${builtinNames().join(", ")})`;
}

function locate(arg: string, limits: InputLimits): Located {
  const builtin = join(builtinDirectory(), `${arg}.json`);
  if (!/[\\/]/.test(arg) && extname(arg) === "" && !existsSync(arg) && existsSync(builtin)) {
    return { kind: "scenario", path: builtin };
  }
  if (!existsSync(arg)) {
    throw new InputError({
      fieldKind: "field",
      file: arg,
      expected: expectedArgument(),
      got: "no such file or built-in name",
    });
  }
  if (statSync(arg).isDirectory()) {
    const file = join(arg, "scenario.json");
    if (existsSync(file)) return { kind: "scenario", path: file };
    if (readdirSync(arg).some((f) => /\.csv$/i.test(f))) return { kind: "inventory", path: arg };
    throw new InputError({
      fieldKind: "field",
      file: arg,
      expected: "a folder with scenario.json or RVTools CSV files",
      got: "neither",
    });
  }
  // A device, FIFO or socket is refused here, before anything opens it.
  statInputFile(arg, limits, expectedArgument());
  return { kind: /\.json$/i.test(arg) ? "scenario" : "inventory", path: arg };
}

/** Reads the files that scenarios `extend`, within `limits`. */
function readerWithin(limits: InputLimits): ScenarioReader {
  return (ref, from) => {
    const builtin = join(builtinDirectory(), `${ref}.json`);
    const path =
      !/[\\/]/.test(ref) && extname(ref) === "" && existsSync(builtin)
        ? builtin
        : resolve(dirname(from), ref);
    return { text: readText(path, from, limitsFor(path, limits)), file: displayPath(path) };
  };
}

function readText(path: string, from: string, limits: InputLimits): string {
  if (!existsSync(path)) {
    throw new InputError({
      fieldKind: "field",
      file: from,
      field: "extends",
      expected: "a readable scenario file",
      value: path,
    });
  }
  return readInputFile(displayPath(path), limits, EXPECTED_SCENARIO).toString("utf8");
}

/** The built-in scenarios are ours: read within the defaults, whatever --max-input-mib says. */
function limitsFor(path: string, limits: InputLimits): InputLimits {
  return dirname(resolve(path)) === resolve(builtinDirectory()) ? DEFAULT_INPUT_LIMITS : limits;
}

function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith("..") ? path : rel;
}

async function fromScenarioFile(
  path: string,
  shownAs: string,
  limits: InputLimits,
): Promise<Scenario> {
  const file = displayPath(path) || shownAs;
  const text = readInputFile(file, limitsFor(path, limits), EXPECTED_SCENARIO).toString("utf8");
  const { parsed } = parseScenario(text, file, readerWithin(limits));
  if (typeof parsed.inventory === "string") {
    const inventoryPath = resolve(dirname(path), parsed.inventory);
    const imported = await importInventory(inventoryPath, limits);
    const source: InventorySource = {
      kind: imported.source.kind,
      path: displayPath(inventoryPath),
      synthetic: null,
      export: imported.source.export,
    };
    return {
      ...resolveScenario(parsed, imported.inventory, source, file, displayPath(inventoryPath)),
      inventoryWarnings: imported.warnings,
      inventoryLeftOut: leftOutOf(imported.summary),
    };
  }
  return inlineScenario(parsed, file);
}

async function fromBareInventory(path: string, limits: InputLimits): Promise<Scenario> {
  const imported = await importInventory(path, limits);
  const referencePath = join(builtinDirectory(), `${DEFAULT_SCENARIO}.json`);
  const { parsed } = parseScenario(
    readInputFile(referencePath, DEFAULT_INPUT_LIMITS, EXPECTED_SCENARIO).toString("utf8"),
    displayPath(referencePath),
    readerWithin(limits),
  );
  const source: InventorySource = {
    kind: imported.source.kind,
    path: displayPath(path),
    synthetic: null,
    export: imported.source.export,
  };
  const scenario = resolveScenario(
    importedScenarioFile(parsed, displayPath(path)),
    imported.inventory,
    source,
    displayPath(path),
    displayPath(path),
  );
  return {
    ...scenario,
    inventoryWarnings: imported.warnings,
    inventoryLeftOut: leftOutOf(imported.summary),
  };
}

/** The templates and SRM placeholders an import skipped, from its summary. */
function leftOutOf(summary: { templateCount: number; placeholderCount: number }) {
  return { templateCount: summary.templateCount, placeholderCount: summary.placeholderCount };
}
