import type { SimulationResult } from "../../scenarios/result/SimulationResult.ts";
import { targetRows } from "../transforms/targetRows.ts";
import { headedTable, type Parent, section } from "./section.ts";

/** The targets first: each promise, what the run found against its limit, pass or fail. */
export function targetsSection(parent: Parent, result: SimulationResult): void {
  const s = section(parent, "targets", "Targets");
  const rows = targetRows(result);
  if (rows.length === 0) {
    s.append("p")
      .attr("class", "note")
      .text("No target was evaluated: no model in this build produces a checked figure yet.");
    return;
  }
  const failed = rows.filter((r) => !r.pass).length;
  s.append("p")
    .attr("class", failed === 0 ? "verdict pass" : "verdict fail")
    .text(
      failed === 0
        ? `All ${rows.length} targets pass.`
        : `${failed} of ${rows.length} targets fail.`,
    );
  const t = headedTable(s, "Each target: the value the run found against its limit", [
    "Target",
    "Value",
    "Limit",
    "Result",
  ]);
  const tr = t
    .append("tbody")
    .selectAll("tr")
    .data(rows)
    .join("tr")
    .attr("data-target", (d) => d.id);
  tr.append("th")
    .attr("scope", "row")
    .text((d) => d.label);
  tr.append("td").text((d) => d.value);
  tr.append("td").text((d) => d.limit);
  tr.append("td")
    .append("span")
    .attr("class", (d) => (d.pass ? "badge pass" : "badge fail"))
    .text((d) => (d.pass ? "pass" : "FAIL"));
}
