import { groupBy } from "../groupBy.ts";
import { mapped } from "../mapped.ts";
import { hostAllowance, type OvercommitPolicy } from "./overcommitPolicy.ts";
import type { Placement, PlacementHost, PlacementRule, PlacementVm } from "./PlacementRule.ts";

/** Options of {@link placeVms}. */
export interface PlaceVmsOptions {
  /** Keep a VM on its own host when it names one of the hosts (the "before" platform). */
  keepOwnHost: boolean;
}

/**
 * Initial placement: VMs keep their own host when asked and it exists; the rest are placed
 * first-fit decreasing (largest vCPU count, then memory, first; Johnson 1974's FFD bin
 * packing) on the first host whose overcommit allowance still fits and where no
 * anti-affinity partner already runs. VMs bound by an affinity rule are placed together as one
 * unit. Hard rules are never broken: a VM that fits nowhere is reported in `unplaced`.
 *
 * @example
 * placeVms(vms, hosts, { maxVcpuPerCore: 4, maxMemoryOvercommit: 1 }, rules, { keepOwnHost: false })
 */
export function placeVms(
  vms: readonly PlacementVm[],
  hosts: readonly PlacementHost[],
  policy: OvercommitPolicy,
  rules: readonly PlacementRule[],
  options: PlaceVmsOptions,
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
  // each unit's sums once, before sorting (the same numbers the comparator summed per
  // comparison, so the same order) and for every host tried
  const units = mapped(affinityUnits(rest, rules), (unit) => ({
    unit,
    vcpu: sum(unit, "vcpu"),
    memoryBytes: sum(unit, "memoryBytes"),
  })).sort((a, b) => b.vcpu - a.vcpu || b.memoryBytes - a.memoryBytes);
  for (const { unit, vcpu: unitVcpu, memoryBytes: unitMemoryBytes } of units) {
    const members = new Set<string>();
    for (const vm of unit) members.add(vm.name);
    const host = hosts.find((h) => {
      const u = used.get(h.name);
      const a = allowance.get(h.name);
      if (!u || !a) return false;
      if (u.vcpu + unitVcpu > a.vcpu) return false;
      if (u.memoryBytes + unitMemoryBytes > a.memoryBytes) return false;
      // a partner already on this host, or in the same affinity unit, rules the host out
      return unit.every((vm) => {
        const partners = apart.get(vm.name);
        if (partners === undefined) return true;
        for (const p of partners) if (hostOf[p] === h.name || members.has(p)) return false;
        return true;
      });
    });
    if (host === undefined) for (const vm of unit) unplaced.push(vm.name);
    else for (const vm of unit) commit(vm, host.name);
  }
  return { hostOf, unplaced };
}

/** VM name → names of the VMs an anti-affinity rule keeps it apart from. */
export function antiAffinityPartners(rules: readonly PlacementRule[]): Map<string, Set<string>> {
  const partners = new Map<string, Set<string>>();
  for (const rule of rules) {
    if (rule.kind !== "antiAffinity") continue;
    for (const a of rule.vms) {
      const set = partners.get(a) ?? new Set<string>();
      for (const b of rule.vms) if (b !== a) set.add(b);
      partners.set(a, set);
    }
  }
  return partners;
}

/** Groups VMs bound by affinity rules (transitively) into units placed together. */
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
  let s = 0;
  for (const vm of unit) s += vm[key];
  return s;
}
