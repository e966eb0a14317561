import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadScenario } from "../../scenarios/load/loadScenario.ts";
import { reportHtml } from "../../scenarios/report/reportHtml.ts";
import { reportTemplate } from "../../scenarios/report/reportTemplate.ts";
import type { SimulationResult } from "../../scenarios/result/SimulationResult.ts";
import { runScenario } from "../../scenarios/run/runScenario.ts";
import { chromiumPath, launchChromium, openReportHtml, screenshot } from "./chromium.ts";

const executable = chromiumPath();
/** Every chart the reference report draws, by figure id. */
const REFERENCE_CHARTS = [
  "migration-phases",
  "migration-gantt",
  "link-use",
  "latency",
  "latency-peak",
  "contention-before",
  "contention-during",
  "contention-after",
  "cost-monthly",
  "cost-tornado",
  "cost-waterfall",
  "cost-licence",
  "cost-tco",
  "forecast-runout",
];
const HOSTILE = "<img src=x onerror=alert(1)>";

/** Writes a report for `result` to a temp dir and opens it from disk. */
function open(browser: Browser, result: SimulationResult) {
  return openReportHtml(browser, reportHtml(result, reportTemplate()), "report");
}

describe.skipIf(executable === null)("the report in Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium(executable!);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("renders every section of the reference report from disk with no console error", async () => {
    const result = runScenario(await loadScenario("reference"));
    const { page, problems, firstRenderMs } = await open(browser, result);
    for (const id of [
      "targets",
      "migration",
      "platform",
      "cost",
      "forecast",
      "inventory",
      "assumptions",
    ]) {
      expect(await page.locator(`section#${id}`).count(), id).toBe(1);
    }
    for (const chart of REFERENCE_CHARTS) {
      expect(await page.locator(`figure#${chart} svg[role="img"]`).count(), chart).toBe(1);
    }
    expect(await page.locator("#migration-gantt rect.bar").count()).toBe(
      result.migration.vms.length,
    );
    expect(await page.locator("#targets tbody tr").count()).toBe(result.targets.length);
    // the page title carries the scenario's title and the report's date (issue 15)
    expect(await page.locator("h1").textContent()).toContain(result.scenario.title);
    const rows = await page.locator("#assumptions tbody tr").count();
    expect(rows).toBe(result.assumptions.length);
    expect(problems).toEqual([]);
    await screenshot(page, "reference");
    // reported, not asserted: the README quotes it
    console.log(`time to first render of the reference report: ${firstRenderMs} ms`);
  });

  it("shows a hostile VM name and title as text, never as markup", async () => {
    const base = await loadScenario("reference");
    const scenario = {
      ...base,
      title: `Migration of ${HOSTILE}`,
      inventorySource: { ...base.inventorySource, path: `</script>${HOSTILE}` },
      inventory: {
        ...base.inventory,
        vms: base.inventory.vms.map((vm, i) => (i === 0 ? { ...vm, name: HOSTILE } : vm)),
      },
    };
    const { page, problems, dialogs } = await open(browser, runScenario(scenario));
    expect(await page.locator("h1").textContent()).toContain(`Migration of ${HOSTILE}`);
    expect(await page.locator("#report img").count()).toBe(0);
    expect(await page.getByText(`</script>${HOSTILE}`, { exact: false }).count()).toBeGreaterThan(
      0,
    );
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
    await screenshot(page, "hostile-names");
  });

  it("shows a target not assessed with its own badge and the reason, never green", async () => {
    const base = await loadScenario("reference");
    const scenario = {
      ...base,
      inventory: { ...base.inventory, vms: base.inventory.vms.map((vm) => ({ ...vm, sites: 0 })) },
    };
    const { page, problems } = await open(browser, runScenario(scenario));
    const row = page.locator('#targets tr[data-target="latency.p95.after"]');
    expect(await row.locator(".badge").textContent()).toBe("not assessed");
    expect(await row.locator(".badge").getAttribute("class")).toBe("badge not-assessed");
    expect(await row.textContent()).toContain("no powered-on VM hosts a site");
    const verdict = page.locator("#targets .verdict");
    expect(await verdict.getAttribute("class")).toBe("verdict not-assessed");
    expect(await verdict.textContent()).toContain("not a pass");
    const color = await row
      .locator(".badge")
      .evaluate((e) => getComputedStyle(e).backgroundColor + getComputedStyle(e).color);
    expect(color).not.toContain("218, 251, 225"); // --pass-bg
    expect(await page.locator('[data-not-assessed="latency"]').count()).toBe(1);
    expect(await page.locator('figure[id="latency"], #latency').count()).toBe(0);
    expect(problems).toEqual([]);
    await screenshot(page, "not-assessed");
  });

  it("shows a clear error in place when the embedded result is not a result", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cutover-report-"));
    const file = join(dir, "index.html");
    const html = reportTemplate().replace(
      '<script type="application/json" id="cutover-result">null</script>',
      '<script type="application/json" id="cutover-result">{"schemaVersion": 99}</script>',
    );
    writeFileSync(file, html);
    const page = await browser.newPage();
    await page.goto(pathToFileURL(file).href);
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/schema version 99; this report reads version 1/);
  });

  it("draws each chart of the reference as before (SVG snapshots: a regression guard, not truth)", async () => {
    const result = runScenario(await loadScenario("reference"));
    const { page } = await open(browser, result);
    for (const chart of REFERENCE_CHARTS) {
      // the chart's own SVG (the Gantt also holds one SVG per wave row)
      const svg = await page
        .locator(`figure#${chart} svg[role="img"]`)
        .evaluate((node) => node.outerHTML);
      await expect(svg.replaceAll("><", ">\n<")).toMatchFileSnapshot(`__snapshots__/${chart}.svg`);
    }
  });

  it("saves a chart as SVG", async () => {
    const result = runScenario(await loadScenario("reference"));
    const { page } = await open(browser, result);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.locator("#cost-monthly").getByRole("button", { name: "Save SVG" }).click(),
    ]);
    const svg = readFileSync((await download.path())!, "utf8");
    expect(svg).toMatch(/^<svg[^>]+xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain("Monthly bills, line by line");
  });

  it("downloads the assumptions table as CSV", async () => {
    const result = runScenario(await loadScenario("reference"));
    const { page } = await open(browser, result);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download as CSV" }).click(),
    ]);
    const csv = readFileSync((await download.path())!, "utf8");
    // numeric columns with units in the header (issue 15)
    expect(csv.split("\r\n")[0]).toBe(
      "input,value (in unit),low (in unit),high (in unit),unit,kind,source or reason",
    );
    expect(csv.trim().split("\r\n")).toHaveLength(result.assumptions.length + 1);
  });
});
