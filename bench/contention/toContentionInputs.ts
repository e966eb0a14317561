import type { SeriesHost, SeriesVm } from "../../models/contention/contentionSeries.ts";
import type { PlatformView } from "../../scenarios/run/platformSection.ts";
import { seriesVmOf } from "../../scenarios/run/platformSection.ts";
import { workloadProfileOf } from "../../scenarios/run/workloadProfileOf.ts";
import type { Scenario } from "../../scenarios/Scenario.ts";

/**
 * The inputs `platformSection` hands `contentionSeries` for one platform, rebuilt from that
 * platform's view (its placement, per-host capacity, speed and vCPUs of all tenants) so that
 * the model can be timed alone, without placement and latency around it. Other tenants' vCPUs
 * are the host's vCPUs less the tenant's; their peak share is the platform's
 * `otherTenantsLoadFraction` (0 when absent), as in `platformSection`.
 * @throws RangeError when a VM names an unknown profile
 */
export function toContentionInputs(
  scenario: Scenario,
  view: PlatformView,
  otherPeakFraction: number,
): { hosts: SeriesHost[]; vms: SeriesVm[] } {
  const vms: SeriesVm[] = scenario.inventory.vms.flatMap((vm) => {
    const host = view.placement[vm.name];
    if (vm.powerState !== "poweredOn" || host === undefined) return [];
    return [seriesVmOf(vm, host, workloadProfileOf(scenario, vm))];
  });
  const hosts: SeriesHost[] = view.hosts.map((h) => {
    const tenantVcpus = vms.filter((vm) => vm.host === h.host).reduce((s, vm) => s + vm.vcpu, 0);
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
