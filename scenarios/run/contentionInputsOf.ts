import type { SeriesHost, SeriesVm } from "../../models/contention/contentionSeries.ts";
import { groupBy } from "../../models/groupBy.ts";
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
  const byHost = groupBy(vms, (vm) => vm.host);
  const hosts: SeriesHost[] = view.hosts.map((h) => {
    const tenantVcpus = (byHost.get(h.host) ?? []).reduce((s, vm) => s + vm.vcpu, 0);
    return {
      name: h.host,
      effectiveCores: h.capacityCores,
      speedFactor: h.speedFactor,
      memoryBytes: h.memoryBytes,
      otherVcpus: h.vcpus - tenantVcpus,
      otherPeakFraction,
    };
  });
  return { hosts, vms };
}
