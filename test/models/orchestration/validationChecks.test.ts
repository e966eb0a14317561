import { describe, expect, it } from "vitest";
import {
  type ValidationInput,
  validationChecks,
} from "../../../models/orchestration/validationChecks.ts";

const base: ValidationInput = {
  l2Extension: true,
  vms: [
    { name: "web1", networks: ["front"], rebooted: false },
    { name: "web2", networks: ["front"], rebooted: false },
    { name: "db", networks: ["back"], rebooted: false },
  ],
  sourceNetworks: ["front", "back"],
  placement: { web1: "h1", web2: "h2", db: "h1" },
  rules: [
    { name: "web-apart", kind: "antiAffinity", vms: ["web1", "web2"] },
    { name: "db-with-web1", kind: "affinity", vms: ["web1", "db"] },
  ],
  n1: { pass: true, cpuUsedFraction: 0.6, memoryUsedFraction: 0.5 },
};
const check = (input: ValidationInput, name: string) =>
  validationChecks(input).find((c) => c.name === name)!;

describe("validationChecks(input)", () => {
  it("returns the five phase-4 checks in order, all passing on a sound move", () => {
    const checks = validationChecks(base);
    expect(checks.map((c) => c.name)).toEqual([
      "ips-kept",
      "placement-rules",
      "networks",
      "no-reboot",
      "n1-target",
    ]);
    expect(checks.every((c) => c.pass)).toBe(true);
  });

  it("an anti-affinity rule with two VMs on one host fails and names the rule", () => {
    const c = check(
      { ...base, placement: { web1: "h1", web2: "h1", db: "h1" } },
      "placement-rules",
    );
    expect(c.pass).toBe(false);
    expect(c.detail).toContain("web-apart");
    expect(c.detail).not.toContain("db-with-web1");
  });

  it("an affinity rule split over two hosts fails; unplaced VMs of a rule are skipped", () => {
    expect(
      check({ ...base, placement: { web1: "h1", web2: "h2", db: "h2" } }, "placement-rules").pass,
    ).toBe(false);
    expect(check({ ...base, placement: { web1: "h1", web2: "h2" } }, "placement-rules").pass).toBe(
      true,
    );
  });

  it("with an extension a network not declared at the source fails; without one every connected VM fails", () => {
    const undeclared = check({ ...base, sourceNetworks: ["front"] }, "networks");
    expect(undeclared.pass).toBe(false);
    expect(undeclared.detail).toContain("db:back");
    const noL2 = validationChecks({ ...base, l2Extension: false });
    expect(noL2.find((c) => c.name === "ips-kept")!.pass).toBe(false);
    expect(noL2.find((c) => c.name === "networks")!.detail).toMatch(/^3 VM networks/);
  });

  it("a rebooted VM and a failed N+1 fail their checks", () => {
    const checks = validationChecks({
      ...base,
      vms: [{ name: "web1", networks: [], rebooted: true }],
      n1: { pass: false, cpuUsedFraction: 1.2, memoryUsedFraction: 0.5 },
    });
    expect(checks.find((c) => c.name === "no-reboot")).toMatchObject({
      pass: false,
      detail: "rebooted: web1",
    });
    expect(checks.find((c) => c.name === "n1-target")!.pass).toBe(false);
    expect(checks.find((c) => c.name === "n1-target")!.detail).toContain("CPU 120 %");
  });
});
