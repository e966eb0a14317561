import type { MonteCarloResult } from "../../scenarios/montecarlo/MonteCarloResult.ts";
import type { SimulationResult } from "../../scenarios/result/SimulationResult.ts";
import type { TargetState } from "../../scenarios/result/targetState.ts";
import {
  maxMissProbability,
  type TargetRow,
  targetRows,
  verdictOf,
} from "../transforms/targetRows.ts";
import { headedTable, type Parent, section } from "./section.ts";

/**
 * The verdict first: one line a manager can quote (see verdictOf), then each target with its
 * value, its limit (≤ maximum, ≥ minimum), pass / fail / not assessed (with why: its inputs are
 * missing; never shown as a pass) and, with a Monte Carlo study, how often the study missed it.
 */
export function targetsSection(
  parent: Parent,
  result: SimulationResult,
  study?: MonteCarloResult,
): void {
  const s = section(parent, "targets", "Verdict and targets");
  const rows = targetRows(result, study);
  if (rows.length === 0) {
    s.append("p")
      .attr("class", "note")
      .text("No target was evaluated: no model in this build produces a checked figure yet.");
    return;
  }
  const threshold = maxMissProbability(result);
  const verdict = verdictOf(rows, threshold, study);
  s.append("p")
    .attr("class", `verdict ${verdict.state}`)
    .attr("role", "status")
    .text(verdict.headline);
  const list = s
    .append("ul")
    .attr("class", "verdict-targets")
    .attr("aria-label", "Each target in one line");
  const item = list
    .selectAll("li")
    .data(rows)
    .join("li")
    .attr("data-target", (d) => d.id);
  item
    .append("span")
    .attr("class", (d) => badgeOf(d)[0])
    .text((d) => badgeOf(d)[1]);
  item.append("span").text((d) => ` ${oneLine(d)}`);

  const header = ["Target", "Value", "Limit (≤ maximum, ≥ minimum)", "Result"];
  if (study !== undefined) header.push("Missed in the Monte Carlo study (95 % interval)");
  const t = headedTable(s, "Each target: the value the run found against its limit", header);
  const tr = t
    .append("tbody")
    .selectAll("tr")
    .data(rows)
    .join("tr")
    .attr("data-target", (d) => d.id);
  tr.append("th")
    .attr("scope", "row")
    .text((d) => d.label);
  tr.append("td")
    .attr("class", "num")
    .text((d) => d.value);
  tr.append("td")
    .attr("class", "num")
    .attr("title", (d) => DIRECTION_WORDS[d.direction])
    .text((d) => d.limit);
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
  if (study !== undefined) {
    tr.append("td")
      .attr("class", (d) => (d.atRisk ? "miss at-risk" : "miss"))
      .text((d) =>
        d.miss === null ? "not assessed" : `${d.miss.text}${d.atRisk ? " — at risk" : ""}`,
      );
    s.append("p")
      .attr("class", "note")
      .text(
        `A target passing in the plan is "at risk" when the study misses it in at least ${(threshold * 100).toLocaleString("en-GB", { maximumFractionDigits: 2 })} % of runs (the scenario's targets.maxMissProbability).`,
      );
  }
}

/** A target in one line: "Migration makespan 18.3 h (≤ 72 h), missed in 0 of 40 runs (…)". */
function oneLine(row: TargetRow): string {
  const found =
    row.state === "not assessed"
      ? `${row.label} (${row.limit}): ${row.notAssessed}`
      : `${row.label} ${row.value} (${row.limit})`;
  return row.miss === null ? found : `${found}, missed in ${row.miss.text}`;
}

const DIRECTION_WORDS: Record<TargetRow["direction"], string> = {
  "≤": "maximum: the value must not exceed it",
  "≥": "minimum: the value must reach it",
  "=": "required",
};

/** Class and text of each state's badge: "not assessed" is never green. */
const BADGES: Record<TargetState, [string, string]> = {
  pass: ["badge pass", "pass"],
  fail: ["badge fail", "FAIL"],
  "not assessed": ["badge not-assessed", "not assessed"],
};

/** The badge of a row in the verdict's list: at risk is its own state. */
function badgeOf(row: TargetRow): [string, string] {
  return row.atRisk ? ["badge at-risk", "at risk"] : BADGES[row.state];
}
