import { groupBy } from "../groupBy.ts";
import { HOUR } from "../units.ts";
import { cpuLoadAt } from "../workload/cpuLoadAt.ts";
import {
  DEFAULT_TRAFFIC_SHAPE,
  type TrafficShape,
  trafficLevel,
} from "../workload/TrafficShape.ts";
import type { WorkloadProfile } from "../workload/WorkloadProfile.ts";
import { type HostCpuContention, hostCpuContention } from "./hostCpuContention.ts";
import { memoisedByNumber } from "./memoisedByNumber.ts";
import { type RamPressure, ramPressure } from "./ramPressure.ts";

/** A host of a contention run, in base units. */
export interface SeriesHost {
  /** Unique name. */
  name: string;
  /** Schedulable capacity, effective cores. */
  effectiveCores: number;
  /** Speed of one core relative to the reference core. */
  speedFactor: number;
  /** Physical memory, bytes. */
  memoryBytes: number;
  /** vCPUs of other tenants on this host (0 on a dedicated platform). */
  otherVcpus: number;
  /** CPU other tenants use at their peak, fraction of this host's capacity. */
  otherPeakFraction: number;
}

/** A VM of a contention run. */
export interface SeriesVm {
  /** Unique name. */
  name: string;
  /** The host it is placed on. */
  host: string;
  /** vCPUs. */
  vcpu: number;
  /** Granted memory, bytes. */
  memoryBytes: number;
  /** Active memory, bytes (measured, or the profile's fraction of granted). */
  activeMemoryBytes: number;
  /** Its workload profile. */
  profile: WorkloadProfile;
}

/** Hourly (or other step) series of one host. */
export interface HostSeries {
  /** Host name. */
  host: string;
  /** Capacity, effective cores (constant). */
  capacityCores: number;
  /** vCPUs on the host, all tenants. */
  vcpus: number;
  /** Per step: CPU demand of all tenants, this host's cores. */
  cpuDemandCores: number[];
  /** Per step: mean CPU ready per vCPU, fraction of the step. */
  cpuReadyFraction: number[];
  /** Per step: ready time per unit of run time (stretch of CPU work). */
  cpuStretchFraction: number[];
  /** Memory granted to the tenant's VMs, bytes. */
  grantedMemoryBytes: number;
  /** Memory the tenant's VMs actively use, bytes. */
  activeMemoryBytes: number;
  /** RAM pressure (memory demand does not follow the traffic level in this model). */
  ram: RamPressure;
}

/**
 * Per host and time step: CPU demand against capacity and the CPU ready it causes
 * ({@link hostCpuContention}), and RAM pressure. Each VM demands vCPU × its profile's CPU
 * fraction at the step's traffic level (reference cores, ÷ the host's speed). Other tenants
 * use `otherPeakFraction` of the host's capacity at the tenant's peak and follow the tenant's
 * aggregate curve (ASSUMPTION: the same diurnal shape, since they serve the same country).
 *
 * @param steps number of steps from Monday 00:00
 * @param stepSeconds step length, seconds (default one hour)
 * @example
 * contentionSeries(hosts, vms, 168) // one week, hourly
 */
export function contentionSeries(
  hosts: readonly SeriesHost[],
  vms: readonly SeriesVm[],
  steps: number,
  stepSeconds = HOUR,
  shape: TrafficShape = DEFAULT_TRAFFIC_SHAPE,
): HostSeries[] {
  const levels = Array.from({ length: steps }, (_, i) => trafficLevel(i * stepSeconds, shape));
  const othersScale = othersScaleAt(vms, levels);
  const byHost = groupBy(vms, (vm) => vm.host);
  return hosts.map((host) => {
    const on = byHost.get(host.name) ?? [];
    const vcpus = on.reduce((s, vm) => s + vm.vcpu, 0) + host.otherVcpus;
    const series: Pick<HostSeries, "cpuDemandCores" | "cpuReadyFraction" | "cpuStretchFraction"> = {
      cpuDemandCores: [],
      cpuReadyFraction: [],
      cpuStretchFraction: [],
    };
    // a step's contention depends on the host and its level only (othersScale is a function of
    // the level): the five weekdays share one day's levels, so a week needs two days' worth
    const atLevel = memoisedByNumber((level, step: number) =>
      hostStepContention(host, on, vcpus, level, othersScale[step] ?? 0),
    );
    levels.forEach((level, step) => {
      const c = atLevel(level, step);
      series.cpuDemandCores.push(c.demandCores);
      series.cpuReadyFraction.push(c.readyFraction);
      series.cpuStretchFraction.push(c.stretchFraction);
    });
    const grantedMemoryBytes = on.reduce((s, vm) => s + vm.memoryBytes, 0);
    const activeMemoryBytes = on.reduce((s, vm) => s + vm.activeMemoryBytes, 0);
    return {
      host: host.name,
      capacityCores: host.effectiveCores,
      vcpus,
      ...series,
      grantedMemoryBytes,
      activeMemoryBytes,
      ram: ramPressure(grantedMemoryBytes, activeMemoryBytes, host.memoryBytes),
    };
  });
}

/**
 * The tenant's aggregate CPU demand at each traffic level ÷ its demand at the peak (level 1),
 * 0 when it has none: the curve other tenants' load follows (ASSUMPTION, see contentionSeries).
 */
export function othersScaleAt(
  vms: readonly Pick<SeriesVm, "vcpu" | "profile">[],
  levels: readonly number[],
): number[] {
  const tenantAt = (level: number) =>
    vms.reduce((s, vm) => s + vm.vcpu * cpuLoadAt(vm.profile, level), 0);
  const tenantPeak = tenantAt(1);
  // levels repeat (weekdays): the sum over VMs once per distinct level
  const tenantAtLevel = memoisedByNumber(tenantAt);
  return levels.map((level) => (tenantPeak > 0 ? tenantAtLevel(level) / tenantPeak : 0));
}

/**
 * One host at one step: the demand of the tenant's VMs on it at the traffic level, plus other
 * tenants' `otherPeakFraction` of its capacity scaled by `othersScale`, through
 * {@link hostCpuContention}.
 * @param vcpus vCPUs on the host, all tenants
 */
export function hostStepContention(
  host: SeriesHost,
  on: readonly Pick<SeriesVm, "vcpu" | "profile">[],
  vcpus: number,
  level: number,
  othersScale: number,
): HostCpuContention {
  let tenant = 0;
  for (const vm of on) tenant += vm.vcpu * cpuLoadAt(vm.profile, level);
  const others = host.otherPeakFraction * host.effectiveCores * othersScale;
  return hostCpuContention({
    vcpus,
    demandReferenceCores: tenant + others * host.speedFactor,
    speedFactor: host.speedFactor,
    effectiveCores: host.effectiveCores,
  });
}
