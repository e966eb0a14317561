import { type CpuReady, cpuReady } from "./cpuReady.ts";

/** CPU load on one host for one interval. */
export interface HostCpuLoad {
  /** vCPUs running on the host (all tenants). */
  vcpus: number;
  /** CPU the vCPUs want, in reference cores (where the profiles were measured). */
  demandReferenceCores: number;
  /** Speed of one of this host's cores relative to the reference core. */
  speedFactor: number;
  /** Schedulable capacity, cores (effective: counting the hyper-threading extra). */
  effectiveCores: number;
}

/** CPU demand against capacity on a host, with the ready time it causes. */
export interface HostCpuContention extends CpuReady {
  /** Demand in this host's cores (reference demand ÷ speed). */
  demandCores: number;
  /** Capacity, cores. */
  capacityCores: number;
  /** Demand ÷ capacity (may exceed 1). */
  demandFraction: number;
}

/**
 * Contention on a host: converts demand measured on the reference core into this host's
 * cores (÷ speed factor), then applies {@link cpuReady} with the mean per-vCPU demand and
 * ⌊effective cores⌋ servers.
 *
 * @example
 * hostCpuContention({ vcpus: 60, demandReferenceCores: 24, speedFactor: 1, effectiveCores: 25 })
 */
export function hostCpuContention(load: HostCpuLoad): HostCpuContention {
  const demandCores = load.demandReferenceCores / load.speedFactor;
  const perVcpu = load.vcpus > 0 ? Math.min(1, demandCores / load.vcpus) : 0;
  const servers = Math.max(1, Math.floor(load.effectiveCores));
  const ready = cpuReady(load.vcpus, servers, perVcpu);
  return {
    readyFraction: ready.readyFraction,
    runFraction: ready.runFraction,
    stretchFraction: ready.stretchFraction,
    coreUtilization: ready.coreUtilization,
    demandCores,
    capacityCores: load.effectiveCores,
    demandFraction: demandCores / load.effectiveCores,
  };
}
