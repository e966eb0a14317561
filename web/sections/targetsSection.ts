import type { SimulationResult } from "../../scenarios/result/SimulationResult.ts";
import type { TargetState } from "../../scenarios/result/targetState.ts";
import { targetRows } from "../transforms/targetRows.ts";
import { headedTable, type Parent, section } from "./section.ts";

/**
 * The targets first: each promise, what the run found against its limit — pass, fail, or not
 * assessed (with why: its inputs are missing; never shown as a pass).
 */
export function targetsSection(parent: Parent, result: SimulationResult): void {
  const s = section(parent, "targets", "Targets");
  const rows = targetRows(result);
  if (rows.length === 0) {
    s.append("p")
      .attr("class", "note")
      .text("No target was evaluated: no model in this build produces a checked figure yet.");
    return;
  }
  const failed = rows.filter((r) => r.state === "fail").length;
  const notAssessed = rows.filter((r) => r.state === "not assessed").length;
  s.append("p")
    .attr("class", verdictClass(failed, notAssessed))
    .text(verdictText(rows.length, failed, notAssessed));
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
  const result_ = tr.append("td");
  result_
    .append("span")
    .attr("class", (d) => BADGES[d.state][0])
    .text((d) => BADGES[d.state][1]);
  result_
    .filter((d) => d.notAssessed !== null)
    .append("span")
    .attr("class", "note not-assessed-reason")
    .text((d) => ` ${d.notAssessed}`);
}

/** Class and text of each state's badge: "not assessed" is never green. */
const BADGES: Record<TargetState, [string, string]> = {
  pass: ["badge pass", "pass"],
  fail: ["badge fail", "FAIL"],
  "not assessed": ["badge not-assessed", "not assessed"],
};

function verdictClass(failed: number, notAssessed: number): string {
  if (failed > 0) return "verdict fail";
  return notAssessed > 0 ? "verdict not-assessed" : "verdict pass";
}

function verdictText(total: number, failed: number, notAssessed: number): string {
  const unassessed =
    notAssessed === 0
      ? ""
      : ` ${notAssessed} of ${total} ${notAssessed === 1 ? "is" : "are"} not assessed (their inputs are missing): not a pass.`;
  if (failed > 0) return `${failed} of ${total} targets fail.${unassessed}`;
  if (notAssessed > 0) return `No target fails;${unassessed}`;
  return `All ${total} targets pass.`;
}
