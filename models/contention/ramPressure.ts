/** Memory pressure on a host. */
export interface RamPressure {
  /** Granted (configured) memory ÷ physical memory. */
  grantedFraction: number;
  /** Active memory ÷ physical memory. */
  activeFraction: number;
  /** Memory is overcommitted (granted > physical): ESXi may reclaim by ballooning under pressure. */
  ballooningRisk: boolean;
  /** The working set itself exceeds physical memory: reclamation must compress or swap. */
  swapRisk: boolean;
}

/**
 * RAM pressure from granted and active memory against physical memory. ESXi reclaims memory
 * (ballooning, then compression and swapping) only when granted memory exceeds what the host
 * has; when even the active working set does not fit, reclamation hits pages in use and
 * performance falls (vSphere Resource Management guide, "Memory Reclamation"). The two flags
 * are these two thresholds; ESXi's own free-memory states are not modelled.
 *
 * @param grantedBytes memory configured on the host's VMs, bytes
 * @param activeBytes memory those VMs actively use, bytes
 * @param physicalBytes host memory, bytes
 * @example
 * ramPressure(200, 120, 192) // { grantedFraction: 1.04…, ballooningRisk: true, swapRisk: false }
 */
export function ramPressure(
  grantedBytes: number,
  activeBytes: number,
  physicalBytes: number,
): RamPressure {
  return {
    grantedFraction: grantedBytes / physicalBytes,
    activeFraction: activeBytes / physicalBytes,
    ballooningRisk: grantedBytes > physicalBytes,
    swapRisk: activeBytes > physicalBytes,
  };
}
