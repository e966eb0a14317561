import type { Inventory } from "../../models/Inventory.ts";
import type { InventorySummary } from "./inventorySummary.ts";

/** The kinds of input the importer recognises. */
export type InventorySourceKind = "rvtools-xlsx" | "rvtools-csv" | "csv-template";

/** What an import read. */
export interface InventorySource {
  /** How the input was recognised. */
  kind: InventorySourceKind;
  /** The path (a file or a folder) as the user gave it. */
  path: string;
}

/** The outcome of importing an inventory: all of it, or an InputError — never a part. */
export interface ImportResult {
  /** The inventory, in base units. */
  inventory: Inventory;
  /** Its totals, and what was left out. */
  summary: InventorySummary;
  /** What was read. */
  source: InventorySource;
  /** What was assumed for incomplete input (empty cells, missing tabs), one line per kind. */
  warnings: string[];
}
