import { describe, expect, it } from "vitest";
import { reportHtml } from "../../../scenarios/report/reportHtml.ts";
import type { SimulationResult } from "../../../scenarios/result/SimulationResult.ts";

const SLOTS = [
  '<script type="application/json" id="cutover-result">null</script>',
  '<script type="application/json" id="cutover-meta">null</script>',
].join("");
const RESULT = { schemaVersion: 1 } as unknown as SimulationResult;

describe("reportHtml(result, template, extras, meta)", () => {
  it("writes the date and version into the meta slot, '<' escaped", () => {
    const html = reportHtml(
      RESULT,
      `<html>${SLOTS}</html>`,
      {},
      {
        generated: "2026-12-06",
        version: "</script>1",
      },
    );
    expect(html).toContain('"generated":"2026-12-06"');
    expect(html).toContain("\\u003c/script>1");
    expect(html.match(/<\/script>/g)?.length).toBe(2);
  });

  it("defaults to today's date, and leaves a template without the slot as it was", () => {
    const today = new Date().toISOString().slice(0, 10);
    expect(reportHtml(RESULT, `<html>${SLOTS}</html>`)).toContain(`"generated":"${today}"`);
    const old = '<html><script type="application/json" id="cutover-result">null</script></html>';
    expect(reportHtml(RESULT, old)).not.toContain("generated");
  });
});
