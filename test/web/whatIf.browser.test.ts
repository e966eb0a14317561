import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compareResults } from "../../scenarios/compare/compareResults.ts";
import { loadScenario } from "../../scenarios/load/loadScenario.ts";
import { type ReportExtras, reportHtml } from "../../scenarios/report/reportHtml.ts";
import { reportTemplate } from "../../scenarios/report/reportTemplate.ts";
import type { SimulationResult } from "../../scenarios/result/SimulationResult.ts";
import { runScenario } from "../../scenarios/run/runScenario.ts";
import {
  NOT_RECOMPUTED_NOTE,
  VERDICT_WITHOUT_STUDY_NOTE,
} from "../../web/interactive/whatIfBanner.ts";
import { whatIfFigures } from "../../web/whatIf/whatIfFigures.ts";
import { chromiumPath, launchChromium, openReportHtml } from "./chromium.ts";
import { studyOf } from "./studyOf.ts";

const executable = chromiumPath();
/** Where the what-if screenshots go, for a person to look at (not compared). */
const SHOTS = "/tmp/shots-whatif";

/** Opens a report of `result` with `extras` from disk and waits for the what-if panel. */
async function open(browser: Browser, result: SimulationResult, extras: ReportExtras = {}) {
  const html = reportHtml(result, reportTemplate(), extras, {
    generated: "2026-12-06",
    version: "test",
  });
  const opened = await openReportHtml(browser, html, "what-if");
  await opened.page.waitForSelector("fieldset#what-if:not([disabled])");
  return opened;
}

/** The report's markup and the page title, as Reset must bring them back. */
async function snapshot(page: Page): Promise<{ html: string; title: string }> {
  return page.evaluate(() => ({
    html: document.getElementById("report")!.innerHTML,
    title: document.title,
  }));
}

/** The report's markup without the controls (which may sit inside it), and the page title. */
async function reportOnly(page: Page): Promise<{ html: string; title: string }> {
  return page.evaluate(() => {
    const copy = document.getElementById("report")!.cloneNode(true) as HTMLElement;
    copy.querySelector("#workbench")?.remove();
    return { html: copy.innerHTML, title: document.title };
  });
}

/** Fails with where two markups first differ (not both whole pages). */
function expectSameMarkup(after: string, before: string): void {
  if (after === before) return;
  let i = 0;
  while (i < after.length && after[i] === before[i]) i++;
  expect(after.slice(Math.max(0, i - 200), i + 200)).toBe(
    before.slice(Math.max(0, i - 200), i + 200),
  );
  expect(after.length).toBe(before.length);
}

/** Shots of the page at desktop and phone width (the viewport is set back after). */
async function shots(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.screenshot({ path: `${SHOTS}/${name}-1440.png`, fullPage: false });
  await page.locator("#what-if-banner").screenshot({ path: `${SHOTS}/${name}-banner-1440.png` });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.locator("#what-if-banner").screenshot({ path: `${SHOTS}/${name}-banner-390.png` });
  await page.setViewportSize({ width: 1366, height: 900 });
}

describe.skipIf(executable === null)("a what-if in the report, in Chromium", () => {
  let browser: Browser;
  let reference: SimulationResult;
  let oneGbe: SimulationResult;
  let extras: ReportExtras;
  beforeAll(async () => {
    browser = await launchChromium(executable!);
    const scenario = await loadScenario("reference");
    reference = runScenario(scenario);
    oneGbe = runScenario(await loadScenario("reference-1gbe"));
    const monteCarlo = await studyOf(scenario, reference, 4);
    const comparison = compareResults([reference, oneGbe]);
    extras = { monteCarlo, comparison };
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
  });

  it("labels a what-if run: banner, changed inputs, figures beside the scenario's, title; keeps the study greyed; Reset restores the page byte for byte", async () => {
    const { page, problems } = await open(browser, reference, extras);
    const before = await snapshot(page);
    expect(before.title).not.toMatch(/^What-if/);
    expect(await page.locator("#what-if-banner").count()).toBe(0);

    await page.getByLabel("Inter-site link speed").fill("1");
    const banner = page.locator("#what-if-banner");
    await banner.waitFor({ timeout: 60_000 });

    // named a what-if: the banner, the h1 and the page title
    expect(await banner.locator("h2").textContent()).toMatch(/^What-if/);
    const h1 = await page.locator("#report h1").textContent();
    expect(h1).toMatch(/^What-if: /);
    expect(h1).toContain(reference.scenario.title);
    expect(await page.title()).toBe(`What-if: ${before.title}`);
    expect(await page.locator("#report > :first-child").getAttribute("id")).toBe("what-if-banner");

    // the changed input with the scenario's value and the what-if value, with units
    expect(
      await banner
        .locator("table.what-if-changes tbody tr")
        .evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent))),
    ).toEqual([["Inter-site link speed", "10 Gbit/s", "1 Gbit/s"]]);

    // each key figure beside the scenario's, with the change: the same texts as the rows of
    // the two results the page could have been rendered from (the what-if equals the 1 GbE file)
    const shown = await banner
      .locator("table.what-if-figures tbody tr")
      .evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent)));
    expect(shown).toEqual(
      whatIfFigures(reference, oneGbe).map((f) => [f.label, f.scenario, f.whatIf, f.delta]),
    );
    expect(shown.map((r) => r[0])).toEqual([
      "Migration makespan",
      "Longest stun",
      "Site p95 after the move (peak hour)",
      "Monthly shared bill",
      "Saving",
      "N+1 on the target",
    ]);
    expect(shown[0]![3]).toMatch(/^\+/);
    expect(
      await banner
        .locator('tr[data-figure="migration.makespan"] td[data-direction]')
        .getAttribute("data-direction"),
    ).toBe("worse");

    // the sections a what-if cannot recompute stay, greyed, with the note
    for (const id of ["uncertainty", "comparison"]) {
      const s = page.locator(`section#${id}`);
      expect(await s.count(), id).toBe(1);
      expect(await s.getAttribute("class"), id).toContain("what-if-stale");
      expect(await s.locator(".what-if-stale-note").textContent(), id).toBe(NOT_RECOMPUTED_NOTE);
      const opacity = await s.evaluate((e) => {
        const content = [...e.children].find(
          (c) => c.tagName !== "H2" && !c.classList.contains("what-if-stale-note"),
        );
        return content === undefined ? "none" : getComputedStyle(content).opacity;
      });
      expect(Number(opacity), id).toBeLessThan(1);
    }
    // the verdict is the what-if's plan alone: no miss probability of the scenario's study
    expect(await page.locator("#targets .what-if-stale-note").textContent()).toBe(
      VERDICT_WITHOUT_STUDY_NOTE,
    );
    expect(await page.locator("#targets").textContent()).not.toMatch(/of 4 runs/);
    expect(await page.locator("#report #targets").count()).toBe(1);
    expect(await banner.locator("p.note").textContent()).toMatch(
      /^Greyed below: Uncertainty and Comparison, from the scenario's own run, not recomputed/,
    );
    // Reset: the page exactly as before any what-if
    await page.getByRole("button", { name: "Reset to the scenario" }).click();
    await expect.poll(() => page.locator("#what-if-banner").count()).toBe(0);
    const after = await snapshot(page);
    expect(after.title).toBe(before.title);
    expectSameMarkup(after.html, before.html);
    expect(after.html === before.html).toBe(true);
    expect(problems).toEqual([]);
  });

  it("looks right at 1440 and 390 px (screenshots to look at)", async () => {
    const { page, problems } = await open(browser, reference, extras);
    await page.getByLabel("Inter-site link speed").fill("1");
    await page.getByLabel("Max concurrent migrations").fill("4");
    await page.locator("#what-if-banner").waitFor({ timeout: 60_000 });
    await expect
      .poll(() => page.locator("#what-if-banner table.what-if-changes tbody tr").count(), {
        timeout: 60_000,
      })
      .toBe(2);
    await shots(page, "what-if-mc");
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.locator("section#uncertainty").screenshot({ path: `${SHOTS}/uncertainty-1440.png` });
    await page.locator("section#comparison").screenshot({ path: `${SHOTS}/comparison-1440.png` });
    await page.setViewportSize({ width: 390, height: 844 });
    // narrowed, the report is drawn again for the phone (redrawOnResize), still labelled a what-if
    await page.waitForFunction(() => {
      const svg = document.querySelector("figure#latency > svg");
      return svg !== null && Number(svg.getAttribute("viewBox")!.split(/\s+/)[2]) < 420;
    });
    expect(await page.locator("#what-if-banner table.what-if-changes tbody tr").count()).toBe(2);
    expect(await page.title()).toContain("What-if");
    await page.screenshot({ path: `${SHOTS}/what-if-mc-390.png` });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll("#report *")]
        .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .slice(0, 5)
        .map((e) => `${e.tagName.toLowerCase()}#${e.id}.${e.className}`),
    );
    console.log(`what-if page at 390 px: ${overflow} px of horizontal overflow`, wide);
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.locator("section#targets").screenshot({ path: `${SHOTS}/targets-1440.png` });
    // printed, a what-if still says so
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("#what-if-banner").isVisible()).toBe(true);
    await page.emulateMedia({ media: "screen" });
    const bannerOverflow = await page
      .locator("#what-if-banner")
      .evaluate((e) => e.scrollWidth - e.clientWidth);
    expect(bannerOverflow).toBeLessThanOrEqual(0);
    expect(problems).toEqual([]);
  });

  it("restores the page byte for byte when an edit is taken back to the scenario's value", async () => {
    const { page, problems } = await open(browser, reference);
    const before = await snapshot(page);
    const concurrency = page.getByLabel("Max concurrent migrations");
    const own = await concurrency.inputValue();
    await concurrency.fill("2");
    await page.locator("#what-if-banner").waitFor({ timeout: 60_000 });
    expect(await page.title()).toMatch(/^What-if: /);
    await concurrency.fill(own);
    await expect.poll(() => page.locator("#what-if-banner").count()).toBe(0);
    const after = await snapshot(page);
    expect(after.title).toBe(before.title);
    expectSameMarkup(after.html, before.html);
    expect(problems).toEqual([]);
  });

  it("labels a what-if of an opened scenario file and resets to that file's report byte for byte", async () => {
    const { page, problems } = await open(browser, reference, extras);
    await page.locator("#open-files").setInputFiles({
      name: "slow-link.json",
      mimeType: "application/json",
      buffer: Buffer.from(
        JSON.stringify({
          schemaVersion: 1,
          extends: "reference",
          name: "slow-link",
          title: "Opened <b>slow</b> link",
          link: { bandwidth: "1 Gbit/s", extensionThroughput: "1 Gbit/s" },
        }),
      ),
    });
    await page.locator("#report h1", { hasText: "Opened <b>slow</b> link" }).waitFor();
    const before = await snapshot(page);
    // an opened file is another scenario: the page's study and comparison are not its own
    expect(await page.locator("section#uncertainty").count()).toBe(0);
    await page.getByLabel("Max concurrent migrations").fill("2");
    const banner = page.locator("#what-if-banner");
    await banner.waitFor({ timeout: 60_000 });
    expect(await banner.locator("p").first().textContent()).toContain(
      'This report is "Opened <b>slow</b> link" re-run',
    );
    expect(await banner.locator("b").count()).toBe(0);
    expect(
      await banner
        .locator("table.what-if-changes tbody tr")
        .evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent))),
    ).toEqual([["Max concurrent migrations", "8 in flight", "2 in flight"]]);
    expect(await page.title()).toBe(`What-if: ${before.title}`);
    await page.getByRole("button", { name: "Reset to the scenario" }).click();
    await expect.poll(() => page.locator("#what-if-banner").count()).toBe(0);
    const after = await snapshot(page);
    expect(after.title).toBe(before.title);
    expectSameMarkup(after.html, before.html);
    expect(problems).toEqual([]);
  });

  it("refuses 1e9 Gbit/s, naming the physical range, and runs nothing", async () => {
    const { page, problems } = await open(browser, reference);
    const before = await reportOnly(page);
    const link = page.getByLabel("Inter-site link speed");
    await link.fill("1e9");
    expect(await link.getAttribute("aria-invalid")).toBe("true");
    expect(await page.locator("#knob-linkBandwidth-error").textContent()).toBe(
      'Inter-site link speed: expected a number ≥ 0.001 Gbit/s and ≤ 1,600 Gbit/s (1.6 Tbit/s, the fastest Ethernet, IEEE 802.3dj), got "1e9"',
    );
    // longer than the re-run delay: nothing ran, the report is the scenario's
    await page.waitForTimeout(1_000);
    expect(await page.locator("#what-if-banner").count()).toBe(0);
    const after = await reportOnly(page);
    expect(after.title).toBe(before.title);
    expectSameMarkup(after.html, before.html);
    // (screenshots after the comparison: Playwright leaves style="" on inputs it captured)
    await page.locator("#knob-linkBandwidth").evaluate((e) => e.scrollIntoView());
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.locator("#workbench").screenshot({ path: `${SHOTS}/refused-1440.png` });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.locator("#workbench").screenshot({ path: `${SHOTS}/refused-390.png` });
    await page.setViewportSize({ width: 1366, height: 900 });
    expect(problems).toEqual([]);
  });
});
