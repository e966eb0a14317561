import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compareResults } from "../../scenarios/compare/compareResults.ts";
import { loadScenario } from "../../scenarios/load/loadScenario.ts";
import { type ReportExtras, reportHtml } from "../../scenarios/report/reportHtml.ts";
import { reportTemplate } from "../../scenarios/report/reportTemplate.ts";
import type { SimulationResult } from "../../scenarios/result/SimulationResult.ts";
import { runScenario } from "../../scenarios/run/runScenario.ts";
import { chromiumPath, launchChromium, openReportHtml, screenshotPath } from "./chromium.ts";
import { studyOf } from "./studyOf.ts";

const executable = chromiumPath();

/** Writes a report with `extras` to a temp dir and opens it from disk. */
function open(browser: Browser, result: SimulationResult, extras: ReportExtras) {
  return openReportHtml(browser, reportHtml(result, reportTemplate(), extras), "extras");
}

describe.skipIf(executable === null)("the report's optional sections in Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium(executable!);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("renders the Uncertainty section of a Monte Carlo study with no console error", async () => {
    const scenario = await loadScenario("reference");
    const result = runScenario(scenario);
    const monteCarlo = await studyOf(scenario, result, 6);
    const { page, problems } = await open(browser, result, { monteCarlo });
    expect(await page.locator("section#uncertainty").count()).toBe(1);
    expect(await page.locator("section#comparison").count()).toBe(0);
    for (const chart of [
      "montecarlo-makespanSeconds",
      "montecarlo-maxDowntimeSeconds",
      "montecarlo-savingsFraction",
      "montecarlo-latencyP95AfterMs",
      "montecarlo-misses",
    ]) {
      expect(await page.locator(`figure#${chart} svg[role="img"]`).count(), chart).toBe(1);
    }
    const binned = await page
      .locator("#montecarlo-makespanSeconds rect.bin title")
      .allTextContents();
    const counts = binned.map((t) => Number(/: (\d+) replications$/.exec(t)?.[1]));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(6);
    expect(await page.locator("#montecarlo-makespanSeconds g.marker.limit").count()).toBe(1);
    expect(await page.locator("#montecarlo-makespanSeconds g.marker.percentile").count()).toBe(3);
    expect(await page.locator("#montecarlo-misses g.interval").count()).toBe(
      monteCarlo.targets.length,
    );
    expect(await page.locator("#uncertainty table.varied tbody tr").count()).toBe(
      monteCarlo.varied.length,
    );
    // the sections of the result itself are all still there
    expect(await page.locator("section#targets").count()).toBe(1);
    expect(problems).toEqual([]);
    await page.locator("section#uncertainty").screenshot({ path: screenshotPath("uncertainty") });
  });

  it("renders the Comparison section with no console error", async () => {
    const results = [
      runScenario(await loadScenario("reference")),
      runScenario(await loadScenario("reference-1gbe")),
      runScenario(await loadScenario("reference-vvf")),
    ];
    const comparison = compareResults(results);
    const { page, problems } = await open(browser, results[0]!, { comparison });
    expect(await page.locator("section#comparison").count()).toBe(1);
    expect(await page.locator("section#uncertainty").count()).toBe(0);
    expect(await page.locator("#comparison table.comparison tbody tr").count()).toBe(
      comparison.rows.length,
    );
    const header = await page.locator("#comparison thead th").allTextContents();
    expect(header).toEqual(["", "reference", "reference-1gbe", "reference-vvf", "Better"]);
    const targets = comparison.rows.filter((r) => r.pass !== undefined).length;
    expect(await page.locator("#comparison tr.target .badge").count()).toBe(targets * 3);
    expect(await page.locator("#comparison td.best").count()).toBe(
      comparison.rows.filter((r) => r.best !== undefined).length,
    );
    expect(await page.locator('figure#comparison-figures svg[role="img"]').count()).toBe(1);
    expect(await page.locator("#comparison-figures g.panel").count()).toBeGreaterThanOrEqual(3);
    expect(problems).toEqual([]);
    await page.locator("section#comparison").screenshot({ path: screenshotPath("comparison") });
  });
});
