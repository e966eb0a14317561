import type { ImportWarning, ImportWarningCode } from "./ImportWarning.ts";
import { warningCounts } from "./warningCounts.ts";

/** Warnings listed in full in a result; the rest are counted only (`cutover import --json` lists all). */
export const FIRST_WARNINGS_LISTED = 20;

/**
 * What a run's result says of the import's warnings: how many, how many of each code, and the
 * first {@link FIRST_WARNINGS_LISTED} in full. Counts rather than the whole list, so that a
 * 100,000-VM export with a blank column keeps its result small; `cutover import --json` gives
 * every warning.
 */
export interface InventoryWarningsSummary {
  /** All warnings. */
  count: number;
  /** Warnings by code, codes in order of first appearance. */
  byCode: Partial<Record<ImportWarningCode, number>>;
  /** The first warnings, in the order found. */
  first: ImportWarning[];
}

/**
 * The {@link InventoryWarningsSummary} of an import's warnings. Pure.
 * @example
 * inventoryWarningsSummary([]) // { count: 0, byCode: {}, first: [] }
 */
export function inventoryWarningsSummary(
  warnings: readonly ImportWarning[],
): InventoryWarningsSummary {
  return {
    count: warnings.length,
    byCode: warningCounts(warnings),
    first: warnings.slice(0, FIRST_WARNINGS_LISTED),
  };
}
