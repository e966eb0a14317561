import { mapped } from "../mapped.ts";
import { MILLISECOND } from "../units.ts";
import { requestRateAt } from "../workload/requestRateAt.ts";
import type { WorkloadProfile } from "../workload/WorkloadProfile.ts";
import { responseTimePercentiles, type WeightedQueue } from "./responseTimePercentile.ts";
import { siteQueue } from "./siteQueue.ts";

/** A web VM at one time step, with what its host gives it. */
export interface WebVmAtStep {
  /** VM name. */
  name: string;
  /** Websites it hosts (> 0). */
  sites: number;
  /** vCPUs. */
  vcpu: number;
  /** Its workload profile. */
  profile: WorkloadProfile;
  /** Traffic level at the step (0 trough, 1 peak). */
  level: number;
  /** Speed of its host's cores relative to the reference core. */
  speedFactor: number;
  /** Ready per unit of run time on its host at the step. */
  stretchFraction: number;
  /** Network round trip added to each request, seconds. */
  networkRttSeconds: number;
}

/** Response-time percentiles, milliseconds. */
export interface LatencyPercentiles {
  /** Median response time, ms. */
  p50Ms: number;
  /** 95th percentile, ms. */
  p95Ms: number;
  /** 99th percentile, ms. */
  p99Ms: number;
}

/** Latency of one web VM's sites. */
export interface WebVmLatency extends LatencyPercentiles {
  /** VM name. */
  vm: string;
  /** Sites it hosts. */
  sites: number;
  /** Utilisation of its vCPUs by requests (≥ 1: unstable, percentiles Infinity). */
  utilization: number;
}

/**
 * Response-time percentiles of the sites on each web VM (one M/M/c queue per VM, see
 * {@link siteQueue}, plus the network round trip), and of all sites together (the mixture
 * weighted by sites per VM).
 *
 * @returns per VM and overall p50/p95/p99 in ms (Infinity when a queue is unstable)
 * @example
 * webLatency([{ name: "web", sites: 20, vcpu: 4, profile, level: 1, speedFactor: 1, stretchFraction: 0, networkRttSeconds: 3e-4 }])
 */
export function webLatency(
  vms: readonly WebVmAtStep[],
  options: WebLatencyOptions = {},
): {
  perVm: WebVmLatency[];
  overall: LatencyPercentiles;
} {
  const wanted = options.percentiles ?? "all";
  // mapped, not .map: arrays passed on keep one V8 map (see mapped)
  const components: WeightedQueue[] = mapped(vms, (vm) => ({
    weight: vm.sites,
    fixedSeconds: vm.networkRttSeconds,
    queue: siteQueue({
      requestRatePerSecond: requestRateAt(vm.profile, vm.sites, vm.level),
      vcpus: vm.vcpu,
      serviceTimeSeconds: vm.profile.serviceTimeSeconds,
      speedFactor: vm.speedFactor,
      stretchFraction: vm.stretchFraction,
    }),
  }));
  const perVm = mapped(components, (c, i) => ({
    vm: vms[i]?.name ?? "",
    sites: c.weight,
    utilization: c.queue.arrivalRatePerSecond / (c.queue.servers * c.queue.serviceRatePerSecond),
    ...(wanted === "all" ? percentiles([c]) : NOT_COMPUTED),
  }));
  if (wanted === "all") return { perVm, overall: percentiles(components) };
  if (wanted === "none") return { perVm, overall: { ...NOT_COMPUTED } };
  // as percentiles(components) gives it: 0 without components
  const p95 =
    components.length === 0 ? 0 : (responseTimePercentiles(components, [0.95])[0] as number);
  return { perVm, overall: { ...NOT_COMPUTED, p95Ms: p95 / MILLISECOND } };
}

/** Options of {@link webLatency}. */
export interface WebLatencyOptions {
  /**
   * Which percentiles to compute: "all" (default); "overallP95", the sites' p95 alone (a Monte
   * Carlo replication reads no other); "none". Those not computed are NaN; the p95 computed is
   * the one "all" gives, number for number.
   */
  percentiles?: "all" | "overallP95" | "none";
}

/** Percentiles not computed (see WebLatencyOptions). */
const NOT_COMPUTED: LatencyPercentiles = Object.freeze({
  p50Ms: Number.NaN,
  p95Ms: Number.NaN,
  p99Ms: Number.NaN,
});

function percentiles(components: WeightedQueue[]): LatencyPercentiles {
  if (components.length === 0) return { p50Ms: 0, p95Ms: 0, p99Ms: 0 };
  // one preparation of the mixture for the three quantiles (the same figures as one by one)
  const [p50, p95, p99] = responseTimePercentiles(components, QUANTILES) as [
    number,
    number,
    number,
  ];
  return { p50Ms: p50 / MILLISECOND, p95Ms: p95 / MILLISECOND, p99Ms: p99 / MILLISECOND };
}

const QUANTILES = [0.5, 0.95, 0.99] as const;
