import type { Host, Inventory } from "../models/Inventory.ts";
import type { HostSizing } from "../models/sizing/hostSizing.ts";
import type { ImportWarning } from "./inventory/ImportWarning.ts";
import type { ExportFacts } from "./inventory/rvtoolsExportFacts.ts";
import type { ScenarioFile } from "./schema/scenarioSchema.ts";

/** Where the inventory came from. */
export interface InventorySource {
  /** Inline in the scenario file, or imported from an RVTools export or CSV template. */
  kind: "inline" | "rvtools-xlsx" | "rvtools-csv" | "csv-template";
  /** The file or folder it was read from. */
  path: string;
  /** When the inventory is made up: how (shown in the report), else null. */
  synthetic: string | null;
  /**
   * What an imported RVTools export says of itself (which RVTools wrote it, when, from which
   * vCenters); empty lists when it has no vMetaData or vSource tab or is the CSV template; null
   * for an inline inventory.
   */
  export: ExportFacts | null;
}

/** How a target's `"count": "auto"` was resolved: the sizing and the host model it counted. */
export type TargetSizing = HostSizing & {
  /** The host entry as written, `count` left out (its name prefixes the hosts' names). */
  model: Host;
};

/**
 * A platform with its hosts resolved (from the inventory, or expanded from `count`); `sizing`
 * when its count was `"auto"` (absent otherwise).
 */
export type Platform = Omit<ScenarioFile["source"], "hosts"> & {
  hosts: Host[];
  sizing?: TargetSizing;
};

/**
 * A loaded scenario, in base units with unit-suffixed names (bytes, seconds, bytes per second,
 * Hz, fractions), prices in the scenario's currency per month or per year as their names say,
 * and every sourced value with its provenance. This is what the runner and models read.
 */
export type Scenario = Omit<
  ScenarioFile,
  "$schema" | "extends" | "inventory" | "source" | "target"
> & {
  /** The file the scenario was read from (or, for a bare inventory, the inventory's path). */
  file: string;
  inventory: Inventory;
  inventorySource: InventorySource;
  /** What the import of an RVTools export or CSV template warned about; absent for an inline inventory. */
  inventoryWarnings?: readonly ImportWarning[];
  /** Rows the import skipped as templates and SRM placeholders; absent for an inline inventory. */
  inventoryLeftOut?: { templateCount: number; placeholderCount: number };
  source: Platform;
  target: Platform;
};
