import type { Inventory } from "../../models/Inventory.ts";
import type { ImportWarning } from "./ImportWarning.ts";
import type { ExportFacts } from "./rvtoolsExportFacts.ts";

/** An inventory read from one source, with what was left out and what was assumed. */
export interface ParsedInventory {
  /** The inventory in base units. */
  inventory: Inventory;
  /** Templates left out (RVTools only; 0 for the CSV template). */
  templateCount: number;
  /** SRM placeholders left out (RVTools only; 0 for the CSV template). */
  placeholderCount: number;
  /** What the export says of itself (RVTools vMetaData and vSource); empty lists for the CSV template. */
  exportFacts: ExportFacts;
  /** The recoverable problems met, what was assumed or skipped for each. */
  warnings: ImportWarning[];
}
