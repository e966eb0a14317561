import { describe, expect, it } from "vitest";
import { loadScenario } from "../../scenarios/load/loadScenario.ts";
import { reportHtml } from "../../scenarios/report/reportHtml.ts";
import { reportTemplate } from "../../scenarios/report/reportTemplate.ts";
import { runScenario } from "../../scenarios/run/runScenario.ts";
import { chromiumForSuite, chromiumPath, openReportHtml } from "./chromium.ts";

const executable = chromiumPath();

describe.skipIf(executable === null)("the report's calibration section", () => {
  const browser = chromiumForSuite(executable!);

  it("tables measured vs modelled per host for a measured estate, and is absent for the reference", async () => {
    const base = await loadScenario("reference");
    // the reference with measurements added: each VM at 300 MHz per vCPU, its first host measured
    const scenario = {
      ...base,
      inventory: {
        ...base.inventory,
        vms: base.inventory.vms.map((vm) => ({ ...vm, cpuUsedHz: vm.vcpu * 300e6 })),
      },
      source: {
        ...base.source,
        hosts: base.source.hosts.map((h, i) =>
          i === 0 ? { ...h, cpuUsageFraction: 0.43, memoryUsageFraction: 0.6 } : h,
        ),
      },
    };
    const measured = await openReportHtml(
      browser(),
      reportHtml(runScenario(scenario, { sensitivity: false }), reportTemplate()),
      "report",
    );
    const rows = measured.page.locator("#calibration table.calibration tbody tr");
    expect(await rows.count()).toBe(base.source.hosts.length);
    expect(await rows.first().textContent()).toContain("43.0 %");
    expect(await measured.page.locator("#calibration dl.facts").textContent()).toContain(
      "Tuesday 10:00",
    );
    expect(measured.problems).toEqual([]);
    const plain = await openReportHtml(
      browser(),
      reportHtml(runScenario(base, { sensitivity: false }), reportTemplate()),
      "report",
    );
    expect(await plain.page.locator("#calibration").count()).toBe(0);
  });
});
