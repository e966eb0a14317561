import { describe, expect, it } from "vitest";
import type { Comparison } from "../../../scenarios/compare/compareResults.ts";
import type { MonteCarloResult } from "../../../scenarios/montecarlo/MonteCarloResult.ts";
import { reportHtml } from "../../../scenarios/report/reportHtml.ts";
import { reportTemplate } from "../../../scenarios/report/reportTemplate.ts";
import type { SimulationResult } from "../../../scenarios/result/SimulationResult.ts";
import { embeddedJson } from "../cli/embeddedJson.ts";

const slot = (id: string) => `<script type="application/json" id="${id}">null</script>`;
const TEMPLATE = `<html>${slot("cutover-result")}${slot("cutover-montecarlo")}${slot("cutover-comparison")}</html>`;
const RESULT = { schemaVersion: 1 } as unknown as SimulationResult;
const HOSTILE = "</script><img src=x onerror=alert(1)>";

describe("reportHtml(result, template, extras)", () => {
  it("leaves the Monte Carlo and comparison slots null when no extra is given", () => {
    const html = reportHtml(RESULT, TEMPLATE);
    expect(html).toContain(slot("cutover-montecarlo"));
    expect(html).toContain(slot("cutover-comparison"));
  });

  it("embeds each extra in its own slot as JSON in which no '<' can close the script", () => {
    const monteCarlo = { kind: "montecarlo", scenario: { title: HOSTILE } };
    const comparison = { scenarios: [{ title: HOSTILE }], rows: [] };
    const html = reportHtml(RESULT, TEMPLATE, {
      monteCarlo: monteCarlo as unknown as MonteCarloResult,
      comparison: comparison as unknown as Comparison,
    });
    expect(html.match(/<img/g)).toBeNull();
    expect(embeddedJson(html, "cutover-montecarlo")).toEqual(monteCarlo);
    expect(embeddedJson(html, "cutover-comparison")).toEqual(comparison);
    expect(embeddedJson(html, "cutover-result")).toEqual(RESULT);
  });

  it("refuses an extra the template has no slot for, naming it", () => {
    const old = `<html>${slot("cutover-result")}</html>`;
    expect(reportHtml(RESULT, old)).toContain("schemaVersion");
    expect(() => reportHtml(RESULT, old, { comparison: { scenarios: [], rows: [] } })).toThrow(
      /no comparison slot/,
    );
  });

  it("uses a built template holding both extra slots", () => {
    const template = reportTemplate();
    expect(template).toContain(slot("cutover-montecarlo"));
    expect(template).toContain(slot("cutover-comparison"));
  });
});
