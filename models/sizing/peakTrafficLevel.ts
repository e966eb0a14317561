import { HOUR } from "../units.ts";
import { cpuLoadAt } from "../workload/cpuLoadAt.ts";
import {
  DEFAULT_TRAFFIC_SHAPE,
  type TrafficShape,
  trafficLevel,
} from "../workload/TrafficShape.ts";
import type { WorkloadProfile } from "../workload/WorkloadProfile.ts";

/**
 * The traffic level at the weekly peak: of `steps` hourly steps from Monday 00:00, the first
 * step where the VMs' total CPU demand (vCPU × cpuLoadAt, reference cores) is highest — the step
 * where the run checks N+1 (scenarios/run/platformSection.ts chooses it the same way).
 *
 * @param vms the VMs that run, with their profiles
 * @param steps hourly steps (default one week, 168)
 * @returns a level in [0, 1]; 1 when a weekday's peak hour is among the steps and demand rises with traffic
 * @example
 * peakTrafficLevel([{ vcpu: 2, profile: web }]) // 1 (Monday 21:00)
 */
export function peakTrafficLevel(
  vms: readonly { vcpu: number; profile: WorkloadProfile }[],
  steps = 168,
  shape: TrafficShape = DEFAULT_TRAFFIC_SHAPE,
): number {
  let bestDemand = Number.NEGATIVE_INFINITY;
  let bestLevel = 0;
  for (let step = 0; step < steps; step++) {
    const level = trafficLevel(step * HOUR, shape);
    let demand = 0;
    for (const vm of vms) demand += vm.vcpu * cpuLoadAt(vm.profile, level);
    if (demand > bestDemand) {
      bestDemand = demand;
      bestLevel = level;
    }
  }
  return bestLevel;
}
