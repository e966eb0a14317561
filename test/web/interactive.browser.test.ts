import { statSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadScenario } from "../../scenarios/load/loadScenario.ts";
import { reportHtml } from "../../scenarios/report/reportHtml.ts";
import { reportTemplate } from "../../scenarios/report/reportTemplate.ts";
import type { SimulationResult } from "../../scenarios/result/SimulationResult.ts";
import { runScenario } from "../../scenarios/run/runScenario.ts";
import { targetRows } from "../../web/transforms/targetRows.ts";
import { scenarioFromFiles } from "../../web/worker/scenarioFromFiles.ts";
import { COMMA_CSV, csvText, FLEET, xlsxBytes } from "../scenarios/inventory/makeFixtures.ts";
import { builtinTexts } from "./builtinTexts.ts";
import {
  chromiumPath,
  launchChromium,
  openReportHtml,
  screenshot,
  screenshotPath,
} from "./chromium.ts";

const executable = chromiumPath();
const MAKESPAN = '#targets tr[data-target="migration.makespan"] td';

/** The makespan cell's text as the report shows it for `result`. */
function makespanText(result: SimulationResult): string {
  const row = targetRows(result).find((r) => r.id === "migration.makespan");
  if (row === undefined) throw new Error("no makespan target in the result");
  return row.value;
}

/** An overlay scenario file: the reference case over a 1 Gbit/s link. */
const SLOW_LINK = JSON.stringify({
  schemaVersion: 1,
  extends: "reference",
  name: "slow-link",
  title: "Reference case over a 1 Gbit/s link, opened in the page",
  link: { bandwidth: "1 Gbit/s", extensionThroughput: "1 Gbit/s" },
});

/** Opens the reference report from disk and waits for the what-if panel. */
async function openReport(browser: Browser, result: SimulationResult) {
  const opened = await openReportHtml(browser, reportHtml(result, reportTemplate()), "interactive");
  await opened.page.waitForSelector("fieldset#what-if:not([disabled])");
  return { ...opened, bytes: statSync(opened.file).size };
}

describe.skipIf(executable === null)("the report's runner in Chromium", () => {
  let browser: Browser;
  let reference: SimulationResult;
  let oneGbe: SimulationResult;
  beforeAll(async () => {
    browser = await launchChromium(executable!);
    reference = runScenario(await loadScenario("reference"));
    oneGbe = runScenario(await loadScenario("reference-1gbe"));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("offers the what-if values of the built-in scenario a report was run from", async () => {
    const { page, problems, bytes } = await openReport(browser, reference);
    expect(await page.getByLabel("Inter-site link speed").inputValue()).toBe("10");
    expect(await page.getByLabel("Max concurrent migrations").inputValue()).toBe(
      String((await loadScenario("reference")).migration.maxConcurrent),
    );
    expect(await page.locator("#open-error").isHidden()).toBe(true);
    expect(problems).toEqual([]);
    // reported, not asserted: the size of the self-contained report with the runner inlined
    console.log(`reference report with the in-page runner: ${(bytes / 1024).toFixed(0)} KiB`);
  });

  it("shows a malformed scenario file's error in place and keeps the report", async () => {
    const { page, problems } = await openReport(browser, reference);
    const title = await page.locator("h1").textContent();
    await page.locator("#open-files").setInputFiles({
      name: "broken.json",
      mimeType: "application/json",
      buffer: Buffer.from('{\n  "schemaVersion": 1,\n  "name": "broken",,\n}\n'),
    });
    const alert = page.locator("#open-error");
    await alert.waitFor({ state: "visible" });
    expect(await alert.getAttribute("role")).toBe("alert");
    expect(await alert.textContent()).toMatch(/broken\.json: row 3: expected valid JSON \(line 3/);
    expect(await page.locator("h1").textContent()).toBe(title);
    expect(await page.locator(MAKESPAN).first().textContent()).toBe(makespanText(reference));
    await screenshot(page, "open-malformed-scenario");

    await page.locator("#open-files").setInputFiles({
      name: "bad-field.json",
      mimeType: "application/json",
      buffer: Buffer.from(
        JSON.stringify({ schemaVersion: 1, extends: "reference", link: { bandwidth: "fast" } }),
      ),
    });
    await expect
      .poll(() => alert.textContent())
      .toMatch(/bad-field\.json: field "link\.bandwidth": expected/);
    expect(await page.locator("h1").textContent()).toBe(title);
    expect(problems).toEqual([]);
  });

  it("re-renders with an opened overlay scenario's result", async () => {
    const { page, problems } = await openReport(browser, reference);
    expect(makespanText(oneGbe)).not.toBe(makespanText(reference));
    await page.locator("#open-files").setInputFiles({
      name: "slow-link.json",
      mimeType: "application/json",
      buffer: Buffer.from(SLOW_LINK),
    });
    await page
      .locator("h1", { hasText: "Reference case over a 1 Gbit/s link, opened in the page" })
      .waitFor();
    expect(await page.locator(MAKESPAN).first().textContent()).toBe(makespanText(oneGbe));
    expect(await page.getByLabel("Inter-site link speed").inputValue()).toBe("1");
    expect(await page.locator("#open-error").isHidden()).toBe(true);
    expect(problems).toEqual([]);
    await screenshot(page, "open-overlay-scenario");
  });

  it("runs an RVTools workbook, then shows a malformed RVTools CSV's row and column in place", async () => {
    const { page, problems } = await openReport(browser, reference);
    await page.locator("#open-files").setInputFiles({
      name: "RVTools_export_all.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: Buffer.from(xlsxBytes(FLEET, { withoutReferences: ["vPort"] })),
    });
    await page
      .locator("h1", {
        hasText: "Imported inventory RVTools_export_all.xlsx on the reference platforms",
      })
      .waitFor();
    const title = await page.locator("h1").textContent();
    const vInfo = FLEET.vInfo!.map((row) => [...row]);
    const memory = vInfo[0]!.indexOf("Memory");
    vInfo[3]![memory] = "lots";
    const files = Object.entries({ ...FLEET, vInfo }).map(([tab, rows]) => ({
      name: `RVTools_tab${tab}.csv`,
      mimeType: "text/csv",
      buffer: Buffer.from(csvText(rows, COMMA_CSV)),
    }));
    // the oracle: the same loader's message in Node (the row is the file's line: a cell above
    // holds a line break)
    let expected = "";
    try {
      scenarioFromFiles(
        files.map((f) => ({ name: f.name, bytes: new Uint8Array(f.buffer) })),
        builtinTexts(),
      );
    } catch (error) {
      expected = (error as Error).message;
    }
    expect(expected).toMatch(
      /^RVTools_tabvInfo\.csv: row \d+, column "Memory": expected .*, got "lots"$/,
    );
    await page.locator("#open-files").setInputFiles(files);
    const alert = page.locator("#open-error");
    await alert.waitFor({ state: "visible" });
    expect(await alert.textContent()).toBe(`Not opened: ${expected}`);
    expect(await page.locator("h1").textContent()).toBe(title);
    expect(problems).toEqual([]);
    await screenshot(page, "open-malformed-rvtools-csv");
    await page.locator("#workbench").screenshot({ path: screenshotPath("workbench-error") });
  });

  it("re-runs a what-if link speed and resets to the scenario", async () => {
    const { page, problems } = await openReport(browser, reference);
    const link = page.getByLabel("Inter-site link speed");
    await link.fill("1");
    await expect
      .poll(() => page.locator(MAKESPAN).first().textContent(), { timeout: 30_000 })
      .toBe(makespanText(oneGbe));
    const knob = page.locator('[data-knob="linkBandwidth"]');
    expect(await knob.getAttribute("class")).toContain("changed");
    expect(await knob.locator(".scenario-value").textContent()).toBe("scenario: 10 Gbit/s");
    expect(await page.locator("#what-if-note").textContent()).toMatch(
      /^1 value differs from the scenario's/,
    );
    await screenshot(page, "what-if-link-1gbit");
    await page.locator("#workbench").screenshot({ path: screenshotPath("what-if-panel") });

    await page.getByRole("button", { name: "Reset to the scenario" }).click();
    await expect
      .poll(() => page.locator(MAKESPAN).first().textContent(), { timeout: 30_000 })
      .toBe(makespanText(reference));
    expect(await link.inputValue()).toBe("10");
    expect(await knob.getAttribute("class")).not.toContain("changed");
    expect(problems).toEqual([]);
  });

  it("flags an invalid what-if entry by its input and does not run it", async () => {
    const { page, problems } = await openReport(browser, reference);
    const concurrency = page.getByLabel("Max concurrent migrations");
    await concurrency.focus();
    await page.keyboard.press("Control+A");
    await page.keyboard.type("0");
    expect(await concurrency.getAttribute("aria-invalid")).toBe("true");
    expect(await page.locator("#knob-maxConcurrent-error").textContent()).toBe(
      'Max concurrent migrations: expected a whole number ≥ 1 and ≤ 1,000,000 (more VMs than Cutover is built for), got "0"',
    );
    expect(await page.locator(MAKESPAN).first().textContent()).toBe(makespanText(reference));
    expect(problems).toEqual([]);
  });
});
