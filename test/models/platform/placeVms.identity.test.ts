import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { groupBy } from "../../../models/groupBy.ts";
import { hostAllowance, type OvercommitPolicy } from "../../../models/platform/overcommitPolicy.ts";
import type {
  Placement,
  PlacementHost,
  PlacementRule,
  PlacementVm,
} from "../../../models/platform/PlacementRule.ts";
import { antiAffinityPartners, placeVms } from "../../../models/platform/placeVms.ts";

/*
 * Issue 16: placeVms computes a unit's sums and members once instead of per host tried. The
 * placements must be the same: the oracle is the implementation before, copied verbatim.
 */
function placeVmsBefore(
  vms: readonly PlacementVm[],
  hosts: readonly PlacementHost[],
  policy: OvercommitPolicy,
  rules: readonly PlacementRule[],
  options: { keepOwnHost: boolean },
): Placement {
  const hostOf: Record<string, string> = {};
  const unplaced: string[] = [];
  const used = new Map(hosts.map((h) => [h.name, { vcpu: 0, memoryBytes: 0 }]));
  const allowance = new Map(
    hosts.map((h) => [h.name, hostAllowance(h.cores, h.memoryBytes, policy)]),
  );
  const apart = antiAffinityPartners(rules);
  const commit = (vm: PlacementVm, host: string) => {
    hostOf[vm.name] = host;
    const u = used.get(host);
    if (u) {
      u.vcpu += vm.vcpu;
      u.memoryBytes += vm.memoryBytes;
    }
  };
  const rest: PlacementVm[] = [];
  for (const vm of vms) {
    if (options.keepOwnHost && vm.host !== null && used.has(vm.host)) commit(vm, vm.host);
    else rest.push(vm);
  }
  const units = affinityUnits(rest, rules).sort(
    (a, b) => sum(b, "vcpu") - sum(a, "vcpu") || sum(b, "memoryBytes") - sum(a, "memoryBytes"),
  );
  for (const unit of units) {
    const host = hosts.find((h) => {
      const u = used.get(h.name);
      const a = allowance.get(h.name);
      if (!u || !a) return false;
      if (u.vcpu + sum(unit, "vcpu") > a.vcpu) return false;
      if (u.memoryBytes + sum(unit, "memoryBytes") > a.memoryBytes) return false;
      // a partner already on this host, or in the same affinity unit, rules the host out
      const members = new Set(unit.map((vm) => vm.name));
      return unit.every((vm) =>
        [...(apart.get(vm.name) ?? [])].every((p) => hostOf[p] !== h.name && !members.has(p)),
      );
    });
    if (host === undefined) for (const vm of unit) unplaced.push(vm.name);
    else for (const vm of unit) commit(vm, host.name);
  }
  return { hostOf, unplaced };
}

function affinityUnits(vms: readonly PlacementVm[], rules: readonly PlacementRule[]) {
  const parent = new Map(vms.map((vm) => [vm.name, vm.name]));
  const find = (x: string): string => {
    const p = parent.get(x) ?? x;
    return p === x ? x : find(p);
  };
  for (const rule of rules) {
    if (rule.kind !== "affinity") continue;
    const members = rule.vms.filter((n) => parent.has(n));
    for (const m of members.slice(1)) parent.set(find(m), find(members[0] ?? m));
  }
  return [...groupBy(vms, (vm) => find(vm.name)).values()];
}

function sum(unit: readonly PlacementVm[], key: "vcpu" | "memoryBytes"): number {
  return unit.reduce((s, vm) => s + vm[key], 0);
}

describe("placeVms places as before", () => {
  it("on random hosts, VMs (some with a host) and rules (property)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ cores: fc.constantFrom(1, 2, 4, 8), memoryBytes: fc.constantFrom(16, 64) }),
          { minLength: 1, maxLength: 6 },
        ),
        fc.array(
          fc.record({
            vcpu: fc.constantFrom(1, 2, 4, 8),
            memoryBytes: fc.constantFrom(4, 8, 16),
            host: fc.option(fc.nat({ max: 7 }), { nil: null }),
          }),
          { minLength: 1, maxLength: 30 },
        ),
        fc.array(fc.array(fc.nat(), { minLength: 2, maxLength: 4 }), { maxLength: 5 }),
        fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
        fc.boolean(),
        (hs, vs, ruleSets, affinity, keepOwnHost) => {
          const hosts: PlacementHost[] = hs.map((h, i) => ({ name: `h${i}`, ...h }));
          const vms: PlacementVm[] = vs.map((v, i) => ({
            name: `vm${i}`,
            vcpu: v.vcpu,
            memoryBytes: v.memoryBytes,
            cpuDemandCores: v.vcpu / 2,
            host: v.host === null ? null : `h${v.host}`,
          }));
          const rules: PlacementRule[] = ruleSets.map((picks, i) => ({
            name: `r${i}`,
            kind: affinity[i] ? "affinity" : "antiAffinity",
            vms: [...new Set(picks.map((p) => `vm${p % vms.length}`))],
          }));
          const policy = { maxVcpuPerCore: 4, maxMemoryOvercommit: 1 };
          expect(placeVms(vms, hosts, policy, rules, { keepOwnHost })).toEqual(
            placeVmsBefore(vms, hosts, policy, rules, { keepOwnHost }),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
