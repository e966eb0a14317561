import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { compareResults } from "../../scenarios/compare/compareResults.ts";
import { loadScenario } from "../../scenarios/load/loadScenario.ts";
import { type ReportExtras, reportHtml } from "../../scenarios/report/reportHtml.ts";
import { reportTemplate } from "../../scenarios/report/reportTemplate.ts";
import type { SimulationResult } from "../../scenarios/result/SimulationResult.ts";
import { runScenario } from "../../scenarios/run/runScenario.ts";
import { OVER_COLOR } from "../../web/charts/palette.ts";
import { chromiumForSuite, chromiumPath, clippedTexts, openReportHtml } from "./chromium.ts";
import { studyOf } from "./studyOf.ts";

/** Where these tests leave screenshots for a person to look at (not compared, not committed). */
function screenshotPath(name: string): string {
  mkdirSync("/tmp/shots-charts", { recursive: true });
  return `/tmp/shots-charts/${name}.png`;
}

const executable = chromiumPath();

/** The platform, latency and forecast charts of the reference report, by figure id. */
const PLATFORM_CHARTS = [
  "latency",
  "latency-peak",
  "contention-before",
  "contention-during",
  "contention-after",
];
/** The Uncertainty section's histograms and misses chart (a Monte Carlo study embedded). */
const MONTE_CARLO_CHARTS = [
  "montecarlo-makespanSeconds",
  "montecarlo-maxDowntimeSeconds",
  "montecarlo-savingsFraction",
  "montecarlo-latencyP95AfterMs",
  "montecarlo-misses",
];

/** Opens a report for `result` at `width`×`height` (rendered at that width: charts lay out for it). */
async function openAt(
  browser: Parameters<typeof openReportHtml>[0],
  result: SimulationResult,
  size: { width: number; height: number },
  extras: ReportExtras = {},
) {
  const opened = await openReportHtml(
    browser,
    reportHtml(result, reportTemplate(), extras),
    "charts",
  );
  await opened.page.setViewportSize(size);
  await opened.page.reload();
  await opened.page.waitForSelector("#assumptions table");
  return opened;
}

/** Text of the figures' SVGs drawn smaller than `minPx` CSS pixels (font size × SVG scale). */
function tinyTexts(page: Page, ids: readonly string[], minPx: number): Promise<string[]> {
  return page.evaluate(
    ([chartIds, min]) => {
      const out: string[] = [];
      for (const id of chartIds as string[]) {
        const svg = document.querySelector<SVGSVGElement>(`figure#${CSS.escape(id)} > svg`);
        if (svg === null) continue;
        for (const text of svg.querySelectorAll("text")) {
          if ((text.textContent ?? "") === "") continue;
          const m = text.getScreenCTM();
          if (m === null) continue;
          const scale = Math.hypot(m.a, m.b);
          const px = Number.parseFloat(getComputedStyle(text).fontSize) * scale;
          if (px < (min as number)) out.push(`${id}: "${text.textContent}" at ${px.toFixed(1)} px`);
        }
      }
      return out;
    },
    [ids, minPx] as const,
  );
}

/** The labels of a figure's categorical legend. */
function legendLabels(page: Page, id: string): Promise<string[]> {
  return page.locator(`figure#${id} ul.legend .legend-label`).allTextContents();
}

describe.skipIf(executable === null)("the platform, latency and forecast charts", () => {
  const browser = chromiumForSuite(executable!);

  it("compares latency like for like, each chart with a legend naming its series", async () => {
    const result = runScenario(await loadScenario("reference"));
    const { page, problems } = await openAt(browser(), result, { width: 1440, height: 900 });
    expect(problems).toEqual([]);
    for (const id of ["latency", "latency-peak"]) {
      const series = await page
        .locator(`figure#${id} rect[data-series]`)
        .evaluateAll((rects) => [...new Set(rects.map((r) => r.getAttribute("data-series")))]);
      expect(series.length, id).toBeGreaterThan(1);
      expect(await legendLabels(page, id), id).toEqual(series);
      // each series drawn in its legend swatch's colour (as rendered), no two series sharing one
      const drawn = await page
        .locator(`figure#${id} rect[data-series]`)
        .evaluateAll((rects) => [
          ...new Map(
            rects.map((r) => [r.getAttribute("data-series"), getComputedStyle(r).fill]),
          ).values(),
        ]);
      const swatches = await page
        .locator(`figure#${id} ul.legend .legend-swatch`)
        .evaluateAll((spans) => spans.map((s) => getComputedStyle(s).backgroundColor));
      expect(drawn, id).toEqual(swatches);
      expect(new Set(drawn).size, id).toBe(series.length);
    }
    // over the migration's hours: before = every VM on the source over those hours, not the peak
    const same = result.latency.duringMigration.sameHours;
    const p95 = await page.locator("figure#latency rect[data-series] title").allTextContents();
    expect(p95).toContain(`p95, before: every VM on the source: ${same.source.p95Ms.toFixed(0)}`);
    expect(p95).toContain(`p95, during the move: ${result.latency.during!.p95Ms.toFixed(0)}`);
    expect(p95).toContain(`p95, after: every VM on the target: ${same.target.p95Ms.toFixed(0)}`);
    // the peak-hour chart has no "during" and says why
    expect(await legendLabels(page, "latency-peak")).toEqual(["before (source)", "after (target)"]);
    expect(
      await page
        .locator('figure#latency-peak [data-no-like-for-like="during-at-peak"]')
        .textContent(),
    ).toMatch(/no during-the-move figure at the weekly peak hour/);
    // the run-out chart: both kinds of marker named
    expect(await legendLabels(page, "forecast-runout")).toHaveLength(2);
    expect(await clippedTexts(page, [...PLATFORM_CHARTS, "forecast-runout"])).toEqual([]);
    await page
      .locator("section#platform")
      .screenshot({ path: screenshotPath("charts-platform-1440") });
  });

  it("shows host load over 100 % in the alarm colour, and its legend says so", async () => {
    const result = runScenario(await loadScenario("reference"));
    const host = result.platform.after.hosts[0]!;
    host.cpuDemandCores = host.cpuDemandCores.map((d, i) =>
      i === 10 ? host.capacityCores * 3.24 : d,
    );
    const { page, problems } = await openAt(browser(), result, { width: 1440, height: 900 });
    expect(problems).toEqual([]);
    const over = page.locator("figure#contention-after rect.cell.over");
    expect(await over.count()).toBe(1);
    expect(await over.getAttribute("fill")).toBe(OVER_COLOR);
    expect(await over.locator("title").textContent()).toMatch(/324 %.*over 100 %/);
    const legendText = await page
      .locator("figure#contention-after .legend-sequential")
      .textContent();
    expect(legendText).toMatch(/over 100 % \(up to 324 %\)/);
    // the other heatmaps have a legend too, with no cell in the alarm colour
    for (const id of ["contention-before", "contention-during"]) {
      expect(await page.locator(`figure#${id} .legend-sequential`).count(), id).toBe(1);
      expect(await page.locator(`figure#${id} rect.cell.over`).count(), id).toBe(0);
    }
    // every cell at or under 100 % takes a colour of the scale, never the alarm colour
    const fills = await page
      .locator("figure#contention-after rect.cell:not(.over)")
      .evaluateAll((rects) => rects.map((r) => r.getAttribute("fill")));
    expect(fills).not.toContain(OVER_COLOR);
    await page
      .locator("figure#contention-after")
      .screenshot({ path: screenshotPath("figure-contention-after-over-1440") });
  });

  it("keeps chart text at 9 px or more and unclipped on a 390 px phone", async () => {
    const scenario = await loadScenario("reference");
    const result = runScenario(scenario);
    const monteCarlo = await studyOf(scenario, result, 6);
    for (const size of [
      { width: 390, height: 844 },
      { width: 1440, height: 900 },
    ]) {
      const { page, problems } = await openAt(browser(), result, size, { monteCarlo });
      expect(problems).toEqual([]);
      const mine = [...PLATFORM_CHARTS, ...MONTE_CARLO_CHARTS, "forecast-runout"];
      expect(await tinyTexts(page, mine, 9), `${size.width} px`).toEqual([]);
      expect(await clippedTexts(page, mine), `${size.width} px`).toEqual([]);
      // histograms with a target line and the misses chart name their marks
      for (const id of MONTE_CARLO_CHARTS.slice(0, 4)) {
        const limits = await page.locator(`figure#${id} g.marker.limit`).count();
        const labels = await legendLabels(page, id);
        expect(labels[0], id).toBe("replications per bin");
        expect(labels.includes("the target's limit (dashed)"), id).toBe(limits > 0);
      }
      expect(await legendLabels(page, "montecarlo-misses")).toContain("95 % interval");
      // the charts never widen the page: each figure ends within the viewport
      const wide = await page.evaluate((ids) => {
        const width = document.documentElement.clientWidth;
        return ids.filter((id) => {
          const figure = document.querySelector(`figure#${CSS.escape(id)}`);
          return figure === null || figure.getBoundingClientRect().right > width + 0.5;
        });
      }, mine);
      expect(wide, `${size.width} px`).toEqual([]);
      // month axes keep their tick labels apart (fewer ticks on a phone, not crowded ones)
      const crowded = await page.evaluate(() =>
        ["forecast-runout", "cost-tco"].flatMap((id) => {
          const ticks = [
            ...document.querySelectorAll(`figure#${id} g[transform^="translate(0,"] .tick text`),
          ].map((t) => t.getBoundingClientRect());
          return ticks
            .slice(1)
            .flatMap((box, i) => (box.left < ticks[i]!.right + 2 ? [`${id} tick ${i + 1}`] : []));
        }),
      );
      expect(crowded, `${size.width} px`).toEqual([]);
      for (const id of mine) {
        await page
          .locator(`figure#${id}`)
          .screenshot({ path: screenshotPath(`figure-${id}-${size.width}`) });
      }
      for (const section of ["platform", "uncertainty", "forecast"]) {
        await page
          .locator(`section#${section}`)
          .screenshot({ path: screenshotPath(`charts-${section}-${size.width}`) });
      }
    }
  });

  it("draws a comparison's small multiples with a legend, readable and unclipped at 390 px", async () => {
    const results = [
      runScenario(await loadScenario("reference")),
      runScenario(await loadScenario("reference-1gbe")),
      runScenario(await loadScenario("reference-vvf")),
    ];
    const comparison = compareResults(results);
    for (const size of [
      { width: 390, height: 844 },
      { width: 1440, height: 900 },
    ]) {
      const { page, problems } = await openAt(browser(), results[0]!, size, { comparison });
      expect(problems).toEqual([]);
      const bars =
        comparison.rows.length > 0
          ? await page
              .locator("#comparison-figures g.bar rect")
              .evaluateAll((rects) => rects.map((r) => r.getAttribute("fill")))
          : [];
      const expected = [
        ...(bars.includes("#1f6feb") ? ["best scenario (★)"] : []),
        ...(bars.includes("#8c959f") ? ["other scenarios"] : []),
      ];
      expect(expected.length).toBeGreaterThan(0);
      expect(await legendLabels(page, "comparison-figures")).toEqual(expected);
      expect(await tinyTexts(page, ["comparison-figures"], 9), `${size.width} px`).toEqual([]);
      expect(await clippedTexts(page, ["comparison-figures"]), `${size.width} px`).toEqual([]);
      await page
        .locator("figure#comparison-figures")
        .screenshot({ path: screenshotPath(`figure-comparison-figures-${size.width}`) });
    }
  });
});
