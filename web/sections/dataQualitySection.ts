import type { SimulationResult } from "../../scenarios/result/SimulationResult.ts";
import {
  type CalibrationRow,
  type DataQuality,
  dataQualityFacts,
  type TracedFact,
  type WarningGroup,
} from "../transforms/dataQualityFacts.ts";
import "./dataQuality.css";
import { headedTable, type Parent, section } from "./section.ts";

/**
 * The data-quality panel: for an imported estate, what was read from the export, what the
 * model inferred, the import's warnings by kind (counts and first examples) and the
 * before-state modelled against the export's measurements; for a synthetic or inline
 * inventory, one line saying so. Every figure names where it comes from. Text only (names in
 * warnings come from the export and may be hostile).
 */
export function dataQualitySection(parent: Parent, result: SimulationResult): void {
  const dq = dataQualityFacts(result);
  const s = section(parent, "data-quality", "Data quality").attr("data-origin", dq.origin);
  s.append("p").attr("class", "dq-summary").text(dq.summary);
  if (dq.read.length > 0 || dq.inferred.length > 0) {
    const columns = s.append("div").attr("class", "dq-columns") as unknown as Parent;
    if (dq.read.length > 0) factBlock(columns, "dq-read", "What was read", dq.read);
    if (dq.inferred.length > 0) factBlock(columns, "dq-inferred", "What was inferred", dq.inferred);
  }
  if (dq.origin !== "synthetic" || dq.warnings.count > 0) warningsBlock(s, dq.warnings);
  if (dq.calibration !== null) calibrationBlock(s, dq.calibration);
}

function factBlock(parent: Parent, id: string, title: string, facts: TracedFact[]): void {
  const block = parent.append("div").attr("class", "dq-block").attr("id", id);
  block.append("h3").text(title);
  factList(block as unknown as Parent, facts, "dq-facts");
}

function factList(parent: Parent, facts: TracedFact[], className: string): void {
  const list = parent.append("dl").attr("class", className);
  for (const f of facts) {
    list.append("dt").attr("data-fact", f.key).text(f.label);
    const dd = list.append("dd").attr("data-fact", f.key);
    dd.append("span").attr("class", "dq-value").text(f.value);
    dd.append("span").attr("class", "dq-from").text(f.from);
  }
}

function warningsBlock(parent: Parent, warnings: DataQuality["warnings"]): void {
  const block = parent.append("div").attr("class", "dq-block").attr("id", "dq-warnings");
  block
    .append("h3")
    .text(
      warnings.count === 0
        ? "Import warnings: none"
        : `Import warnings by kind (${warnings.count})`,
    );
  if (warnings.count === 0) return;
  block
    .append("p")
    .attr("class", "note")
    .text(
      warnings.listed < warnings.count
        ? `Examples come from the first ${warnings.listed} warnings the result keeps; cutover import --json lists all ${warnings.count}.`
        : "Up to three examples of each kind; cutover import --json lists them all.",
    );
  const t = headedTable(
    block as unknown as Parent,
    "Each kind of problem, how often the export had it, what the importer did, and where",
    ["Kind", "Count", "What was done, and where"],
  ).attr("class", "dq-kinds");
  const rows = t
    .append("tbody")
    .selectAll<HTMLTableRowElement, WarningGroup>("tr")
    .data(warnings.groups)
    .join("tr")
    .attr("class", "dq-group")
    .attr("data-code", (g) => g.code);
  rows
    .append("th")
    .attr("scope", "row")
    .append("code")
    .text((g) => g.code);
  rows
    .append("td")
    .attr("class", "dq-count")
    .text((g) => g.count.toLocaleString("en-GB"));
  const what = rows.append("td");
  what
    .append("p")
    .attr("class", "dq-meaning")
    .text((g) => g.meaning);
  const examples = what.append("ul").attr("class", "dq-examples");
  examples
    .selectAll("li")
    .data((g) => g.examples)
    .join("li")
    .each(function (e) {
      const li = this as HTMLLIElement;
      const where = [e.file, e.tab, `row ${e.row}`, `column ${e.column}`];
      const loc = document.createElement("span");
      loc.className = "dq-where";
      loc.textContent = where.join(" · ");
      const message = document.createElement("span");
      message.className = "dq-message";
      message.textContent = e.message;
      li.append(loc, message);
    });
  what
    .filter((g) => g.notShown > 0)
    .append("p")
    .attr("class", "note dq-more")
    .text((g) =>
      g.examples.length === 0
        ? `None of this kind among the first ${warnings.listed} warnings the result keeps`
        : `… and ${g.notShown.toLocaleString("en-GB")} more of this kind`,
    );
}

function calibrationBlock(
  parent: Parent,
  calibration: NonNullable<DataQuality["calibration"]>,
): void {
  const block = parent.append("div").attr("class", "dq-block").attr("id", "calibration");
  block.append("h3").text("Model against measured: the before-state at the export's snapshot");
  factList(block as unknown as Parent, calibration.facts, "facts dq-facts");
  const points = Math.round(calibration.toleranceFraction * 100);
  const header = [
    "Host",
    "CPU measured",
    "CPU modelled",
    "CPU off by",
    "Memory measured",
    "Memory modelled",
    "Memory off by",
    "Ready measured",
    "Ready modelled",
  ];
  const t = headedTable(
    block as unknown as Parent,
    `Per host: the export's own figures (vHost CPU usage %, Memory usage %; vInfo Overall Cpu Readiness averaged over the host's VMs) beside the model's; off by = modelled − measured, judged against ±${points} points`,
    header,
  ).attr("class", "calibration dq-calibration");
  const rows = t
    .append("tbody")
    .selectAll<HTMLTableRowElement, CalibrationRow>("tr")
    .data(calibration.rows)
    .join("tr");
  rows
    .append("th")
    .attr("scope", "row")
    .text((r) => r.host);
  rows.each(function (r) {
    const tr = this as HTMLTableRowElement;
    for (const c of r.cells) {
      const cells: [string, string, string | null][] = [
        [`${c.what} measured`, c.measured, null],
        [`${c.what} modelled`, c.modelled, null],
      ];
      if (c.what !== "Ready") {
        cells.push([
          `${c.what} off by`,
          c.within === null ? c.off : `${c.off} (${c.within ? "within" : "outside"} ±${points})`,
          c.within === null ? null : c.within ? "dq-within" : "dq-outside",
        ]);
      }
      for (const [label, text, className] of cells) {
        const td = document.createElement("td");
        td.dataset.label = label;
        if (className !== null) td.className = className;
        td.textContent = text;
        tr.append(td);
      }
    }
  });
}
