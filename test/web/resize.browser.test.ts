import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { loadScenario } from "../../scenarios/load/loadScenario.ts";
import { reportHtml } from "../../scenarios/report/reportHtml.ts";
import { reportTemplate } from "../../scenarios/report/reportTemplate.ts";
import { runScenario } from "../../scenarios/run/runScenario.ts";
import { layoutOf } from "../../web/redrawOnResize.ts";
import { chromiumForSuite, chromiumPath, openReportHtml } from "./chromium.ts";

const executable = chromiumPath();
const result = runScenario(await loadScenario("reference"), { sensitivity: false });
const html = reportHtml(result, reportTemplate());

/** The width each chart was laid out for: its viewBox's width before fitViewBox's margins. */
function chartWidths(page: Page): Promise<Record<string, number>> {
  return page.$$eval("figure.chart[id] > svg[viewBox]", (svgs) =>
    Object.fromEntries(
      svgs.map((svg) => [
        svg.parentElement!.id,
        Number(svg.getAttribute("viewBox")!.split(/\s+/)[2]),
      ]),
    ),
  );
}

describe("layoutOf", () => {
  it("puts widths in 40 px steps, every width from the widest chart's 960 px up alike", () => {
    expect([layoutOf(390), layoutOf(399), layoutOf(400), layoutOf(960), layoutOf(2560)]).toEqual([
      9, 9, 10, 24, 24,
    ]);
  });
});

describe.skipIf(executable === null)("the report redrawn when its width changes", () => {
  const browser = chromiumForSuite(executable!);

  it("lays its charts out again for a phone after the window narrows, and keeps the reader's place", async () => {
    const { page, problems } = await openReportHtml(browser(), html, "resize");
    const wide = await chartWidths(page);
    expect(wide.latency).toBeGreaterThan(600);
    // the reader toggled the plan's first wave, and is at the cost section
    const openWaves = () => page.locator("#migration-gantt details.gantt-wave[open]").count();
    const drawnOpen = await openWaves();
    await page.locator("#migration-gantt details.gantt-wave summary").first().click();
    const readerOpen = await openWaves();
    expect(readerOpen).not.toBe(drawnOpen);
    await page.evaluate(() => document.getElementById("cost")!.scrollIntoView());
    // the report notes the reader's place on the frame after a scroll
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForFunction(() => {
      const svg = document.querySelector("figure#latency > svg");
      return svg !== null && Number(svg.getAttribute("viewBox")!.split(/\s+/)[2]) < 420;
    });
    const narrow = await chartWidths(page);
    expect(Object.keys(narrow).sort()).toEqual(Object.keys(wide).sort());
    expect(narrow.latency).toBeLessThan(420);
    // the waves as the reader left them, and the cost section still at the top of the window
    expect(await openWaves()).toBe(readerOpen);
    const top = await page.evaluate(
      () => document.getElementById("cost")!.getBoundingClientRect().top,
    );
    expect(Math.abs(top)).toBeLessThan(8);
    const scrollWidth = await page.evaluate(() => document.scrollingElement!.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(390);
    // and back: the desktop layout again
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.waitForFunction(() => {
      const svg = document.querySelector("figure#latency > svg");
      return svg !== null && Number(svg.getAttribute("viewBox")!.split(/\s+/)[2]) > 600;
    });
    expect(await chartWidths(page)).toEqual(wide);
    expect(problems).toEqual([]);
  });

  it("does not draw again for a change within one layout step", async () => {
    const { page } = await openReportHtml(browser(), html, "resize-small");
    await page.evaluate(() => {
      document.querySelector("figure#latency")!.setAttribute("data-drawn", "first");
    });
    // 1366 and 1300 px both lay charts out at their widest
    await page.setViewportSize({ width: 1300, height: 900 });
    await page.waitForTimeout(400);
    expect(await page.locator("figure#latency").getAttribute("data-drawn")).toBe("first");
  });
});
