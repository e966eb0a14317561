import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadScenario } from "../../scenarios/load/loadScenario.ts";
import { reportHtml } from "../../scenarios/report/reportHtml.ts";
import { reportTemplate } from "../../scenarios/report/reportTemplate.ts";
import { runScenario } from "../../scenarios/run/runScenario.ts";
import { chromiumPath, launchChromium, openReportHtml } from "./chromium.ts";

const executable = chromiumPath();

/** Pages of a PDF: its page objects ("/Type /Page", not "/Type /Pages"). */
function pageCount(pdf: Buffer): number {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page(?![s])/g) ?? []).length;
}

describe.skipIf(executable === null)("the printed report in Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium(executable!);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("hides the controls and fits the reference report in at most 10 A4 pages", async () => {
    const result = runScenario(await loadScenario("reference"));
    const { page } = await openReportHtml(
      browser,
      reportHtml(result, reportTemplate(), {}, { generated: "2026-12-06", version: "0.0.0" }),
      "print",
    );
    await page.waitForSelector("#workbench h2");
    await page.emulateMedia({ media: "print" });
    const shown = await page.evaluate(() =>
      ["#workbench", "#toc", "button", "input"].flatMap((selector) =>
        Array.from(document.querySelectorAll(selector))
          // no layout box: hidden itself or inside something hidden
          .filter((e) => e.getClientRects().length > 0)
          .map(() => selector),
      ),
    );
    expect(shown).toEqual([]);
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    const pages = pageCount(pdf);
    console.log(`the reference report prints on ${pages} A4 pages`);
    expect(pages).toBeGreaterThan(1);
    expect(pages).toBeLessThanOrEqual(10);
  }, 120_000);
});
