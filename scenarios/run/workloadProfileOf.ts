import type { Vm } from "../../models/Inventory.ts";
import type { WorkloadProfile } from "../../models/workload/WorkloadProfile.ts";
import type { Scenario } from "../Scenario.ts";

/**
 * A VM's workload profile in the models' units: its scenario profile (or the default one) with
 * the sourced values taken at their value.
 * @throws RangeError when the VM names an unknown profile (a loaded scenario has none)
 */
export function workloadProfileOf(scenario: Scenario, vm: Vm): WorkloadProfile {
  const name = vm.profile ?? scenario.defaultProfile;
  const p = scenario.profiles[name];
  if (p === undefined) throw new RangeError(`VM "${vm.name}": unknown profile "${name}"`);
  return {
    cpuPeakFraction: p.cpuPeakFraction.value,
    cpuTroughFraction: p.cpuTroughFraction.value,
    activeMemoryFraction: p.activeMemoryFraction.value,
    dirtyRatePeakBytesPerSecond: p.dirtyRatePeakBytesPerSecond.value,
    dirtyRateTroughBytesPerSecond: p.dirtyRateTroughBytesPerSecond.value,
    requestsPerSitePeak: p.requestsPerSitePeak.value,
    serviceTimeSeconds: p.serviceTimeSeconds.value,
  };
}
