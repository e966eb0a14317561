import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, extname, join, relative, resolve } from "node:path";
import { InputError } from "../inventory/InputError.ts";
import { importInventory } from "../inventory/importInventory.ts";
import type { InventorySource, Scenario } from "../Scenario.ts";
import { builtinDirectory, builtinNames, DEFAULT_SCENARIO } from "./builtinScenarios.ts";
import { inlineScenario } from "./inlineScenario.ts";
import { parseScenario, type ScenarioReader } from "./parseScenario.ts";
import { resolveScenario } from "./resolveScenario.ts";

/** Options of {@link loadScenario}. */
export interface LoadOptions {
  /** Overrides the scenario's seed. */
  seed?: number;
}

/**
 * Loads what the user named as SCENARIO: a scenario file (.json), a folder holding
 * `scenario.json`, a built-in name (`reference`, …), or a bare inventory (an RVTools .xlsx, a
 * folder of RVTools CSVs, or a CSV template), which then runs against the reference scenario's
 * platforms and settings. Nothing given: the reference scenario.
 *
 * @throws InputError naming the file, row or field and what was expected
 */
export async function loadScenario(
  arg: string | undefined,
  options: LoadOptions = {},
): Promise<Scenario> {
  const target = locate(arg ?? DEFAULT_SCENARIO);
  const scenario =
    target.kind === "scenario"
      ? await fromScenarioFile(target.path, arg ?? DEFAULT_SCENARIO)
      : await fromBareInventory(target.path);
  return options.seed === undefined ? scenario : { ...scenario, seed: options.seed };
}

type Located = { kind: "scenario" | "inventory"; path: string };

function locate(arg: string): Located {
  const builtin = join(builtinDirectory(), `${arg}.json`);
  if (!/[\\/]/.test(arg) && extname(arg) === "" && !existsSync(arg) && existsSync(builtin)) {
    return { kind: "scenario", path: builtin };
  }
  if (!existsSync(arg)) {
    throw new InputError({
      fieldKind: "field",
      file: arg,
      expected: `a scenario file (.json), a folder, an RVTools export (.xlsx or a folder of RVTools_tab*.csv), a CSV template, or a built-in scenario (${builtinNames().join(", ")})`,
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
  return { kind: /\.json$/i.test(arg) ? "scenario" : "inventory", path: arg };
}

const reader: ScenarioReader = (ref, from) => {
  const builtin = join(builtinDirectory(), `${ref}.json`);
  const path =
    !/[\\/]/.test(ref) && extname(ref) === "" && existsSync(builtin)
      ? builtin
      : resolve(dirname(from), ref);
  return { text: readText(path, from), file: displayPath(path) };
};

function readText(path: string, from: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    throw new InputError({
      fieldKind: "field",
      file: from,
      field: "extends",
      expected: "a readable scenario file",
      value: path,
    });
  }
}

function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith("..") ? path : rel;
}

async function fromScenarioFile(path: string, shownAs: string): Promise<Scenario> {
  const file = displayPath(path) || shownAs;
  const { parsed } = parseScenario(readFileSync(path, "utf8"), file, reader);
  if (typeof parsed.inventory === "string") {
    const inventoryPath = resolve(dirname(path), parsed.inventory);
    const imported = await importInventory(inventoryPath);
    const source: InventorySource = {
      kind: imported.source.kind,
      path: displayPath(inventoryPath),
      synthetic: null,
    };
    return resolveScenario(parsed, imported.inventory, source, file, displayPath(inventoryPath));
  }
  return inlineScenario(parsed, file);
}

async function fromBareInventory(path: string): Promise<Scenario> {
  const imported = await importInventory(path);
  const referencePath = join(builtinDirectory(), `${DEFAULT_SCENARIO}.json`);
  const { parsed } = parseScenario(
    readFileSync(referencePath, "utf8"),
    displayPath(referencePath),
    reader,
  );
  const source: InventorySource = {
    kind: imported.source.kind,
    path: displayPath(path),
    synthetic: null,
  };
  const scenario = resolveScenario(
    {
      ...parsed,
      name: "imported",
      title: `Imported inventory ${displayPath(path)} on the reference platforms`,
    },
    imported.inventory,
    source,
    displayPath(path),
    displayPath(path),
  );
  return scenario;
}
