import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { balancePlacement } from "../../../models/platform/balancePlacement.ts";
import { hostAllowance, type OvercommitPolicy } from "../../../models/platform/overcommitPolicy.ts";
import type {
  Placement,
  PlacementHost,
  PlacementRule,
  PlacementVm,
} from "../../../models/platform/PlacementRule.ts";
import { antiAffinityPartners, placeVms } from "../../../models/platform/placeVms.ts";

/*
 * Issue 16: balancePlacement finds the most and least loaded hosts and the best VM to move in
 * one pass each, instead of sorting names and candidate lists. The moves must be the same: the
 * oracle below is the implementation before, copied verbatim.
 */
function balancePlacementBefore(
  placement: Placement,
  vms: readonly PlacementVm[],
  hosts: readonly PlacementHost[],
  policy: OvercommitPolicy,
  rules: readonly PlacementRule[],
  maxMoves: number,
): Placement {
  const hostOf = { ...placement.hostOf };
  const apart = antiAffinityPartners(rules);
  const pinned = new Set(rules.filter((r) => r.kind === "affinity").flatMap((r) => r.vms));
  const byName = new Map(hosts.map((h) => [h.name, h]));
  const state = new Map(hosts.map((h) => [h.name, { load: 0, vcpu: 0, memoryBytes: 0 }]));
  for (const vm of vms) {
    const s = state.get(hostOf[vm.name] ?? "");
    if (!s) continue;
    s.load += vm.cpuDemandCores;
    s.vcpu += vm.vcpu;
    s.memoryBytes += vm.memoryBytes;
  }
  const loadOf = (name: string) => (state.get(name)?.load ?? 0) / (byName.get(name)?.cores ?? 1);
  for (let move = 0; move < maxMoves; move++) {
    const names = hosts.map((h) => h.name).sort((a, b) => loadOf(b) - loadOf(a));
    const from = names[0];
    const to = names[names.length - 1];
    if (from === undefined || to === undefined || from === to) break;
    const fromHost = byName.get(from);
    const toHost = byName.get(to);
    const t = state.get(to);
    const f = state.get(from);
    if (!fromHost || !toHost || !t || !f) break;
    const allowance = hostAllowance(toHost.cores, toHost.memoryBytes, policy);
    const before = loadOf(from);
    const candidate = vms
      .filter((vm) => hostOf[vm.name] === from && !pinned.has(vm.name))
      .filter((vm) => t.vcpu + vm.vcpu <= allowance.vcpu)
      .filter((vm) => t.memoryBytes + vm.memoryBytes <= allowance.memoryBytes)
      .filter((vm) => [...(apart.get(vm.name) ?? [])].every((p) => hostOf[p] !== to))
      .map((vm) => ({
        vm,
        worst: Math.max(
          (f.load - vm.cpuDemandCores) / fromHost.cores,
          (t.load + vm.cpuDemandCores) / toHost.cores,
        ),
      }))
      .filter((c) => c.worst < before - 1e-12)
      .sort((a, b) => a.worst - b.worst)[0];
    if (candidate === undefined) break;
    const { vm } = candidate;
    hostOf[vm.name] = to;
    f.load -= vm.cpuDemandCores;
    f.vcpu -= vm.vcpu;
    f.memoryBytes -= vm.memoryBytes;
    t.load += vm.cpuDemandCores;
    t.vcpu += vm.vcpu;
    t.memoryBytes += vm.memoryBytes;
  }
  return { hostOf, unplaced: [...placement.unplaced] };
}

const hostArb = fc.record({
  cores: fc.constantFrom(2, 4, 8, 16),
  memoryBytes: fc.constantFrom(64, 128, 256),
});
const vmArb = fc.record({
  vcpu: fc.constantFrom(1, 2, 4, 8),
  memoryBytes: fc.constantFrom(4, 8, 16, 32),
  // repeated demands make ties, which the order of VMs and hosts must break as before
  cpuDemandCores: fc.constantFrom(0, 0.5, 1, 1.5, 2, 3.25),
});

describe("balancePlacement moves the VMs it moved before", () => {
  it("on random hosts, VMs and rules, ties included (property)", () => {
    fc.assert(
      fc.property(
        fc.array(hostArb, { minLength: 1, maxLength: 8 }),
        fc.array(vmArb, { minLength: 1, maxLength: 40 }),
        fc.array(fc.array(fc.nat(), { minLength: 2, maxLength: 4 }), { maxLength: 4 }),
        fc.boolean(),
        fc.constantFrom(0, 1, 5, 200),
        (hs, vs, ruleSets, withAffinity, maxMoves) => {
          const hosts: PlacementHost[] = hs.map((h, i) => ({ name: `h${i}`, ...h }));
          const vms: PlacementVm[] = vs.map((v, i) => ({ name: `vm${i}`, host: null, ...v }));
          const rules: PlacementRule[] = ruleSets.map((picks, i) => ({
            name: `r${i}`,
            kind: withAffinity && i === 0 ? "affinity" : "antiAffinity",
            vms: [...new Set(picks.map((p) => `vm${p % vms.length}`))],
          }));
          const policy = { maxVcpuPerCore: 4, maxMemoryOvercommit: 1 };
          // everything first on the first host that fits: much to balance
          const initial = placeVms(vms, hosts, policy, rules, { keepOwnHost: false });
          expect(balancePlacement(initial, vms, hosts, policy, rules, maxMoves)).toEqual(
            balancePlacementBefore(initial, vms, hosts, policy, rules, maxMoves),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it("with NaN and infinite loads, where the sort decides", () => {
    const hosts: PlacementHost[] = [
      { name: "a", cores: 4, memoryBytes: 64 },
      { name: "b", cores: Number.NaN, memoryBytes: 64 },
      { name: "c", cores: 0, memoryBytes: 64 },
      { name: "d", cores: 4, memoryBytes: 64 },
    ];
    const vms: PlacementVm[] = ["a", "a", "c", "d", "b"].map((host, i) => ({
      name: `v${i}`,
      vcpu: 1,
      memoryBytes: 1,
      cpuDemandCores: i === 4 ? Number.NaN : 1,
      host,
    }));
    const initial = {
      hostOf: Object.fromEntries(vms.map((v) => [v.name, v.host as string])),
      unplaced: [],
    };
    const policy = { maxVcpuPerCore: 4, maxMemoryOvercommit: 1 };
    for (const hostsNow of [hosts, hosts.slice(0, 1).concat(hosts.slice(2))]) {
      expect(balancePlacement(initial, vms, hostsNow, policy, [], 20)).toEqual(
        balancePlacementBefore(initial, vms, hostsNow, policy, [], 20),
      );
    }
  });
});
