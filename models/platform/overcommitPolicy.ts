/** How far a platform lets allocations exceed physical resources. */
export interface OvercommitPolicy {
  /** Most vCPUs allowed per physical core (e.g. 4 for 4:1). */
  maxVcpuPerCore: number;
  /** Most granted memory per byte of physical memory (1 = no overcommit). */
  maxMemoryOvercommit: number;
}

/** What a host may carry under an overcommit policy. */
export interface HostAllowance {
  /** vCPUs allowed. */
  vcpu: number;
  /** Memory that may be granted, bytes. */
  memoryBytes: number;
}

/**
 * The allocation a host may carry: vCPUs ≤ maxVcpuPerCore × physical cores, granted memory ≤
 * maxMemoryOvercommit × physical memory (rules of thumb in FACTS.md: 4:1 general production,
 * memory 1:1 in production).
 *
 * @param cores physical cores
 * @param memoryBytes physical memory, bytes
 * @example
 * hostAllowance(20, 192 * GIB, { maxVcpuPerCore: 4, maxMemoryOvercommit: 1 }) // { vcpu: 80, memoryBytes: 192 GiB }
 */
export function hostAllowance(
  cores: number,
  memoryBytes: number,
  policy: OvercommitPolicy,
): HostAllowance {
  return {
    vcpu: Math.floor(cores * policy.maxVcpuPerCore),
    memoryBytes: memoryBytes * policy.maxMemoryOvercommit,
  };
}
