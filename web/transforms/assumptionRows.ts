import { formatWithUnit as formatValue } from "../../scenarios/format.ts";
import type { SimulationResult } from "../../scenarios/result/SimulationResult.ts";

/** One row of the assumptions table. */
export interface AssumptionRow {
  /** Where the value sits in the scenario, e.g. "costs.shared.perVcpuPerMonth". */
  id: string;
  value: string;
  /** "low – high", or "" when the value has no range. */
  range: string;
  /** "source" for a cited value, "assumption" for an assumed one. */
  kind: "source" | "assumption";
  /** The citation or the reason. */
  provenance: string;
}

/** The assumptions table: every sourced value and assumption, assumed ones first. */
export function assumptionRows(result: SimulationResult): AssumptionRow[] {
  return result.assumptions
    .map(
      (a): AssumptionRow => ({
        id: a.id,
        value: formatValue(a.value, a.unit),
        range:
          a.low === a.high ? "" : `${formatValue(a.low, a.unit)} – ${formatValue(a.high, a.unit)}`,
        kind: a.source === null ? "assumption" : "source",
        provenance: a.source ?? a.assumption ?? "",
      }),
    )
    .sort((a, b) => (a.kind === b.kind ? 0 : a.kind === "assumption" ? -1 : 1));
}

/** The assumptions export's columns: numbers raw, in the unit of their row's "unit" column. */
export const ASSUMPTION_CSV_HEADER = [
  "input",
  "value (in unit)",
  "low (in unit)",
  "high (in unit)",
  "unit",
  "kind",
  "source or reason",
] as const;

/**
 * The assumptions as numbers for the CSV export, in the table's order (assumed ones first):
 * value, low and high raw in the row's base unit ("B", "s", "fraction", "EUR/month"; "count"
 * where the result gives none), so that a spreadsheet can compute with them.
 *
 * @example
 * assumptionCsvRows(result)[0]; // ["costs.shared.networkPerMonth", 50, 50, 50, "EUR/month", "assumption", "calibration"]
 */
export function assumptionCsvRows(result: SimulationResult): (string | number)[][] {
  return result.assumptions
    .map((a) => [
      a.id,
      a.value,
      a.low,
      a.high,
      a.unit === "" ? "count" : a.unit,
      a.source === null ? "assumption" : "source",
      a.source ?? a.assumption ?? "",
    ])
    .sort((a, b) => (a[5] === b[5] ? 0 : a[5] === "assumption" ? -1 : 1));
}
