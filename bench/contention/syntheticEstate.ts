import type { SeriesHost, SeriesVm } from "../../models/contention/contentionSeries.ts";
import { generationSpeed } from "../../models/platform/generationSpeed.ts";
import { hostCapacity } from "../../models/platform/hostCapacity.ts";
import { workloadProfileOf } from "../../scenarios/run/workloadProfileOf.ts";
import type { Scenario } from "../../scenarios/Scenario.ts";
import type { ContentionCase } from "./ContentionCase.ts";

/**
 * A synthetic shared estate of `hostCount` copies of the scenario's first target host, each
 * holding `vmsPerHost` tenant VMs copied in turn from the scenario's powered-on VMs (so the mix
 * of profiles, vCPUs and memory is the scenario's), the rest of each host's vCPU allowance
 * (maxVcpuPerCore × cores) filled by other tenants using the target's
 * `otherTenantsLoadFraction` at the peak, as `platformSection` models a shared target.
 * @throws RangeError when the scenario has no target host or no powered-on VM
 * @example syntheticEstate(await loadScenario("reference"), 1000, 20, 8766) // 20,000 VMs, a year
 */
export function syntheticEstate(
  scenario: Scenario,
  hostCount: number,
  vmsPerHost: number,
  steps: number,
): ContentionCase {
  const model = scenario.target.hosts[0];
  const reference = scenario.source.hosts[0] ?? model;
  const templates = scenario.inventory.vms.filter((vm) => vm.powerState === "poweredOn");
  if (model === undefined || reference === undefined || templates.length === 0) {
    throw new RangeError("the scenario needs a target host and a powered-on VM");
  }
  const capacity = hostCapacity(model);
  const speedFactor = generationSpeed(
    model.generation,
    model.clockHz,
    reference.generation,
    reference.clockHz,
  );
  const allowance = Math.floor(scenario.target.maxVcpuPerCore.value * capacity.cores);
  const otherPeakFraction = scenario.target.otherTenantsLoadFraction?.value ?? 0;
  const vms: SeriesVm[] = [];
  const hosts: SeriesHost[] = [];
  for (let h = 0; h < hostCount; h++) {
    const host = `host${h}`;
    let tenantVcpus = 0;
    for (let v = 0; v < vmsPerHost; v++) {
      const i = h * vmsPerHost + v;
      const template = templates[i % templates.length]!;
      const profile = workloadProfileOf(scenario, template);
      tenantVcpus += template.vcpu;
      vms.push({
        name: `vm${i}`,
        host,
        vcpu: template.vcpu,
        memoryBytes: template.memoryBytes,
        activeMemoryBytes:
          template.activeMemoryBytes ?? template.memoryBytes * profile.activeMemoryFraction,
        profile,
      });
    }
    hosts.push({
      name: host,
      effectiveCores: capacity.effectiveCores,
      speedFactor,
      memoryBytes: capacity.memoryBytes,
      otherVcpus: Math.max(0, allowance - tenantVcpus),
      otherPeakFraction,
    });
  }
  return { name: `synthetic ${hostCount.toLocaleString("en-US")} hosts`, hosts, vms, steps };
}
