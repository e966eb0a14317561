import { InputError } from "../inventory/InputError.ts";
import type { InventorySource, Scenario } from "../Scenario.ts";
import type { ScenarioFile } from "../schema/scenarioSchema.ts";
import { expandHosts } from "./expandHosts.ts";
import { resolveScenario } from "./resolveScenario.ts";

/**
 * Completes a parsed scenario whose inventory is written inline (no files to read): the pure
 * path of loading, used by the command line, the browser and the tests alike.
 *
 * @throws InputError when the inventory is a path (that needs {@link loadScenario}) or when
 *   a reference between parts is broken
 */
export function inlineScenario(parsed: ScenarioFile, file: string): Scenario {
  if (typeof parsed.inventory === "string") {
    throw new InputError({
      fieldKind: "field",
      file,
      field: "inventory",
      expected: "an inline inventory here",
      value: parsed.inventory,
    });
  }
  const { synthetic, vms, hosts, datastores, networks } = parsed.inventory;
  const inventory = { vms, hosts: expandHosts(hosts), datastores, networks };
  const source: InventorySource = {
    kind: "inline",
    path: file,
    synthetic: synthetic ?? null,
    export: null,
  };
  return resolveScenario(parsed, inventory, source, file, file);
}
