import { describe, expect, it } from "vitest";
import { BLOCKER_REMEDIES } from "../../../models/orchestration/BLOCKER_REMEDIES.ts";
import type { PreflightFinding } from "../../../models/orchestration/preflightFindings.ts";
import { vmRemedies } from "../../../models/orchestration/vmRemedies.ts";

const blocker = (vm: string | null, code: string): PreflightFinding => ({
  vm,
  severity: "blocker",
  code,
  message: code,
});

describe("vmRemedies(findings, choices)", () => {
  it("takes each blocker's remedy from the table", () => {
    const remedies = vmRemedies([
      blocker("a", "evc"),
      blocker("b", "evc.vendor"),
      blocker("c", "hardware-version"),
      blocker("d", "per-vm-limit.memory"),
    ]);
    expect(remedies.map((r) => [r.vm, r.remedy, r.taskSeconds])).toEqual([
      ["a", "remediate", 0],
      ["b", "cold", 0],
      ["c", "remediate", 600],
      ["d", "exclude", 0],
    ]);
  });

  it("a VM with several blockers takes the strongest remedy and the tasks of its remediations", () => {
    const [cold, excluded] = vmRemedies([
      blocker("x", "hardware-version"),
      blocker("x", "evc.vendor"),
      blocker("y", "evc"),
      blocker("y", "per-vm-limit.disk"),
    ]);
    expect(cold).toMatchObject({ remedy: "cold", tasks: ["hardwareVersionUpgrade"] });
    expect(excluded).toMatchObject({ remedy: "exclude", tasks: [], taskSeconds: 0 });
    expect(excluded!.reason).toContain("per-vm-limit.disk");
  });

  it("ignores warnings and plan-wide findings; an unknown blocker excludes the VM", () => {
    const remedies = vmRemedies([
      { vm: "s", severity: "warning", code: "snapshots", message: "" },
      blocker(null, "rtt"),
      blocker("u", "something-new"),
    ]);
    expect(remedies.map((r) => [r.vm, r.remedy])).toEqual([["u", "exclude"]]);
  });

  it("the scenario's choices override remedies and task durations", () => {
    const [r] = vmRemedies([blocker("c", "hardware-version")], {
      taskSeconds: { hardwareVersionUpgrade: 60 },
    });
    expect(r!.taskSeconds).toBe(60);
    const [s] = vmRemedies([blocker("c", "hardware-version")], {
      remedies: { "hardware-version": "exclude" },
    });
    expect(s!.remedy).toBe("exclude");
  });

  it("every row of the table says why, sourced or marked as an assumption", () => {
    for (const row of Object.values(BLOCKER_REMEDIES)) {
      expect(row.reasoning).toMatch(/^assumption: |FACTS\.md|VMware/);
    }
  });
});
