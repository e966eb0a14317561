import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadScenario } from "../../scenarios/load/loadScenario.ts";
import { reportHtml } from "../../scenarios/report/reportHtml.ts";
import { reportTemplate } from "../../scenarios/report/reportTemplate.ts";
import { runScenario } from "../../scenarios/run/runScenario.ts";
import { chromiumForSuite, chromiumPath, openReportHtml } from "./chromium.ts";

const executable = chromiumPath();
const fleet = join(import.meta.dirname, "../fixtures/inventory/fleet-comma");

describe.skipIf(executable === null)("the report of an auto-sized target, in Chromium", () => {
  const browser = chromiumForSuite(executable!);

  it("says how many hosts, that they were auto-sized, and which resource decided", async () => {
    const result = runScenario(await loadScenario(fleet), { sensitivity: false });
    const sizing = result.platforms.target.sizing;
    expect(sizing).not.toBeNull();
    const { page, problems } = await openReportHtml(
      browser(),
      reportHtml(result, reportTemplate()),
      "report",
    );
    const card = await page.locator('[aria-label="Target platform"]').textContent();
    expect(card).toContain(`${sizing?.hostCount} hosts (auto-sized: CPU binding)`);
    expect(card).toMatch(/Hosts needed\s*CPU \d+/);
    expect(problems).toEqual([]);
  });

  it("gives the reference's given count as before, with no sizing line", async () => {
    const result = runScenario(await loadScenario("reference"), { sensitivity: false });
    const { page } = await openReportHtml(
      browser(),
      reportHtml(result, reportTemplate()),
      "report",
    );
    const card = await page.locator('[aria-label="Target platform"]').textContent();
    expect(card).toContain("8 (Sapphire Rapids)");
    expect(card).not.toContain("auto-sized");
  });
});
