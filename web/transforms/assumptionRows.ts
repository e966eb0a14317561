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
