/** A VM's measured CPU as the workload profiles count it. */
export interface MeasuredCpuFraction {
  /** Fraction of the VM's vCPUs busy, in reference cores (the profiles' unit), 0–speedFactor. */
  referenceFraction: number;
  /** True when the measurement exceeded what its vCPUs can use on the host, and was capped. */
  capped: boolean;
}

/**
 * A VM's measured CPU use (RVTools vCPU `Overall`, MHz used when the export ran) as a fraction of
 * its vCPUs busy on the reference core of the workload profiles: used Hz ÷ (vCPUs × host clock
 * Hz) is the share of its vCPUs' cycles on its own host, × the host core's speed relative to
 * the reference core (generationSpeed) turns it into reference-core work, the unit in which
 * `cpuLoadAt` and the contention model count demand. A VM cannot use more than its vCPUs × the
 * host clock: a larger figure (a turbo clock, a stale counter) is capped there and flagged.
 *
 * @param cpuUsedHz measured CPU use, Hz (≥ 0)
 * @param vcpu the VM's vCPUs (> 0)
 * @param hostClockHz nominal clock of its host, Hz (> 0)
 * @param speedFactor its host core's speed relative to the reference core (> 0)
 * @example
 * measuredCpuFraction(1_050e6, 2, 2_100e6, 1) // { referenceFraction: 0.25, capped: false }
 */
export function measuredCpuFraction(
  cpuUsedHz: number,
  vcpu: number,
  hostClockHz: number,
  speedFactor: number,
): MeasuredCpuFraction {
  const ceilingHz = vcpu * hostClockHz;
  const capped = cpuUsedHz > ceilingHz;
  const usedHz = Math.max(0, Math.min(cpuUsedHz, ceilingHz));
  return { referenceFraction: ceilingHz > 0 ? (usedHz / ceilingHz) * speedFactor : 0, capped };
}
