import type { Comparison } from "../../scenarios/compare/compareResults.ts";
import { smallMultiplesChart } from "../charts/smallMultiplesChart.ts";
import { comparisonPanels, comparisonTable } from "../transforms/comparisonFigures.ts";
import { headedTable, type Parent, section } from "./section.ts";

/**
 * The "Comparison" section, when the report embeds a comparison: the scenarios' targets
 * (pass/FAIL) and key figures side by side with the best marked, and small multiples of a few
 * key figures across the scenarios.
 */
export function comparisonSection(parent: Parent, comparison: Comparison): void {
  const s = section(parent, "comparison", "Comparison");
  const names = comparison.scenarios.map((c) => c.name);
  const [self, ...others] = comparison.scenarios;
  s.append("p").text(
    `This report's scenario, ${self?.name ?? "?"} (seed ${self?.seed ?? "?"}), beside ${others.map((o) => `${o.name} (seed ${o.seed})`).join(", ")}. Scenarios run with the same seed share common random numbers, so their differences come from the scenarios. ★ marks the single best value where a direction applies.`,
  );
  const t = headedTable(s, "Targets and key figures, one column per scenario", [
    "",
    ...names,
    "Better",
  ]).attr("class", "comparison");
  const tr = t
    .append("tbody")
    .selectAll("tr")
    .data(comparisonTable(comparison))
    .join("tr")
    .attr("data-row", (d) => d.id)
    .attr("class", (d) => d.kind);
  tr.append("th")
    .attr("scope", "row")
    .text((d) => d.label);
  const td = tr
    .selectAll("td.value")
    .data((d) => d.cells)
    .join("td")
    .attr("class", (c) => (c.best ? "value best" : "value"));
  td.append("span").text((c) => `${c.best ? "★ " : ""}${c.text} `);
  td.filter((c) => c.pass !== undefined && c.pass !== null)
    .append("span")
    .attr("class", (c) => (c.pass ? "badge pass" : "badge fail"))
    .text((c) => (c.pass ? "pass" : "FAIL"));
  td.filter((c) => c.notAssessed !== undefined)
    .attr("title", (c) => c.notAssessed ?? "")
    .select("span")
    .attr("class", "badge not-assessed");
  tr.append("td").text((d) => d.better);
  const panels = comparisonPanels(comparison);
  if (panels.length > 0) {
    smallMultiplesChart(s, panels, {
      id: "comparison-figures",
      title: "Key figures across the scenarios",
      description: panels
        .map((p) => `${p.label}: ${p.bars.map((b) => `${b.scenario} ${b.text}`).join(", ")}`)
        .join("; "),
    });
  }
}
