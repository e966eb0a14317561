import type { SimulationResult } from "../../scenarios/result/SimulationResult.ts";
import {
  ASSUMPTION_CSV_HEADER,
  assumptionCsvRows,
  assumptionRows,
} from "../transforms/assumptionRows.ts";
import { toCsv } from "../transforms/toCsv.ts";
import { downloadButton } from "./downloadButton.ts";
import { type Parent, section, table } from "./section.ts";

const HEADER = ["Input", "Value", "Range", "Kind", "Source or reason"] as const;

/**
 * Every sourced value and assumption the run used, with its provenance; exportable as CSV with
 * the numbers raw (value, low, high in the row's base unit: bytes, seconds, fractions, EUR…).
 */
export function assumptionsSection(parent: Parent, result: SimulationResult): void {
  const s = section(parent, "assumptions", "Assumptions and sources");
  const rows = assumptionRows(result).map(
    (r) => [r.id, r.value, r.range, r.kind, r.provenance] as const,
  );
  const assumed = rows.filter((r) => r[3] === "assumption").length;
  s.append("p").text(
    `${rows.length} inputs: ${rows.length - assumed} cited, ${assumed} assumed. Ranges feed the sensitivity analysis.`,
  );
  downloadButton(s, "Download as CSV", `${result.scenario.name}-assumptions.csv`, "text/csv", () =>
    toCsv(ASSUMPTION_CSV_HEADER, assumptionCsvRows(result)),
  );
  table(s, "Inputs with their source, or why they are assumed", HEADER, rows).attr(
    "class",
    "assumptions",
  );
}
