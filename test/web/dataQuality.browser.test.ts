import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatPercent } from "../../scenarios/format.ts";
import { loadScenario } from "../../scenarios/load/loadScenario.ts";
import { reportHtml } from "../../scenarios/report/reportHtml.ts";
import { reportTemplate } from "../../scenarios/report/reportTemplate.ts";
import type { SimulationResult } from "../../scenarios/result/SimulationResult.ts";
import { runScenario } from "../../scenarios/run/runScenario.ts";
import { type Cell, xlsxBytes } from "../scenarios/inventory/makeFixtures.ts";
import {
  EXPORTED_AT,
  VCENTER_PRODUCT,
  versionSheets,
} from "../scenarios/inventory/rvtoolsVersionFixtures.ts";
import { chromiumForSuite, chromiumPath, openReportHtml } from "./chromium.ts";

const executable = chromiumPath();
const root = mkdtempSync(join(tmpdir(), "cutover-dq-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Names that would run script if they went in as markup. */
const HOSTILE_VM = `<img src=x onerror="window.__pwned=1">`;
const HOSTILE_HOST = `<svg onload="window.__pwned=2">`;
const HOSTILE_VCENTER = `<img src=y onerror="window.__pwned=3">`;

/**
 * The generated RVTools 4.7.1 workbook (blank rows, a totals row, hosts spelled two ways, an
 * unlisted host, an unknown CPU model, blank cells: rvtoolsVersionFixtures.ts) with hostile
 * names added: a VM of that name in two vCenters (a warning that quotes it), and the unlisted
 * host renamed.
 */
function hostileExport(): string {
  const sheets = versionSheets("4.7.1");
  const vInfo = sheets.vInfo!;
  const header = vInfo[0]!.map(String);
  const col = (name: string) => header.indexOf(name);
  const web01 = vInfo[1]!;
  const twin = (vcenter: string): Cell[] =>
    web01.map((cell, i) =>
      i === col("VM") ? HOSTILE_VM : i === col("VI SDK Server") ? vcenter : cell,
    );
  for (const row of vInfo) if (row[col("Host")] === "10.0.0.99") row[col("Host")] = HOSTILE_HOST;
  // vMetaData's Server: the vCenter the export was read from, shown in the panel's "Export" fact
  const meta = sheets.vMetaData!;
  meta[1]![meta[0]!.indexOf("Server")] = HOSTILE_VCENTER;
  vInfo.splice(1, 0, twin("vc-a.corp.example"), twin("vc-b.corp.example"));
  const dir = join(root, "hostile");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, "RVTools_export_all_4.7.1.xlsx");
  writeFileSync(file, xlsxBytes(sheets));
  return file;
}

const imported: SimulationResult = runScenario(await loadScenario(hostileExport()), {
  sensitivity: false,
});
const reference: SimulationResult = runScenario(await loadScenario("reference"), {
  sensitivity: false,
});
const SHOTS = "/tmp/shots-quality";

describe.skipIf(executable === null)("the report's data-quality panel", () => {
  const browser = chromiumForSuite(executable!);

  it("an imported export: warnings by kind with the result's counts, read and inferred facts, the calibration check, hostile names as text", async () => {
    const { page, problems, dialogs } = await openReportHtml(
      browser(),
      reportHtml(imported, reportTemplate()),
      "dq-imported",
    );
    const panel = page.locator("#data-quality");
    expect(await panel.getAttribute("data-origin")).toBe("imported");

    // warnings grouped by kind: one row per code, each count the result's
    const groups = await page.$$eval("#data-quality tr.dq-group", (rows) =>
      rows.map((r) => [
        r.getAttribute("data-code"),
        Number(r.querySelector(".dq-count")?.textContent?.replace(/,/g, "")),
      ]),
    );
    expect(Object.fromEntries(groups)).toEqual(imported.inventory.warnings.byCode);
    expect(groups.length).toBeGreaterThanOrEqual(8);
    expect(await page.locator("#dq-warnings h3").textContent()).toContain(
      `(${imported.inventory.warnings.count})`,
    );
    // each example gives file, tab, row and column
    const example = page.locator('tr.dq-group[data-code="row-no-name"] .dq-examples li').first();
    expect(await example.locator(".dq-where").textContent()).toMatch(
      /RVTools_export_all_4\.7\.1\.xlsx · vInfo · row \d+ · column VM/,
    );

    // what was read, traced to the export
    const fact = (key: string) => page.locator(`#data-quality dd[data-fact="${key}"]`).first();
    expect(await fact("vms").textContent()).toContain(`${imported.inventory.vmCount} VMs`);
    expect(await fact("hosts").textContent()).toContain(
      `${imported.inventory.hostCount - imported.inventory.unlistedHostCount} hosts listed`,
    );
    expect(await fact("tabs").textContent()).toMatch(/vInfo.*vHost/);
    expect(await fact("file").textContent()).toContain("RVTools_export_all_4.7.1.xlsx");
    expect(await fact("vms").locator(".dq-from").textContent()).toBe("export: vInfo");
    // what was inferred: the unlisted host's stand-in, the CPU generation of an odd model
    expect(await fact("unlisted-hosts").textContent()).toContain(HOSTILE_HOST);
    expect(
      await page.locator('#dq-inferred dd[data-fact="cpu-generation"]').allTextContents(),
    ).toContainEqual(expect.stringContaining("i9-9900K CPU @ 3.60GHz → unknown"));

    // the model-against-measured check, one row per measured host
    const rows = page.locator("#calibration table.calibration tbody tr");
    expect(await rows.count()).toBe(imported.calibration!.hosts.length);
    const first = imported.calibration!.hosts[0]!;
    const firstRow = await rows.first().textContent();
    expect(firstRow).toContain(first.name);
    expect(firstRow).toContain(formatPercent(first.cpuMeasuredFraction!, 1));
    expect(firstRow).toMatch(/points \((within|outside) ±10\)/);

    // the inventory section counts the warnings and points to the panel
    expect(await page.locator("#inventory dd").allTextContents()).toContainEqual(
      `${imported.inventory.warnings.count} warnings of ${groups.length} kinds`,
    );
    expect(await page.locator('#inventory a[href="#data-quality"]').count()).toBe(1);

    // hostile names stay text: quoted in the warning, no element made from them, nothing ran
    expect(
      await page
        .locator('tr.dq-group[data-code="vm-name-in-two-vcenters"] .dq-message')
        .first()
        .textContent(),
    ).toContain(HOSTILE_VM);
    expect(await page.locator("#data-quality img, #data-quality svg[onload]").count()).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    // which RVTools wrote the export, when and from where: the hostile vCenter name as text
    expect(await page.locator('#dq-read dd[data-fact="export"] .dq-value').textContent()).toBe(
      `RVTools 4.7.1.4; written ${EXPORTED_AT}; from 2 vCenters: ${HOSTILE_VCENTER}, vcenter01.corp.example (${VCENTER_PRODUCT})`,
    );
    expect(problems).toEqual([]);
    expect(dialogs).toEqual([]);

    for (const [width, height] of [
      [1440, 900],
      [390, 844],
    ] as const) {
      await page.setViewportSize({ width, height });
      // the panel itself never scrolls sideways
      expect(
        await panel.evaluate((el) => el.scrollWidth - el.clientWidth),
        `panel overflow at ${width} px`,
      ).toBeLessThanOrEqual(0);
      await panel.screenshot({ path: join(SHOTS, `imported-${width}.png`) });
      for (const block of ["dq-read", "dq-inferred", "dq-warnings", "calibration"]) {
        await page
          .locator(`#${block}`)
          .screenshot({ path: join(SHOTS, `imported-${width}-${block}.png`) });
      }
    }
  });

  it("the synthetic reference: says so briefly, no warnings, no calibration", async () => {
    const { page, problems } = await openReportHtml(
      browser(),
      reportHtml(reference, reportTemplate()),
      "dq-reference",
    );
    const panel = page.locator("#data-quality");
    expect(await panel.getAttribute("data-origin")).toBe("synthetic");
    expect(await panel.locator(".dq-summary").textContent()).toMatch(
      /^Synthetic inventory: .*no import warnings/,
    );
    expect(await page.locator("#data-quality tr.dq-group").count()).toBe(0);
    expect(await page.locator("#calibration").count()).toBe(0);
    expect(problems).toEqual([]);
    for (const [width, height] of [
      [1440, 900],
      [390, 844],
    ] as const) {
      await page.setViewportSize({ width, height });
      await panel.screenshot({ path: join(SHOTS, `reference-${width}.png`) });
    }
  });
});
