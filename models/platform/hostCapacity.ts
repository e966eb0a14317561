import type { Host } from "../Inventory.ts";

/**
 * Extra throughput a second hardware thread adds to a core, as a fraction of the core.
 *
 * ASSUMPTION: VMware's guidance is that hyper-threading "can improve performance" but a
 * thread is not a core; vendors' and VMware's own measurements put the gain at roughly
 * 10–30% for mixed server workloads (Intel: "up to 30%"). We take 25%: a 2-thread core counts
 * as 1.25 cores of capacity, not 2.
 */
export const HYPER_THREADING_EXTRA_FRACTION = 0.25;

/** CPU and memory capacity of one host. */
export interface HostCapacity {
  /** Host name. */
  name: string;
  /** Physical cores (sockets × cores per socket). */
  cores: number;
  /** Hardware threads (cores × threads per core). */
  threads: number;
  /** Schedulable capacity in cores: cores × (1 + HT extra when threads per core > 1). */
  effectiveCores: number;
  /** Physical memory, bytes. */
  memoryBytes: number;
}

/**
 * The capacity of a host: physical cores, threads, and effective cores counting the
 * hyper-threading gain as a documented extra fraction (not 2×).
 *
 * @param host an inventory host (threadsPerCore 1 or 2)
 * @param hyperThreadingExtraFraction extra capacity of the second thread (default {@link HYPER_THREADING_EXTRA_FRACTION})
 * @example
 * hostCapacity({ sockets: 2, coresPerSocket: 10, threadsPerCore: 2, … }).effectiveCores // 25
 */
export function hostCapacity(
  host: Host,
  hyperThreadingExtraFraction = HYPER_THREADING_EXTRA_FRACTION,
): HostCapacity {
  const cores = host.sockets * host.coresPerSocket;
  const ht = host.threadsPerCore > 1 ? hyperThreadingExtraFraction : 0;
  return {
    name: host.name,
    cores,
    threads: cores * host.threadsPerCore,
    effectiveCores: cores * (1 + ht),
    memoryBytes: host.memoryBytes,
  };
}
