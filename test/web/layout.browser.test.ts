import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadScenario } from "../../scenarios/load/loadScenario.ts";
import { reportHtml } from "../../scenarios/report/reportHtml.ts";
import { reportTemplate } from "../../scenarios/report/reportTemplate.ts";
import type { SimulationResult } from "../../scenarios/result/SimulationResult.ts";
import { runScenario } from "../../scenarios/run/runScenario.ts";
import { chromiumPath, launchChromium, openReportHtml, screenshotPath } from "./chromium.ts";

const executable = chromiumPath();
const META = { generated: "2026-12-06", version: "9.8.7" };

describe.skipIf(executable === null)("the report's shell in Chromium", () => {
  let browser: Browser;
  let result: SimulationResult;
  let html: string;
  beforeAll(async () => {
    browser = await launchChromium(executable!);
    result = runScenario(await loadScenario("reference"));
    html = reportHtml(result, reportTemplate(), {}, META);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  it("titles the page and its h1 with the scenario and the date, and shows version and seed", async () => {
    const { page, problems } = await openReportHtml(browser, html, "layout");
    expect(problems).toEqual([]);
    const title = await page.title();
    expect(title).toContain(result.scenario.title);
    expect(title).toContain("6 December 2026");
    const h1 = (await page.locator("h1").textContent()) ?? "";
    expect(h1).toContain(result.scenario.title);
    expect(h1).toContain("6 December 2026");
    const header = (await page.locator("main > header").textContent()) ?? "";
    expect(header).toContain("cutover 9.8.7");
    expect(header).toContain(String(result.scenario.seed));
  });

  it("puts the verdict first, then the contents, then the controls; the contents link every section", async () => {
    const { page } = await openReportHtml(browser, html, "layout");
    await page.waitForSelector("#workbench h2");
    const order = await page.$$eval("main > *", (els) =>
      els.map((e) => e.id || e.tagName.toLowerCase()),
    );
    expect(order.slice(0, 4)).toEqual(["header", "targets", "toc", "workbench"]);
    const links = await page.$$eval("#toc a", (as) => as.map((a) => a.getAttribute("href")));
    const sections = await page.$$eval("main > section[id] > h2", (hs) =>
      hs.map((h) => `#${h.parentElement?.id}`),
    );
    expect(links).toEqual(sections);
    expect(links[0]).toBe("#targets");
    // the verdict is above the fold at 1440×900
    await page.setViewportSize({ width: 1440, height: 900 });
    const box = await page.locator("#targets p.verdict").boundingBox();
    expect(box).not.toBeNull();
    expect((box?.y ?? 1e9) + (box?.height ?? 0)).toBeLessThanOrEqual(900);
  });

  it("does not scroll sideways at 390 px, and its text stays readable there", async () => {
    const { page } = await openReportHtml(browser, html, "layout-phone");
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(200);
    const width = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 1e9);
    expect(width).toBeLessThanOrEqual(390);
    // every HTML text outside charts is at least 12 px
    const small = await page.evaluate(() =>
      Array.from(document.querySelectorAll("main p, main li, main td, main th, main dd"))
        .filter((e) => e.closest("svg") === null)
        .map((e) => Number.parseFloat(getComputedStyle(e).fontSize))
        .filter((px) => px < 12),
    );
    expect(small).toEqual([]);
    // wide tables scroll inside their own box
    const tables = await page.$$eval("main table", (ts) =>
      ts.map((t) => t.parentElement?.classList.contains("table-scroll") ?? false),
    );
    expect(tables.length).toBeGreaterThan(0);
    expect(tables.every(Boolean)).toBe(true);
    await page.screenshot({ path: screenshotPath("layout-390-top") });
  });
});
