import { groupBy } from "../groupBy.ts";
import { mapped } from "../mapped.ts";
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
  options: ContentionSeriesOptions = {},
): HostSeries[] {
  const contention = options.contention ?? hostContentionAt(hosts, vms, stepSeconds, shape);
  const only = options.onlySteps === undefined ? undefined : new Set(options.onlySteps);
  // mapped, not .map: arrays passed on keep one V8 map (see mapped)
  return mapped(hosts, (host, index) => {
    const { on, vcpus } = contention.hosts[index] as { on: readonly SeriesVm[]; vcpus: number };
    // each series allocated once at its length (not grown by push)
    const cpuDemandCores = new Array<number>(steps);
    const cpuReadyFraction = new Array<number>(steps);
    const cpuStretchFraction = new Array<number>(steps);
    for (let step = 0; step < steps; step++) {
      if (only !== undefined && !only.has(step)) {
        cpuDemandCores[step] = Number.NaN;
        cpuReadyFraction[step] = Number.NaN;
        cpuStretchFraction[step] = Number.NaN;
        continue;
      }
      const c = contention.at(index, step);
      cpuDemandCores[step] = c.demandCores;
      cpuReadyFraction[step] = c.readyFraction;
      cpuStretchFraction[step] = c.stretchFraction;
    }
    const grantedMemoryBytes = on.reduce((s, vm) => s + vm.memoryBytes, 0);
    const activeMemoryBytes = on.reduce((s, vm) => s + vm.activeMemoryBytes, 0);
    return {
      host: host.name,
      capacityCores: host.effectiveCores,
      vcpus,
      cpuDemandCores,
      cpuReadyFraction,
      cpuStretchFraction,
      grantedMemoryBytes,
      activeMemoryBytes,
      ram: ramPressure(grantedMemoryBytes, activeMemoryBytes, host.memoryBytes),
    };
  });
}

/** Options of {@link contentionSeries}. */
export interface ContentionSeriesOptions {
  /** Compute these steps only; the others are NaN (default: all). */
  onlySteps?: readonly number[];
  /**
   * The contention to read, made by {@link hostContentionAt} from the same hosts, VMs, step and
   * shape (its memo then serves a caller that asks for more steps later).
   */
  contention?: HostContentionAt;
}

/** What {@link contentionSeries} computes of each host, step by step on demand. */
export interface HostContentionAt {
  /** Per host, in the order given: the tenant's VMs on it and the vCPUs of all tenants. */
  readonly hosts: readonly { on: readonly SeriesVm[]; vcpus: number }[];
  /** Host `index` at `step` (steps from Monday 00:00): computed once per host and level. */
  at(index: number, step: number): HostCpuContention;
}

/**
 * The contention of {@link contentionSeries} at any host and step, computed when first asked
 * (contentionSeries lists it for every step of a week through this, so the numbers are the
 * same): for a caller that needs a few hours of the week, as a Monte Carlo replication reads
 * the hours of its move and the weekly peak. A step's contention depends on the host and the
 * step's traffic level only (other tenants' scale is a function of the level), so each host
 * computes it once per level: the five weekdays share one day's levels.
 *
 * @example hostContentionAt(hosts, vms).at(0, 21).stretchFraction // the first host, Monday 21:00
 */
export function hostContentionAt(
  hosts: readonly SeriesHost[],
  vms: readonly SeriesVm[],
  stepSeconds = HOUR,
  shape: TrafficShape = DEFAULT_TRAFFIC_SHAPE,
): HostContentionAt {
  const othersScaleOf = othersScaleOfLevel(vms);
  const byHost = groupBy(vms, (vm) => vm.host);
  const perHost = mapped(hosts, (host) => {
    const on = byHost.get(host.name) ?? [];
    const vcpus = on.reduce((s, vm) => s + vm.vcpu, 0) + host.otherVcpus;
    const atLevel = memoisedByNumber((level) =>
      hostStepContention(host, on, vcpus, level, othersScaleOf(level)),
    );
    return { on, vcpus, atLevel };
  });
  const levelAt = memoisedByNumber((step) => trafficLevel(step * stepSeconds, shape));
  return {
    hosts: perHost,
    at: (index, step) => {
      const host = perHost[index];
      if (host === undefined) throw new RangeError(`no host at index ${index}`);
      return host.atLevel(levelAt(step));
    },
  };
}

/**
 * The tenant's aggregate CPU demand at each traffic level ÷ its demand at the peak (level 1),
 * 0 when it has none: the curve other tenants' load follows (ASSUMPTION, see contentionSeries).
 */
export function othersScaleAt(
  vms: readonly Pick<SeriesVm, "vcpu" | "profile">[],
  levels: readonly number[],
): number[] {
  return levels.map(othersScaleOfLevel(vms));
}

/**
 * {@link othersScaleAt} of one level, on demand: levels repeat (weekdays), so the sum over VMs
 * is computed once per distinct level.
 */
function othersScaleOfLevel(
  vms: readonly Pick<SeriesVm, "vcpu" | "profile">[],
): (level: number) => number {
  const tenantAt = (level: number) =>
    vms.reduce((s, vm) => s + vm.vcpu * cpuLoadAt(vm.profile, level), 0);
  const tenantPeak = tenantAt(1);
  const tenantAtLevel = memoisedByNumber(tenantAt);
  return (level) => (tenantPeak > 0 ? tenantAtLevel(level) / tenantPeak : 0);
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
