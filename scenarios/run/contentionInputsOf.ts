import type { SeriesHost, SeriesVm } from "../../models/contention/contentionSeries.ts";
import type { Scenario } from "../Scenario.ts";
import { type PlatformView, seriesVmOf } from "./platformSection.ts";
import { workloadProfileOf } from "./workloadProfileOf.ts";

/**
 * The inputs `platformSection` hands `contentionSeries` for one platform, rebuilt from that
 * platform's view (its placement, per-host capacity, speed and vCPUs of all tenants), for the
 * contention during the move and for the benchmark. Other tenants' vCPUs
 * are the host's vCPUs less the tenant's; their peak share is the platform's
 * `otherTenantsLoadFraction` (0 when absent), as in `platformSection`.
 * @throws RangeError when a VM names an unknown profile
 */
export function contentionInputsOf(
  scenario: Scenario,
  view: PlatformView,
  otherPeakFraction: number,
): { hosts: SeriesHost[]; vms: SeriesVm[] } {
  const vms: SeriesVm[] = scenario.inventory.vms.flatMap((vm) => {
    const host = view.placement[vm.name];
    if (vm.powerState !== "poweredOn" || host === undefined) return [];
    return [seriesVmOf(vm, host, workloadProfileOf(scenario, vm))];
  });
  return { hosts: contentionHostsOf(scenario, view, otherPeakFraction), vms };
}

/**
 * The hosts of {@link contentionInputsOf} alone: they need the placed VMs' vCPUs, not their
 * profiles (the contention during the move takes its VMs from the migration).
 */
export function contentionHostsOf(
  scenario: Scenario,
  view: PlatformView,
  otherPeakFraction: number,
): SeriesHost[] {
  // the tenant's vCPUs per host, each summed in inventory order
  const tenantVcpusOn = new Map<string, number>();
  for (const vm of scenario.inventory.vms) {
    const host = view.placement[vm.name];
    if (vm.powerState !== "poweredOn" || host === undefined) continue;
    tenantVcpusOn.set(host, (tenantVcpusOn.get(host) ?? 0) + vm.vcpu);
  }
  return view.hosts.map((h) => ({
    name: h.host,
    effectiveCores: h.capacityCores,
    speedFactor: h.speedFactor,
    memoryBytes: h.memoryBytes,
    otherVcpus: h.vcpus - (tenantVcpusOn.get(h.host) ?? 0),
    otherPeakFraction,
  }));
}
