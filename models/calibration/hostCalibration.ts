/**
 * One host of the before-state: the export's own figures beside the model's at the snapshot
 * hour. Fractions 0–1; a modelled fraction may exceed 1 where the model asks more of the host
 * than it has (the export cannot, so that is itself a disagreement). A measured figure is null
 * where the export has none.
 */
export interface HostCalibration {
  /** Host name. */
  name: string;
  /** vHost `CPU usage %` ÷ 100; null when not measured. */
  cpuMeasuredFraction: number | null;
  /** The model's CPU demand on the host at the snapshot hour ÷ its physical cores. */
  cpuModelledFraction: number;
  /** vHost `Memory usage %` ÷ 100; null when not measured. */
  memoryMeasuredFraction: number | null;
  /** Memory the model's VMs consume on the host ÷ its physical memory. */
  memoryModelledFraction: number;
  /** vInfo `Overall Cpu Readiness` averaged over the host's powered-on VMs that report it; null when none does. */
  readyMeasuredFraction: number | null;
  /** The model's CPU ready per vCPU on the host at the snapshot hour. */
  readyModelledFraction: number;
}

/** What {@link hostCalibration} compares for one host, in base units. */
export interface HostCalibrationInput {
  /** Host name. */
  name: string;
  /** Physical cores (vHost `# Cores`: the base of `CPU usage %`). */
  cores: number;
  /** Physical memory, bytes. */
  memoryBytes: number;
  /** vHost `CPU usage %` ÷ 100, or null/absent. */
  cpuUsageFraction?: number | null | undefined;
  /** vHost `Memory usage %` ÷ 100, or null/absent. */
  memoryUsageFraction?: number | null | undefined;
  /** The model's CPU demand on the host at the snapshot hour, this host's cores. */
  cpuDemandCores: number;
  /** The model's CPU ready per vCPU at the snapshot hour, fraction. */
  cpuReadyFraction: number;
  /** Memory the host's powered-on VMs consume in the model, bytes. */
  consumedMemoryBytes: number;
  /** Its powered-on VMs' measured readiness (vInfo `Overall Cpu Readiness` ÷ 100), null where not reported. */
  vmReadinessFractions: readonly (number | null | undefined)[];
}

/**
 * A host's measured figures beside the modelled ones. vHost's `CPU usage %` is CPU used ÷
 * (Speed × # Cores) and `Memory usage %` is consumed ÷ `# Memory` (FACTS.md, "Measurements in
 * an export": VMs' `Overall` and `Consumed` sum to within a few points of them), so the model's
 * counterparts are its demand in host cores ÷ physical cores (not the hyper-threading-counted
 * capacity) and its VMs' consumed memory ÷ physical memory; neither counts the hypervisor's own
 * use (a few GiB; ASSUMPTION: within the comparison's tolerance). A host with no cores or memory
 * reads 0 rather than a non-finite figure.
 *
 * @example
 * hostCalibration({ name: "esx01", cores: 32, memoryBytes: 512 * GIB, cpuUsageFraction: 0.43,
 *   memoryUsageFraction: 0.6, cpuDemandCores: 13.6, cpuReadyFraction: 0.002,
 *   consumedMemoryBytes: 300 * GIB, vmReadinessFractions: [0.01, null] })
 * // cpuModelledFraction 0.425, memoryModelledFraction 0.586, readyMeasuredFraction 0.01
 */
export function hostCalibration(input: HostCalibrationInput): HostCalibration {
  let readySum = 0;
  let readyCount = 0;
  for (const r of input.vmReadinessFractions) {
    if (r === null || r === undefined) continue;
    readySum += r;
    readyCount++;
  }
  return {
    name: input.name,
    cpuMeasuredFraction: input.cpuUsageFraction ?? null,
    cpuModelledFraction: input.cores > 0 ? input.cpuDemandCores / input.cores : 0,
    memoryMeasuredFraction: input.memoryUsageFraction ?? null,
    memoryModelledFraction:
      input.memoryBytes > 0 ? input.consumedMemoryBytes / input.memoryBytes : 0,
    readyMeasuredFraction: readyCount > 0 ? readySum / readyCount : null,
    readyModelledFraction: input.cpuReadyFraction,
  };
}
