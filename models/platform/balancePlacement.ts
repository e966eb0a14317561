import { hostAllowance, type OvercommitPolicy } from "./overcommitPolicy.ts";
import type { Placement, PlacementHost, PlacementRule, PlacementVm } from "./PlacementRule.ts";
import { antiAffinityPartners } from "./placeVms.ts";

/**
 * A DRS-like balancing pass: repeatedly move one VM from the host with the highest CPU load
 * (peak demand ÷ cores) to the least loaded host when that lowers the higher of the two loads,
 * the target's overcommit allowance still fits and no anti-affinity partner runs there. VMs
 * named in an affinity rule stay where they are (they move only as a group, which this greedy
 * pass does not attempt). Stops when no move helps or after `maxMoves`.
 *
 * This is a simplification of DRS (which weighs migration cost and a "goodness" per move), not
 * its algorithm: it gives a balanced, rule-abiding placement for what-if capacity views.
 *
 * @returns a new placement (the input is not changed)
 * @example
 * balancePlacement(placeVms(…), vms, hosts, policy, rules, 100)
 */
export function balancePlacement(
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
