import type { Inventory } from "../../models/Inventory.ts";

/** An inventory read from one source, with what was left out and what was assumed. */
export interface ParsedInventory {
  /** The inventory in base units. */
  inventory: Inventory;
  /** Templates left out (RVTools only; 0 for the CSV template). */
  templateCount: number;
  /** SRM placeholders left out (RVTools only; 0 for the CSV template). */
  placeholderCount: number;
  /** What was assumed for incomplete input, one line per kind of assumption and table. */
  warnings: string[];
}
