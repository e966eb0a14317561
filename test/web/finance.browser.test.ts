import { mkdirSync, readFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadScenario } from "../../scenarios/load/loadScenario.ts";
import { reportHtml } from "../../scenarios/report/reportHtml.ts";
import { reportTemplate } from "../../scenarios/report/reportTemplate.ts";
import type { SimulationResult } from "../../scenarios/result/SimulationResult.ts";
import { runScenario } from "../../scenarios/run/runScenario.ts";
import { chromiumPath, clippedTexts, launchChromium, openReportHtml } from "./chromium.ts";

const executable = chromiumPath();
/** The cost section's charts. */
const COST_CHARTS = ["cost-monthly", "cost-waterfall", "cost-licence", "cost-tco", "cost-tornado"];
/** Where the screenshots a person looks at go (not compared, not committed). */
const SHOTS = "/tmp/shots-finance";

/** A number written in a cell ("27.5 %", "1,570 EUR") as a number. */
function numberIn(text: string | null): number {
  const match = /−?-?[\d,]+(\.\d+)?/.exec(text ?? "");
  return match === null ? Number.NaN : Number(match[0].replaceAll(",", "").replace("−", "-"));
}

describe.skipIf(executable === null)("the cost section as finance reads it, in Chromium", () => {
  let browser: Browser;
  let result: SimulationResult;
  let html: string;
  beforeAll(async () => {
    browser = await launchChromium(executable!);
    result = runScenario(await loadScenario("reference"));
    html = reportHtml(result, reportTemplate());
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("reconciles the bills: lines sum to subtotals, and the saving % equals the targets table's saving", async () => {
    const { page, problems } = await openReportHtml(browser, html, "finance");
    const bills = page.locator("#cost table.reconciled");
    for (const key of ["dedicatedBefore", "dedicatedAfter", "shared"]) {
      const body = bills.locator(`tbody[data-bill="${key}"]`);
      const amounts = (await body.locator("tr.line td.amount").allTextContents()).map(numberIn);
      const subtotal = numberIn(await body.locator("tr.subtotal td.amount").textContent());
      expect(
        amounts.reduce((s, a) => s + a, 0),
        key,
      ).toBeCloseTo(subtotal, 0);
    }
    const saving = await bills
      .locator('tr.saving.target[data-baseline="vsBeforeLicenceChange"] .saving-percent')
      .textContent();
    const targetCells = await page
      .locator('#targets tr[data-target="cost.savings"] td')
      .allTextContents();
    expect(numberIn(saving)).toBe(27.5);
    expect(targetCells.map(numberIn)).toContain(numberIn(saving));
    // the licensing rule is stated on the licence line
    expect(await bills.locator("tr.rule").textContent()).toContain(
      "96 cores billed for 60 physical cores",
    );
    // the one-off, dual running, NPV, payback and break-even prices are on the page
    const move = await page.locator("#cost table.finance-move").textContent();
    for (const text of ["One-off migration cost", "Dual running", "NPV saving", "month 6"])
      expect(move).toContain(text);
    expect(await page.locator("#cost table.finance-break-even tbody tr").count()).toBe(
      result.cost.sensitivity!.breakEven.length,
    );
    expect(problems).toEqual([]);
  });

  it("draws the bills chart with one colour per line item and a legend listing them", async () => {
    const { page } = await openReportHtml(browser, html, "finance");
    const pairs = await page
      .locator("#cost-monthly rect.segment")
      .evaluateAll((rects) =>
        rects.map((r) => [
          r.getAttribute("fill") ?? "",
          (r.querySelector("title")?.textContent ?? "")
            .replace(/^[^:]*: /, "")
            .replace(/ [\d,.]+ \w+\/month$/, ""),
        ]),
      );
    const colourOf = new Map<string, Set<string>>();
    for (const [fill = "", item = ""] of pairs)
      colourOf.set(fill, (colourOf.get(fill) ?? new Set()).add(item));
    // each colour is one item
    for (const [fill, items] of colourOf) expect([...items], fill).toHaveLength(1);
    const legend = page.locator("#cost-monthly ul.legend li");
    expect(await legend.count()).toBe(colourOf.size);
    const swatches = await page
      .locator("#cost-monthly ul.legend .legend-swatch")
      .evaluateAll((s) => s.map((e) => (e as HTMLElement).style.getPropertyValue("--swatch")));
    expect(new Set(swatches)).toEqual(new Set(colourOf.keys()));
    expect(new Set(swatches).size).toBe(swatches.length);
  });

  it("names the tornado's inputs in words with their range, and draws the target line and a legend", async () => {
    const { page } = await openReportHtml(browser, html, "finance");
    const labels = await page.locator("#cost-tornado text.tornado-label").allTextContents();
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) {
      expect(label).not.toMatch(/[A-Za-z]\.[A-Za-z]/);
      expect(label).toMatch(/ to .*\(scenario: /);
    }
    expect(labels.join(" ")).toContain("shared price per GB RAM per month");
    expect(await page.locator("#cost-tornado line.tornado-target").count()).toBe(1);
    const legend = await page.locator("#cost-tornado ul.legend").textContent();
    expect(legend).toContain("saving target: at least 27.0 %");
  });

  it("clips no text of the cost charts at 1440 and at 390 px, and keeps the section within a phone's width", async () => {
    mkdirSync(SHOTS, { recursive: true });
    for (const size of [
      { width: 1440, height: 900 },
      { width: 390, height: 844 },
    ]) {
      const { page } = await openReportHtml(browser, html, "finance");
      // rendered at that size (a phone gets its own layout), not a desktop page shrunk
      await page.setViewportSize(size);
      await page.reload();
      await page.waitForSelector("#assumptions table");
      expect(await clippedTexts(page, COST_CHARTS), `${size.width} px`).toEqual([]);
      const right = await page.locator("#cost").evaluate((s) =>
        // a wide table scrolls inside its own box (.finance-scroll), not the page
        [...s.querySelectorAll("*")]
          .filter((e) => e.parentElement?.closest(".finance-scroll") === null)
          .reduce((most, e) => Math.max(most, e.getBoundingClientRect().right), 0),
      );
      if (size.width === 390) expect(right).toBeLessThanOrEqual(size.width + 1);
      await page.locator("#cost").screenshot({ path: `${SHOTS}/cost-${size.width}.png` });
      const parts = [
        ["bills", "#cost table.reconciled"],
        ["move", "#cost table.finance-move"],
        ["break-even", "#cost table.finance-break-even"],
        ...COST_CHARTS.map((id) => [id, `figure#${id}`]),
      ];
      for (const [name, selector] of parts)
        await page.locator(selector!).screenshot({ path: `${SHOTS}/${name}-${size.width}.png` });
    }
  });

  it("downloads the bills and the assumptions as numeric CSV with units in the header", async () => {
    const { page } = await openReportHtml(browser, html, "finance");
    const [bills] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download bills as CSV" }).click(),
    ]);
    const lines = readFileSync((await bills.path())!, "utf8")
      .trim()
      .split("\r\n");
    expect(lines[0]).toBe(
      "bill,item,quantity,unit,unit price (EUR/month),unit price from,amount (EUR/month)",
    );
    const amounts = lines.slice(1).map((l) => Number(l.split(",").at(-1)));
    expect(amounts.every((a) => Number.isFinite(a))).toBe(true);
    expect(amounts.reduce((s, a) => s + a, 0)).toBe(5700 + 7736 + 4130);
    const [assumptions] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download as CSV" }).click(),
    ]);
    const rows = readFileSync((await assumptions.path())!, "utf8")
      .trim()
      .split("\r\n");
    expect(rows[0]).toBe(
      "input,value (in unit),low (in unit),high (in unit),unit,kind,source or reason",
    );
    for (const row of rows.slice(1)) {
      const [, value, low, high] = row.split(",");
      for (const cell of [value, low, high]) expect(Number.isNaN(Number(cell)), row).toBe(false);
    }
  });
});
