import { type HaHost, haAdmission } from "./haAdmission.ts";

/** Demand to fit on a cluster with hosts failed. */
export interface N1Demand {
  /** Peak CPU demand, cores (same unit as the hosts' cpuCores). */
  cpuCores: number;
  /** Memory that must stay backed, bytes (granted memory divided by the allowed overcommit). */
  memoryBytes: number;
}

/** Result of an N+k headroom check. */
export interface N1CheckResult {
  /** True when CPU and memory demand both fit in what the HA reserve leaves. */
  pass: boolean;
  /** Hosts assumed failed. */
  failedHosts: number;
  /** CPU demand ÷ CPU left after the reserve (> 1: does not fit). */
  cpuUsedFraction: number;
  /** Memory demand ÷ memory left after the reserve. */
  memoryUsedFraction: number;
  /** Fraction of CPU reserved (percentage policy, largest k hosts). */
  cpuReservedFraction: number;
  /** Fraction of memory reserved. */
  memoryReservedFraction: number;
}

/**
 * Does the cluster keep headroom with k hosts failed? The demand must fit in the capacity
 * left by {@link haAdmission} (percentage policy, the k largest hosts reserved).
 *
 * @example
 * n1Check(fourHostsOf20Cores, { cpuCores: 60, memoryBytes: 0 }, 1).pass // true (60 ≤ 60)
 */
export function n1Check(
  hosts: readonly HaHost[],
  demand: N1Demand,
  failuresTolerated: number,
): N1CheckResult {
  const r = haAdmission(hosts, failuresTolerated);
  const cpuUsedFraction = usedFraction(demand.cpuCores, r.cpuUsableCores);
  const memoryUsedFraction = usedFraction(demand.memoryBytes, r.memoryUsableBytes);
  return {
    pass: cpuUsedFraction <= 1 && memoryUsedFraction <= 1,
    failedHosts: failuresTolerated,
    cpuUsedFraction,
    memoryUsedFraction,
    cpuReservedFraction: r.cpuReservedFraction,
    memoryReservedFraction: r.memoryReservedFraction,
  };
}

function usedFraction(demand: number, capacity: number): number {
  if (capacity > 0) return demand / capacity;
  return demand > 0 ? Number.POSITIVE_INFINITY : 0;
}
