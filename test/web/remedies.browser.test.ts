import { describe, expect, it } from "vitest";
import { loadScenario } from "../../scenarios/load/loadScenario.ts";
import { reportHtml } from "../../scenarios/report/reportHtml.ts";
import { reportTemplate } from "../../scenarios/report/reportTemplate.ts";
import { runScenario } from "../../scenarios/run/runScenario.ts";
import { chromiumForSuite, chromiumPath, openReportHtml } from "./chromium.ts";

const executable = chromiumPath();

describe.skipIf(executable === null)("the report's migration section: blocked VMs", () => {
  const browser = chromiumForSuite(executable!);

  it("lists each blocked VM's remedy, and the reference shows no such table", async () => {
    const base = await loadScenario("reference");
    const esx = base.source.hosts[0]!;
    // a VM on an AMD host (cold), one with an old hardware version (remediated), one too wide (excluded)
    const scenario = {
      ...base,
      source: {
        ...base.source,
        hosts: [...base.source.hosts, { ...esx, name: "esx-amd", generation: "Milan" }],
      },
      inventory: {
        ...base.inventory,
        vms: base.inventory.vms.map((vm, i) =>
          i === 0
            ? { ...vm, host: "esx-amd" }
            : i === 1
              ? { ...vm, hardwareVersion: 9 }
              : i === 2
                ? { ...vm, vcpu: 16 }
                : vm,
        ),
      },
    };
    const [cold, old, wide] = base.inventory.vms.map((vm) => vm.name);
    const blocked = await openReportHtml(
      browser(),
      reportHtml(runScenario(scenario, { sensitivity: false }), reportTemplate()),
      "report",
    );
    const rows = blocked.page.locator("#migration table.remedies tbody tr");
    expect(await rows.count()).toBe(3);
    const text = await blocked.page.locator("#migration table.remedies").textContent();
    expect(text).toContain(`${cold}cold migration`);
    expect(text).toContain(`${old}remediated before its wave`);
    expect(text).toContain(`${wide}excluded: per-vm-limit.vcpu`);
    expect(await blocked.page.locator("#migration dl.facts").textContent()).toContain(
      "1 remediated before their wave, 1 moved cold (a reboot each), 1 excluded",
    );
    expect(blocked.problems).toEqual([]);
    const plain = await openReportHtml(
      browser(),
      reportHtml(runScenario(base, { sensitivity: false }), reportTemplate()),
      "report",
    );
    expect(await plain.page.locator("#migration table.remedies").count()).toBe(0);
    expect(await plain.page.locator("#migration dl.facts").textContent()).not.toContain("Blocked");
  });
});
