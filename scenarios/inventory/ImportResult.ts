import type { Inventory } from "../../models/Inventory.ts";
import type { ImportWarning } from "./ImportWarning.ts";
import type { InventorySummary } from "./inventorySummary.ts";
import type { ExportFacts } from "./rvtoolsExportFacts.ts";

/** The kinds of input the importer recognises. */
export type InventorySourceKind = "rvtools-xlsx" | "rvtools-csv" | "csv-template";

/** What an import read. */
export interface InventorySource {
  /** How the input was recognised. */
  kind: InventorySourceKind;
  /** The path (a file or a folder) as the user gave it. */
  path: string;
  /** What an RVTools export says of itself (vMetaData, vSource); empty lists for the CSV template. */
  export: ExportFacts;
}

/**
 * The outcome of importing an inventory: all of it (recoverable problems as warnings), or an
 * InputError for a structural one — never a part.
 */
export interface ImportResult {
  /** The inventory, in base units. */
  inventory: Inventory;
  /** Its totals, and what was left out. */
  summary: InventorySummary;
  /** What was read. */
  source: InventorySource;
  /**
   * The recoverable problems met (blank cells, rows with no name, hosts spelled differently or
   * unlisted, unknown CPU models, VMs with 0 CPUs …), one per row and kind, with what was
   * assumed or skipped; `warningCounts` sums them by code.
   */
  warnings: ImportWarning[];
}
