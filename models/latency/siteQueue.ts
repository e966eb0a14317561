import type { MmcQueue } from "./mmcResponseSurvival.ts";

/** What a web VM's request queue depends on. */
export interface SiteQueueInput {
  /** Requests per second the VM serves (all its sites). */
  requestRatePerSecond: number;
  /** vCPUs of the VM: the servers of its queue. */
  vcpus: number;
  /** CPU time per request on the reference core, seconds. */
  serviceTimeSeconds: number;
  /** Speed of the host's cores relative to the reference core. */
  speedFactor: number;
  /** Ready time per unit of run time on the host (cpuReady's stretchFraction). */
  stretchFraction: number;
}

/**
 * The M/M/c queue at a web VM's vCPUs: c = vCPUs, each request needs the profile's service
 * time divided by the host's core speed, stretched by the time its vCPU waits ready for a core
 * (1 + ready ÷ run, from the host's contention): μ = speed / (s · (1 + stretch)).
 * ASSUMPTION: requests are CPU-bound and Poisson, and PHP workers do not cap concurrency.
 *
 * @example
 * siteQueue({ requestRatePerSecond: 60, vcpus: 4, serviceTimeSeconds: 0.025, speedFactor: 1, stretchFraction: 0.1 })
 * // { arrivalRatePerSecond: 60, serviceRatePerSecond: 1/0.0275 ≈ 36.4, servers: 4 }
 */
export function siteQueue(input: SiteQueueInput): MmcQueue {
  const effectiveSeconds =
    (input.serviceTimeSeconds / input.speedFactor) * (1 + input.stretchFraction);
  return {
    arrivalRatePerSecond: input.requestRatePerSecond,
    serviceRatePerSecond: 1 / effectiveSeconds,
    servers: Math.max(1, Math.round(input.vcpus)),
  };
}
