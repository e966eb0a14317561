import type { EstateHost, EstateVm } from "../cost/Estate.ts";
import { mapped } from "../mapped.ts";
import { type N1CheckResult, n1Check } from "../platform/n1Check.ts";

/** The capacity rules a dedicated cluster is planned with (allocation model). */
export interface CapacityPolicy {
  /** Most vCPUs allocated per physical core (4 for 4:1). */
  maxVcpuPerCore: number;
  /** Most granted memory per byte of physical memory (1 = none). */
  maxMemoryOvercommit: number;
  /** Host failures HA must tolerate (1 for N+1). */
  failuresTolerated: number;
}

/** How full a cluster is by allocation, with and without hosts failed. */
export interface AllocationCheck {
  /** Allocated vCPU ÷ (maxVcpuPerCore × physical cores). */
  cpuUsedFraction: number;
  /** Granted memory ÷ (overcommit × physical memory). */
  memoryUsedFraction: number;
  /** The same demand against what HA admission control leaves (models/platform n1Check). */
  n1: N1CheckResult;
  /** True when CPU, memory and the N+k check all fit. */
  pass: boolean;
}

/**
 * Allocation-based capacity of a dedicated cluster, as capacity tools plan it: vCPUs against
 * the vCPU:core policy, granted memory against physical memory × overcommit, and the HA N+k
 * check of models/platform (percentage policy) with demand expressed in physical cores
 * (vCPU ÷ maxVcpuPerCore) and physical memory (granted ÷ overcommit).
 *
 * Reference: FACTS.md "Capacity rules of thumb" (4:1 vCPU:core, memory 1:1, N+1 reserves 1/n).
 *
 * @example
 * allocationCheck(threeHostsOf20Cores, vms120Vcpu, { maxVcpuPerCore: 4, maxMemoryOvercommit: 1, failuresTolerated: 1 })
 * // cpuUsedFraction 0.5; n1.cpuUsedFraction 0.75
 */
export function allocationCheck(
  hosts: readonly EstateHost[],
  vms: readonly EstateVm[],
  policy: CapacityPolicy,
): AllocationCheck {
  const vcpu = vms.reduce((s, vm) => s + vm.vcpu, 0);
  const granted = vms.reduce((s, vm) => s + vm.memoryBytes, 0);
  return allocationCheckOfTotals(hosts, vcpu, granted, policy);
}

/**
 * {@link allocationCheck} of VMs given by their totals: `vcpu` allocated vCPUs and `granted`
 * granted memory, bytes (their sums in the VMs' order, as allocationCheck adds them: the same
 * result, bit for bit). For callers that keep running totals of a growing list of VMs.
 */
export function allocationCheckOfTotals(
  hosts: readonly EstateHost[],
  vcpu: number,
  granted: number,
  policy: CapacityPolicy,
): AllocationCheck {
  const cores = hosts.reduce((s, h) => s + h.sockets * h.coresPerSocket, 0);
  const memory = hosts.reduce((s, h) => s + h.memoryBytes, 0);
  const demand = {
    cpuCores: vcpu / policy.maxVcpuPerCore,
    memoryBytes: granted / policy.maxMemoryOvercommit,
  };
  const n1 = n1Check(
    // mapped, not .map: arrays passed on keep one V8 map (see mapped)
    mapped(hosts, (h) => ({ cpuCores: h.sockets * h.coresPerSocket, memoryBytes: h.memoryBytes })),
    demand,
    policy.failuresTolerated,
  );
  const cpuUsedFraction = ratio(demand.cpuCores, cores);
  const memoryUsedFraction = ratio(demand.memoryBytes, memory);
  return {
    cpuUsedFraction,
    memoryUsedFraction,
    n1,
    pass: cpuUsedFraction <= 1 && memoryUsedFraction <= 1 && n1.pass,
  };
}

function ratio(demand: number, capacity: number): number {
  if (capacity > 0) return demand / capacity;
  return demand > 0 ? Number.POSITIVE_INFINITY : 0;
}
