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
  const loads = new Float64Array(hosts.length);
  for (let move = 0; move < maxMoves; move++) {
    const ends = mostAndLeastLoaded(hosts, loadOf, loads);
    const from = ends?.from;
    const to = ends?.to;
    if (from === undefined || to === undefined || from === to) break;
    const fromHost = byName.get(from);
    const toHost = byName.get(to);
    const t = state.get(to);
    const f = state.get(from);
    if (!fromHost || !toHost || !t || !f) break;
    const allowance = hostAllowance(toHost.cores, toHost.memoryBytes, policy);
    const before = loadOf(from);
    // the VM whose move leaves the lower worst load; the first of equals (as a stable sort's
    // first): one pass over the VMs, no candidate lists
    let best: PlacementVm | undefined;
    let bestWorst = 0;
    for (const vm of vms) {
      if (hostOf[vm.name] !== from || pinned.has(vm.name)) continue;
      if (!(t.vcpu + vm.vcpu <= allowance.vcpu)) continue;
      if (!(t.memoryBytes + vm.memoryBytes <= allowance.memoryBytes)) continue;
      if (!apartFrom(apart.get(vm.name), hostOf, to)) continue;
      const worst = Math.max(
        (f.load - vm.cpuDemandCores) / fromHost.cores,
        (t.load + vm.cpuDemandCores) / toHost.cores,
      );
      if (!(worst < before - 1e-12)) continue;
      if (best === undefined || worst < bestWorst) {
        best = vm;
        bestWorst = worst;
      }
    }
    if (best === undefined) break;
    const vm = best;
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

/**
 * The names a descending sort of the hosts by load puts first and last: the first host of the
 * highest load and the last of the lowest (a stable sort keeps equals in host order), found in
 * one pass. With a NaN load the comparison is no order, so the sort itself decides, as before.
 */
function mostAndLeastLoaded(
  hosts: readonly PlacementHost[],
  loadOf: (name: string) => number,
  loads: Float64Array,
): { from: string | undefined; to: string | undefined } | undefined {
  if (hosts.length === 0) return undefined;
  let hasNaN = false;
  for (let i = 0; i < hosts.length; i++) {
    loads[i] = loadOf((hosts[i] as PlacementHost).name);
    if (Number.isNaN(loads[i])) hasNaN = true;
  }
  if (hasNaN) {
    const names = hosts.map((h) => h.name).sort((a, b) => loadOf(b) - loadOf(a));
    return { from: names[0], to: names[names.length - 1] };
  }
  let most = 0;
  let least = 0;
  for (let i = 1; i < hosts.length; i++) {
    // a comparator difference of ±Infinity − ±Infinity is NaN, which a sort takes as equal
    if (loads[i]! - loads[most]! > 0) most = i;
    if (!(loads[i]! - loads[least]! > 0)) least = i;
  }
  return { from: hosts[most]?.name, to: hosts[least]?.name };
}

/** True when none of the VM's anti-affinity partners runs on `host`. */
function apartFrom(
  partners: ReadonlySet<string> | undefined,
  hostOf: Record<string, string>,
  host: string,
): boolean {
  if (partners === undefined) return true;
  for (const p of partners) if (hostOf[p] === host) return false;
  return true;
}
