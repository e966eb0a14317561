import type { Host, Inventory } from "../../models/Inventory.ts";
import { GENERATION_IPC, isKnownGeneration } from "../../models/platform/generationSpeed.ts";
import { GIB } from "../../models/units.ts";
import { maxOf } from "../../sim/stats/extremes.ts";
import { UNKNOWN_GENERATION } from "../inventory/cpuGeneration.ts";
import { InputError } from "../inventory/InputError.ts";
import type { InventorySource, Platform, Scenario } from "../Scenario.ts";
import type { ScenarioFile } from "../schema/scenarioSchema.ts";
import { autoSizedTarget } from "./autoSizedTarget.ts";
import { convertCurrency } from "./convertCurrency.ts";
import { expandHosts } from "./expandHosts.ts";

/**
 * Completes a validated scenario file into a {@link Scenario}: resolves the platforms' hosts,
 * converts foreign-currency prices, and checks what a schema cannot: references between parts
 * (profiles, hosts, datastores), duplicate names, and VMs that no target host could run.
 *
 * @param file the scenario file as the user named it, for messages
 * @param inventoryFile the file the inventory came from (the scenario file when inline)
 * @throws InputError naming the file and field of the first problem
 */
export function resolveScenario(
  parsed: ScenarioFile,
  inventory: Inventory,
  inventorySource: InventorySource,
  file: string,
  inventoryFile: string,
): Scenario {
  const {
    $schema: _schema,
    extends: _extends,
    inventory: _inline,
    source,
    target,
    ...rest
  } = parsed;
  const resolvePlatform = (platform: ScenarioFile["source"], field: string): Platform => {
    const hosts = platform.hosts === "inventory" ? inventory.hosts : expandHosts(platform.hosts);
    if (hosts.length === 0) {
      throw new InputError({
        fieldKind: "field",
        file,
        field: `${field}.hosts`,
        expected:
          "at least one host (the inventory has none: give an RVTools export with its vHost tab, or the CSV template with its hosts file)",
      });
    }
    return { ...platform, hosts };
  };
  const autoModel = autoHostModel(target, file);
  const scenario: Scenario = {
    ...rest,
    file,
    inventory,
    inventorySource,
    source: resolvePlatform(source, "source"),
    target: resolvePlatform(
      autoModel === null ? fixedCounts(target) : { ...target, hosts: [{ ...autoModel, count: 1 }] },
      "target",
    ),
  };
  checkReferences(scenario, file, inventoryFile);
  checkGenerations(
    scenario.source.hosts,
    "source.hosts",
    source.hosts === "inventory" ? inventoryFile : file,
  );
  checkGenerations(
    scenario.target.hosts,
    "target.hosts",
    target.hosts === "inventory" ? inventoryFile : file,
  );
  checkVmsFitTarget(scenario, inventoryFile);
  if (autoModel !== null) {
    scenario.target = autoSizedTarget(
      scenario,
      expandHosts([{ ...autoModel, count: 1 }])[0] ?? autoModel,
      file,
      inventoryFile,
    );
  }
  return convertCurrency(scenario, scenario.currency, scenario.costs.exchangeRates, file);
}

type TargetFile = ScenarioFile["target"];
type HostEntry = Extract<TargetFile["hosts"], unknown[]>[number];

/**
 * The target's host entry that says `"count": "auto"` (its other fields: the model), or null
 * when every count is given. Sizing counts hosts of one model, so "auto" stands alone.
 * @throws InputError when "auto" sits beside other host entries
 */
function autoHostModel(target: TargetFile, file: string): Omit<HostEntry, "count"> | null {
  if (target.hosts === "inventory") return null;
  const index = target.hosts.findIndex((h) => h.count === "auto");
  const entry = target.hosts[index];
  if (entry === undefined) return null;
  if (target.hosts.length > 1) {
    throw new InputError({
      fieldKind: "field",
      file,
      field: `target.hosts[${index}] (${entry.name}).count`,
      expected:
        'a number of hosts: "auto" sizes a target of one host model, so it needs a single host entry',
      value: "auto",
    });
  }
  const { count: _auto, ...model } = entry;
  return model;
}

/** The target with every count a number (autoHostModel found none that is "auto"). */
function fixedCounts(target: TargetFile): ScenarioFile["source"] {
  return {
    ...target,
    hosts:
      target.hosts === "inventory"
        ? "inventory"
        : target.hosts.map((h) => ({ ...h, count: h.count === "auto" ? 1 : h.count })),
  };
}

function checkReferences(scenario: Scenario, file: string, inventoryFile: string): void {
  const { inventory, profiles } = scenario;
  if (!(scenario.defaultProfile in profiles)) {
    throw new InputError({
      fieldKind: "field",
      file,
      field: "defaultProfile",
      expected: `one of the profiles (${Object.keys(profiles).join(", ")})`,
      value: scenario.defaultProfile,
    });
  }
  if (scenario.growth.vmsPerYearMin > scenario.growth.vmsPerYearMax) {
    throw new InputError({
      fieldKind: "field",
      file,
      field: "growth",
      expected: "vmsPerYearMin ≤ vmsPerYearMax",
    });
  }
  if (scenario.growth.profile !== undefined && !(scenario.growth.profile in profiles)) {
    throw new InputError({
      fieldKind: "field",
      file,
      field: "growth.profile",
      expected: "one of the profiles",
      value: scenario.growth.profile,
    });
  }
  unique(
    inventory.hosts.map((h) => h.name),
    "host",
    inventoryFile,
    "inventory.hosts",
  );
  unique(
    scenario.target.hosts.map((h) => h.name),
    "host",
    file,
    "target.hosts",
  );
  unique(
    inventory.vms.map((v) => v.name),
    "VM",
    inventoryFile,
    "inventory.vms",
  );
  const vmNames = new Set(inventory.vms.map((v) => v.name));
  (scenario.placementRules ?? []).forEach((rule, i) => {
    const missing = rule.vms.find((name) => !vmNames.has(name));
    if (missing !== undefined) {
      throw new InputError({
        fieldKind: "field",
        file,
        field: `placementRules[${i}] (${rule.name}).vms`,
        expected: "names of VMs of the inventory",
        value: missing,
      });
    }
  });
  const hosts = new Set(inventory.hosts.map((h) => h.name));
  const datastores = new Set(inventory.datastores.map((d) => d.name));
  inventory.vms.forEach((vm, i) => {
    const field = `inventory.vms[${i}] (${vm.name})`;
    if (vm.profile !== null && !(vm.profile in profiles)) {
      throw new InputError({
        fieldKind: "field",
        file: inventoryFile,
        field: `${field}.profile`,
        expected: `one of the profiles (${Object.keys(profiles).join(", ")})`,
        value: vm.profile,
      });
    }
    if (vm.host !== null && hosts.size > 0 && !hosts.has(vm.host)) {
      throw new InputError({
        fieldKind: "field",
        file: inventoryFile,
        field: `${field}.host`,
        expected: "a host of the inventory",
        value: vm.host,
      });
    }
    if (vm.datastore !== null && datastores.size > 0 && !datastores.has(vm.datastore)) {
      throw new InputError({
        fieldKind: "field",
        file: inventoryFile,
        field: `${field}.datastore`,
        expected: "a datastore of the inventory",
        value: vm.datastore,
      });
    }
    if (vm.diskUsedBytes > vm.diskProvisionedBytes) {
      throw new InputError({
        fieldKind: "field",
        file: inventoryFile,
        field: `${field}.diskUsed`,
        expected: "at most the provisioned disk",
      });
    }
  });
}

/**
 * Every host's CPU generation must be one the platform models know (for speed and EVC), or
 * "unknown": a CPU model the importer did not recognise, which it warned about and whose speed
 * is its clock alone (generationSpeed). Any other name is refused, as a typo would be.
 */
function checkGenerations(hosts: readonly Host[], field: string, file: string): void {
  for (const host of hosts) {
    if (host.generation !== UNKNOWN_GENERATION && !isKnownGeneration(host.generation)) {
      throw new InputError({
        fieldKind: "field",
        file,
        field: `${field} (${host.name}).generation`,
        expected: `a known CPU generation (one of the ${Object.keys(GENERATION_IPC).length} of models/platform/generationSpeed.ts, e.g. Broadwell, Skylake, Sapphire Rapids, Milan) or "unknown"${host.cpuModel === "" ? "" : `; the CPU model "${host.cpuModel}" was not recognised, so give the generation in a scenario file`}`,
        value: host.generation,
      });
    }
  }
}

function unique(names: readonly string[], what: string, file: string, field: string): void {
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name))
      throw new InputError({
        fieldKind: "field",
        file,
        field,
        expected: `unique ${what} names`,
        got: `"${name}" twice`,
      });
    seen.add(name);
  }
}

/** A VM needs one host with at least as many hardware threads and as much memory. */
function checkVmsFitTarget(scenario: Scenario, inventoryFile: string): void {
  const threads = (h: Host) => h.sockets * h.coresPerSocket * h.threadsPerCore;
  const maxThreads = maxOf(scenario.target.hosts.map(threads));
  const maxMemory = maxOf(scenario.target.hosts.map((h) => h.memoryBytes));
  scenario.inventory.vms.forEach((vm, i) => {
    if (vm.vcpu > maxThreads || vm.memoryBytes > maxMemory) {
      throw new InputError({
        fieldKind: "field",
        file: inventoryFile,
        field: `inventory.vms[${i}] (${vm.name})`,
        expected: `a VM that fits a target host (at most ${maxThreads} vCPU and ${(maxMemory / GIB).toFixed(0)} GiB)`,
        got: `${vm.vcpu} vCPU and ${(vm.memoryBytes / GIB).toFixed(0)} GiB`,
      });
    }
  });
}
