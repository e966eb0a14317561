import { describe, expect, it } from "vitest";
import { reportHtml } from "../../../scenarios/report/reportHtml.ts";
import { reportTemplate } from "../../../scenarios/report/reportTemplate.ts";
import type { SimulationResult } from "../../../scenarios/result/SimulationResult.ts";

const SLOT = '<script type="application/json" id="cutover-result">null</script>';

describe("reportHtml(result, template)", () => {
  it("embeds the result as JSON in which no '<' can close the script element", () => {
    const hostile = {
      schemaVersion: 1,
      scenario: { title: "</script><img src=x onerror=alert(1)>" },
    };
    const html = reportHtml(hostile as unknown as SimulationResult, `<html>${SLOT}</html>`);
    const json = html.slice(
      html.indexOf(">", html.indexOf("cutover-result")) + 1,
      html.lastIndexOf("</script>"),
    );
    expect(json).not.toContain("<");
    expect(JSON.parse(json)).toEqual(hostile);
  });

  it("refuses a template without the result slot", () => {
    expect(() => reportHtml({} as SimulationResult, "<html></html>")).toThrow(/no result slot/);
  });

  it("uses a template with its script and stylesheet inlined: one file, no server", () => {
    const template = reportTemplate();
    expect(template).toContain(SLOT);
    expect(template).not.toMatch(/<script[^>]+src=/);
    expect(template).not.toMatch(/<link[^>]+stylesheet/);
    expect(template).toMatch(/<script type="module">/);
    expect(template).toMatch(/<style>/);
  });
});
