/** A host as HA admission control sees it. */
export interface HaHost {
  /** CPU capacity, cores (effective cores, or any consistent CPU unit). */
  cpuCores: number;
  /** Memory capacity, bytes. */
  memoryBytes: number;
}

/** The share of a cluster that HA admission control holds back. */
export interface HaReservation {
  /** Fraction of the cluster's CPU reserved for failover. */
  cpuReservedFraction: number;
  /** Fraction of the cluster's memory reserved for failover. */
  memoryReservedFraction: number;
  /** CPU left for workloads, cores. */
  cpuUsableCores: number;
  /** Memory left for workloads, bytes. */
  memoryUsableBytes: number;
}

/**
 * HA admission control with the percentage policy, for k host failures tolerated.
 *
 * Policy implemented: on n equal hosts it reserves k/n of CPU and of memory (FACTS.md,
 * "Capacity rules of thumb": "HA N+1 with the percentage policy reserves 1/n of CPU and RAM
 * on n equal hosts"), which is what vSphere computes when the failover capacity is derived
 * from the number of host failures to tolerate. With unequal hosts we reserve the share of
 * the k LARGEST hosts, separately for CPU and memory (the conservative choice: any k hosts
 * may fail, so the reserve must cover the worst case).
 *
 * @param hosts the cluster's hosts
 * @param failuresTolerated k ≥ 0; k ≥ n reserves everything
 * @example
 * haAdmission([{cpuCores: 20, memoryBytes: 1}, …×4], 1).cpuReservedFraction // 0.25
 */
export function haAdmission(hosts: readonly HaHost[], failuresTolerated: number): HaReservation {
  const cpu = largestShare(hosts, (h) => h.cpuCores, failuresTolerated);
  const memory = largestShare(hosts, (h) => h.memoryBytes, failuresTolerated);
  return {
    cpuReservedFraction: cpu.fraction,
    memoryReservedFraction: memory.fraction,
    cpuUsableCores: cpu.total - cpu.reserved,
    memoryUsableBytes: memory.total - memory.reserved,
  };
}

/**
 * The hosts' total of one value, and the sum of its k largest. The values are summed in host
 * order, then the k largest in descending order, as reduce over them did; they are read into an
 * array of this function's own, not one made by `.map` (whose V8 map depended on whether the
 * caller was optimised: see mapped).
 */
function largestShare(hosts: readonly HaHost[], pick: (h: HaHost) => number, k: number) {
  // one failure tolerated (the usual N+1): the largest value, found without sorting a copy
  // (0 + it, as the sum did; a NaN, whose place the sort decides, takes the general way)
  if (k === 1) {
    let total = 0;
    let largest = Number.NEGATIVE_INFINITY;
    let comparable = true;
    for (const h of hosts) {
      const value = pick(h);
      total += value;
      if (value > largest) largest = value;
      else if (!(value <= largest)) comparable = false;
    }
    if (comparable) {
      const reserved = hosts.length === 0 ? 0 : 0 + largest;
      return { total, reserved, fraction: total > 0 ? reserved / total : 1 };
    }
  }
  const values = new Array<number>(hosts.length);
  let total = 0;
  for (let i = 0; i < hosts.length; i++) {
    const value = pick(hosts[i] as HaHost);
    values[i] = value;
    total += value;
  }
  values.sort((a, b) => b - a);
  let reserved = 0;
  for (const value of values.slice(0, k)) reserved += value;
  return { total, reserved, fraction: total > 0 ? reserved / total : 1 };
}
