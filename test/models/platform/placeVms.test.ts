import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { balancePlacement } from "../../../models/platform/balancePlacement.ts";
import type { PlacementRule, PlacementVm } from "../../../models/platform/PlacementRule.ts";
import { placementViolations } from "../../../models/platform/placementViolations.ts";
import { placeVms } from "../../../models/platform/placeVms.ts";

const policy = { maxVcpuPerCore: 4, maxMemoryOvercommit: 1 };
const hosts = [
  { name: "h1", cores: 4, memoryBytes: 64 },
  { name: "h2", cores: 4, memoryBytes: 64 },
  { name: "h3", cores: 4, memoryBytes: 64 },
];
const vm = (name: string, vcpu: number, host: string | null = null): PlacementVm => ({
  name,
  vcpu,
  memoryBytes: 8,
  cpuDemandCores: vcpu / 2,
  host,
});

describe("placeVms", () => {
  it("keeps each VM on its own host when asked", () => {
    const p = placeVms([vm("a", 2, "h3"), vm("b", 2, "h3")], hosts, policy, [], {
      keepOwnHost: true,
    });
    expect(p.hostOf).toEqual({ a: "h3", b: "h3" });
  });

  it("packs first-fit decreasing: the largest VM goes first onto the first host", () => {
    // allowance 16 vCPU per host: 12 → h1, 8 → h2, 4 → h1 (12+4 = 16 fits)
    const p = placeVms([vm("s", 4), vm("l", 12), vm("m", 8)], hosts, policy, [], {
      keepOwnHost: false,
    });
    expect(p.hostOf).toEqual({ l: "h1", m: "h2", s: "h1" });
  });

  it("keeps the two web VMs of a customer apart, and an affinity pair together", () => {
    const rules: PlacementRule[] = [
      { name: "web apart", kind: "antiAffinity", vms: ["web1", "web2"] },
      { name: "app+db", kind: "affinity", vms: ["app", "db"] },
    ];
    const p = placeVms(
      [vm("web1", 1), vm("web2", 1), vm("app", 1), vm("db", 1)],
      hosts,
      policy,
      rules,
      {
        keepOwnHost: false,
      },
    );
    expect(p.hostOf.web1).not.toBe(p.hostOf.web2);
    expect(p.hostOf.app).toBe(p.hostOf.db);
    expect(placementViolations(p.hostOf, rules)).toEqual([]);
  });

  it("reports a VM that fits nowhere instead of overcommitting", () => {
    const p = placeVms([vm("huge", 17)], hosts, policy, [], { keepOwnHost: false });
    expect(p.unplaced).toEqual(["huge"]);
  });

  it("never breaks a hard rule or a host allowance, before or after balancing (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 1, maxLength: 14 }),
        fc.array(fc.tuple(fc.nat(13), fc.nat(13), fc.boolean()), { maxLength: 6 }),
        (sizes, pairs) => {
          const vms = sizes.map((s, i) => vm(`v${i}`, s));
          const rules: PlacementRule[] = pairs
            .filter(([a, b]) => a < vms.length && b < vms.length && a !== b)
            .map(([a, b, apart], i) => ({
              name: `r${i}`,
              kind: apart ? "antiAffinity" : "affinity",
              vms: [`v${a}`, `v${b}`],
            }));
          const p = placeVms(vms, hosts, policy, rules, { keepOwnHost: false });
          const balanced = balancePlacement(p, vms, hosts, policy, rules, 50);
          for (const placement of [p, balanced]) {
            expect(placementViolations(placement.hostOf, rules)).toEqual([]);
            for (const h of hosts) {
              const on = vms.filter((v) => placement.hostOf[v.name] === h.name);
              expect(on.reduce((s, v) => s + v.vcpu, 0)).toBeLessThanOrEqual(16);
              expect(on.reduce((s, v) => s + v.memoryBytes, 0)).toBeLessThanOrEqual(64);
            }
            expect(Object.keys(placement.hostOf).length + placement.unplaced.length).toBe(
              vms.length,
            );
          }
        },
      ),
    );
  });
});

describe("balancePlacement", () => {
  it("spreads VMs packed on one host", () => {
    const vms = [vm("a", 4, "h1"), vm("b", 4, "h1"), vm("c", 4, "h1")];
    const p = placeVms(vms, hosts, policy, [], { keepOwnHost: true });
    const b = balancePlacement(p, vms, hosts, policy, [], 10);
    expect(new Set(Object.values(b.hostOf)).size).toBe(3);
  });
});
