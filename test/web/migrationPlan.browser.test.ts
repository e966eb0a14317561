import { mkdirSync, readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { loadScenario } from "../../scenarios/load/loadScenario.ts";
import { reportHtml } from "../../scenarios/report/reportHtml.ts";
import { reportTemplate } from "../../scenarios/report/reportTemplate.ts";
import type { SimulationResult } from "../../scenarios/result/SimulationResult.ts";
import { runScenario } from "../../scenarios/run/runScenario.ts";
import { chromiumForSuite, chromiumPath, openReportHtml } from "./chromium.ts";

const executable = chromiumPath();
const SHOTS = "/tmp/shots-migration";
const HOSTILE = "<img src=x onerror=alert(1)>";
/** The three charts that share the migration's time axis. */
const TIME_CHARTS = ["migration-phases", "migration-gantt", "link-use"];

/** The reference inventory repeated, names made unique, to `count` VMs. */
async function largeEstate(count: number): Promise<SimulationResult> {
  const base = await loadScenario("reference");
  const vms = [];
  for (let k = 0; vms.length < count; k++) {
    for (const vm of base.inventory.vms) {
      if (vms.length < count) vms.push({ ...vm, name: k === 0 ? vm.name : `${vm.name}-copy-${k}` });
    }
  }
  // on this estate the busiest hour's p95 during the move is unbounded (null in JSON): the
  // report must still render
  return runScenario({ ...base, inventory: { ...base.inventory, vms } });
}

/** Screenshots of the migration section at a desktop and a phone width. */
async function shots(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  for (const [width, height] of [
    [1440, 900],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.locator("#migration").screenshot({ path: `${SHOTS}/${name}-${width}.png` });
    for (const id of TIME_CHARTS) {
      const figure = page.locator(`#${id}`);
      const box = await figure.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return {
          x: r.x + window.scrollX,
          y: r.y + window.scrollY,
          width: r.width,
          height: r.height,
        };
      });
      if (box.height > 0)
        await page.screenshot({
          path: `${SHOTS}/${name}-${id}-${width}.png`,
          fullPage: true,
          clip: { ...box, height: Math.min(box.height, 1000) },
        });
    }
  }
  await page.setViewportSize({ width: 1366, height: 900 });
}

/** Text nodes of the migration section's SVGs whose box leaves their SVG's box. */
function clippedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const svg of document.querySelectorAll("#migration svg")) {
      const box = svg.getBoundingClientRect();
      if (box.width === 0) continue; // inside a closed wave
      for (const text of svg.querySelectorAll("text")) {
        const t = text.getBoundingClientRect();
        if (t.width === 0) continue;
        if (
          t.left < box.left - 0.5 ||
          t.right > box.right + 0.5 ||
          t.top < box.top - 0.5 ||
          t.bottom > box.bottom + 0.5
        )
          out.push(text.textContent ?? "");
      }
    }
    return out;
  });
}

describe.skipIf(executable === null)("the migration plan as an architect reads it", () => {
  const browser = chromiumForSuite(executable!);

  it("draws the phases, the Gantt and the link on one time axis from 0 to the limit, waves labelled, legends", async () => {
    const result = runScenario(await loadScenario("reference"));
    const { page, problems } = await openReportHtml(
      browser(),
      reportHtml(result, reportTemplate()),
      "migration",
    );
    const limitHours = result.targets.find((t) => t.id === "migration.makespan")!.limit! / 3600;
    const endHours = Math.max(limitHours, result.migration.makespanSeconds / 3600);
    const windows = [];
    for (const id of TIME_CHARTS) {
      const window = page.locator(`#${id} rect.time-window`).first();
      expect(Number(await window.getAttribute("data-start-hours")), id).toBe(0);
      expect(Number(await window.getAttribute("data-end-hours")), id).toBeCloseTo(endHours, 9);
      windows.push((await window.boundingBox())!);
      // a legend for every colour
      expect(await page.locator(`#${id} ul.legend li`).count(), id).toBeGreaterThan(1);
    }
    for (const w of windows.slice(1)) {
      expect(Math.abs(w.x - windows[0]!.x)).toBeLessThan(1);
      expect(Math.abs(w.x + w.width - (windows[0]!.x + windows[0]!.width))).toBeLessThan(1);
    }
    // phases as labelled lanes, from the result
    const lanes = await page.locator("#migration-phases text.lane-label").allTextContents();
    expect(lanes).toHaveLength(result.migration.phases.length);
    expect(lanes).toContain("Link set-up");
    expect(lanes).toContain("Validation");
    // every wave a labelled band with its VM count
    const counts = new Map<number, number>();
    for (const v of result.migration.vms) counts.set(v.wave, (counts.get(v.wave) ?? 0) + 1);
    const waves = page.locator("#migration-gantt details.gantt-wave");
    expect(await waves.count()).toBe(counts.size);
    for (const [wave, count] of counts) {
      const row = page.locator(`#migration-gantt details.gantt-wave[data-wave="${wave}"]`);
      expect(await row.locator("text.wave-label").textContent()).toBe(
        `Wave ${wave} · ${count} VM${count === 1 ? "" : "s"}`,
      );
      expect(await row.locator("rect.wave-band").count()).toBe(1);
    }
    // a small estate opens every wave: one bar and one switchover per VM
    expect(await page.locator("#migration-gantt details.gantt-wave:not([open])").count()).toBe(0);
    expect(await page.locator("#migration-gantt rect.bar").count()).toBe(
      result.migration.vms.length,
    );
    expect(await page.locator("#migration-gantt svg.gantt-vms line.switchover").count()).toBe(
      result.migration.vms.length,
    );
    expect(await clippedTexts(page)).toEqual([]);
    expect(problems).toEqual([]);
    await shots(page, "reference");
    await page.close();
  });

  it("zooms the three charts together on the waves, and back to the whole window", async () => {
    const result = runScenario(await loadScenario("reference"));
    const { page, problems } = await openReportHtml(
      browser(),
      reportHtml(result, reportTemplate()),
      "migration-zoom",
    );
    // the longest wave's band, wider by the zoom's factor
    const widthOfBars = async () =>
      (await page.locator('#migration-gantt details[data-wave="1"] rect.wave-band').boundingBox())!
        .width;
    const whole = await widthOfBars();
    await page.getByRole("radio", { name: /The waves only/ }).check();
    const ranges = [];
    for (const id of TIME_CHARTS) {
      const window = page.locator(`#${id} rect.time-window`).first();
      ranges.push([
        Number(await window.getAttribute("data-start-hours")),
        Number(await window.getAttribute("data-end-hours")),
      ]);
    }
    const waves = result.migration.phases.find((p) => p.name === "waves")!;
    expect(ranges[0]![0]).toBeGreaterThan(0);
    expect(ranges[0]![0]).toBeLessThanOrEqual(waves.startSeconds / 3600);
    expect(ranges[0]![1]).toBeGreaterThanOrEqual(waves.endSeconds / 3600);
    for (const r of ranges) expect(r).toEqual(ranges[0]);
    expect(await widthOfBars()).toBeGreaterThan(whole * 5);
    expect(await page.locator("#migration-gantt details.gantt-wave:not([open])").count()).toBe(0);
    expect(await clippedTexts(page)).toEqual([]);
    await shots(page, "reference-zoomed");
    await page.getByRole("radio", { name: /Whole window/ }).check();
    expect(
      Number(
        await page
          .locator("#migration-gantt rect.time-window")
          .first()
          .getAttribute("data-start-hours"),
      ),
    ).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("on a phone, scrolls the three charts together inside the section, never the section", async () => {
    const result = runScenario(await loadScenario("reference"));
    const { page } = await openReportHtml(
      browser(),
      reportHtml(result, reportTemplate()),
      "migration-phone",
    );
    await page.setViewportSize({ width: 390, height: 844 });
    const charts = page.locator("#migration .migration-scroll");
    expect(await charts.count()).toBe(3);
    const [scrollWidth, clientWidth] = await page
      .locator("#migration .migration-plan")
      .evaluate((el) => [el.scrollWidth, el.clientWidth]);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    await charts.last().evaluate((el) => {
      el.scrollLeft = 200;
    });
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll<HTMLElement>("#migration .migration-scroll")].every(
          (el) => el.scrollLeft === 200,
        ),
      undefined,
      { timeout: 2000 },
    );
    await page.close();
  });

  it("lists the VMs by wave then start, with start, end and duration to the second; the CSV holds numbers", async () => {
    const result = runScenario(await loadScenario("reference"));
    const { page } = await openReportHtml(
      browser(),
      reportHtml(result, reportTemplate()),
      "migration-table",
    );
    const cells = await page
      .locator("#migration table.vms tbody tr")
      .evaluateAll((rows) =>
        rows.map((r) => [...r.querySelectorAll("td")].map((td) => td.textContent ?? "")),
      );
    expect(cells).toHaveLength(result.migration.vms.length);
    const seconds = (text: string) => {
      const [h, m, s] = text.split(":").map(Number);
      return h! * 3600 + m! * 60 + s!;
    };
    for (let i = 1; i < cells.length; i++) {
      const [a, b] = [cells[i - 1]!, cells[i]!];
      const order = Number(a[1]) - Number(b[1]) || seconds(a[2]!) - seconds(b[2]!);
      expect(order, `${a[0]} before ${b[0]}`).toBeLessThanOrEqual(0);
    }
    // a move of a few minutes shows its start and end apart, its duration to the second
    for (const row of cells) {
      const vm = result.migration.vms.find((v) => v.id === row[0])!;
      expect(Math.abs(seconds(row[2]!) - vm.startSeconds)).toBeLessThanOrEqual(0.5);
      expect(Math.abs(seconds(row[3]!) - vm.endSeconds)).toBeLessThanOrEqual(0.5);
      expect(Math.abs(seconds(row[4]!) - (vm.endSeconds - vm.startSeconds))).toBeLessThanOrEqual(1);
    }
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download VMs as CSV" }).click(),
    ]);
    const csv = readFileSync((await download.path())!, "utf8")
      .trim()
      .split("\r\n");
    expect(csv[0]).toContain("Start (s)");
    expect(csv[0]).toContain("Bytes sent (B)");
    for (const line of csv.slice(1)) {
      const fields = line.split(",");
      const numbers = fields.slice(-8, -2);
      for (const n of numbers) expect(Number.isFinite(Number(n)), line).toBe(true);
    }
    await page.close();
  });

  it("groups a 255-VM estate by wave: short when closed, every wave opens, no name clipped", async () => {
    const result = await largeEstate(255);
    expect(result.migration.vms).toHaveLength(255);
    const { page, problems } = await openReportHtml(
      browser(),
      reportHtml(result, reportTemplate()),
      "migration-large",
    );
    const waves = new Set(result.migration.vms.map((v) => v.wave));
    const details = page.locator("#migration-gantt details.gantt-wave");
    expect(await details.count()).toBe(waves.size);
    expect(await page.locator("#migration-gantt details.gantt-wave[open]").count()).toBe(0);
    const closed = (await page.locator("#migration-gantt").boundingBox())!;
    expect(closed.height).toBeLessThanOrEqual(1200);
    await shots(page, "large-closed");
    expect(await clippedTexts(page)).toEqual([]);
    await page.getByRole("button", { name: "Open every wave" }).click();
    expect(await page.locator("#migration-gantt details.gantt-wave[open]").count()).toBe(
      waves.size,
    );
    const names = await page.locator("#migration-gantt text.vm-label").allTextContents();
    expect(names.sort()).toEqual(result.migration.vms.map((v) => v.id).sort());
    expect(await clippedTexts(page)).toEqual([]);
    expect(problems).toEqual([]);
    // one wave opened by itself
    await page.getByRole("button", { name: "Close every wave" }).click();
    await details.first().locator("summary").click();
    expect(await page.locator("#migration-gantt details.gantt-wave[open]").count()).toBe(1);
    await shots(page, "large-one-open");
    await page.close();
  });

  it("squeezes a very long VM name to the margin instead of cutting it; a hostile name stays text", async () => {
    const base = await loadScenario("reference");
    const long = `vm-${"very-long-application-name-".repeat(6)}end`;
    const result = runScenario({
      ...base,
      inventory: {
        ...base.inventory,
        vms: base.inventory.vms.map((vm, i) =>
          i === 0 ? { ...vm, name: long } : i === 1 ? { ...vm, name: HOSTILE } : vm,
        ),
      },
    });
    const { page } = await openReportHtml(
      browser(),
      reportHtml(result, reportTemplate()),
      "migration-long",
    );
    expect(await page.locator("#migration-gantt text.vm-label", { hasText: long }).count()).toBe(1);
    // a hostile name is text in the Gantt and the table, never markup
    expect(await page.locator("#migration img").count()).toBe(0);
    expect(await page.locator("#migration-gantt text.vm-label", { hasText: HOSTILE }).count()).toBe(
      1,
    );
    expect(await page.locator("#migration table.vms td", { hasText: HOSTILE }).count()).toBe(1);
    expect(await clippedTexts(page)).toEqual([]);
    await shots(page, "long-name");
    await page.close();
  });
});
