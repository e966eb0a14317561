import { cpuGenerationRank } from "./cpuGenerationRank.ts";

/** One problem found before migrating (DESIGN.md phase 1). */
export interface PreflightFinding {
  /** The VM concerned, or null for the plan as a whole. */
  vm: string | null;
  /** "blocker": the VM cannot move live as it is; "warning": it can, with a risk. */
  severity: "blocker" | "warning";
  /** Stable code, e.g. "per-vm-limit.memory". */
  code: string;
  /** One readable line. */
  message: string;
}

/** A VM as the preflight checks see it (base units). */
export interface PreflightVm {
  name: string;
  vcpu: number;
  memoryBytes: number;
  diskProvisionedBytes: number;
  hardwareVersion: number | null;
  snapshotCount: number | null;
  connectedMedia: boolean | null;
  /** CPU generation of its source host, or null when unknown. */
  hostGeneration: string | null;
}

/** Inputs of {@link preflightFindings} (base units). */
export interface PreflightInput {
  vms: readonly PreflightVm[];
  /** Target per-VM limits, if any. */
  perVmLimits?: { vcpu: number; memoryBytes: number; diskBytes: number };
  /** Target cluster EVC baseline (a CPU generation), if any. */
  targetEvcBaseline?: string;
  /** Lowest virtual hardware version the target supports, if any. */
  minHardwareVersion?: number;
  /** Inter-site round trip, seconds. */
  rttSeconds: number;
  /** Round trip vMotion supports, seconds (150 ms in vSphere 6+, FACTS.md). */
  maxRttSeconds: number;
  /** Link rate each concurrent vMotion gets at full concurrency, bytes per second. */
  perVmotionBytesPerSecond: number;
  /** Minimum per concurrent vMotion, bytes per second (250 Mbit/s, FACTS.md). */
  minPerVmotionBytesPerSecond: number;
}

/**
 * The preflight checks of DESIGN.md phase 1 over an inventory: per-VM limits of the target,
 * CPU generation newer than the target's EVC baseline ("evc") or of another vendor ("evc.vendor"), connected media,
 * snapshots, hardware version below the target's minimum, an RTT over the vMotion limit and
 * less than the minimum bandwidth per concurrent vMotion (FACTS.md, vSphere limits).
 * @returns findings, VM by VM in inventory order, then the plan-wide ones
 * @example preflightFindings({ vms: [{ name: "db", vcpu: 16, … }], perVmLimits: { vcpu: 12, … }, … })
 * // [{ vm: "db", severity: "blocker", code: "per-vm-limit.vcpu", message: "…" }]
 */
export function preflightFindings(input: PreflightInput): PreflightFinding[] {
  const findings: PreflightFinding[] = [];
  const add = (
    vm: string | null,
    severity: PreflightFinding["severity"],
    code: string,
    message: string,
  ) => findings.push({ vm, severity, code, message });
  const limits = input.perVmLimits;
  const baseline =
    input.targetEvcBaseline === undefined ? null : cpuGenerationRank(input.targetEvcBaseline);
  for (const vm of input.vms) {
    if (limits !== undefined) {
      const checks = [
        ["vcpu", vm.vcpu, limits.vcpu, "vCPU"],
        ["memory", vm.memoryBytes, limits.memoryBytes, "bytes of memory"],
        ["disk", vm.diskProvisionedBytes, limits.diskBytes, "bytes of disk"],
      ] as const;
      for (const [limit, value, max, what] of checks) {
        if (value > max) {
          add(
            vm.name,
            "blocker",
            `per-vm-limit.${limit}`,
            `${value} ${what} over the target's limit of ${max}`,
          );
        }
      }
    }
    const generation = vm.hostGeneration === null ? null : cpuGenerationRank(vm.hostGeneration);
    if (baseline !== null && generation !== null) {
      // Another vendor has its own code: no EVC mode spans Intel and AMD (see BLOCKER_REMEDIES).
      if (generation.vendor !== baseline.vendor)
        add(
          vm.name,
          "blocker",
          "evc.vendor",
          `source host CPU ${vm.hostGeneration} is foreign to the target EVC baseline ${input.targetEvcBaseline}`,
        );
      else if (generation.rank > baseline.rank)
        add(
          vm.name,
          "blocker",
          "evc",
          `source host CPU ${vm.hostGeneration} is newer than the target EVC baseline ${input.targetEvcBaseline}`,
        );
    }
    if (vm.connectedMedia === true)
      add(vm.name, "blocker", "connected-media", "a CD/DVD or floppy image is connected");
    if (vm.snapshotCount !== null && vm.snapshotCount > 0)
      add(
        vm.name,
        "warning",
        "snapshots",
        `${vm.snapshotCount} snapshot(s): consolidate before moving`,
      );
    if (
      input.minHardwareVersion !== undefined &&
      vm.hardwareVersion !== null &&
      vm.hardwareVersion < input.minHardwareVersion
    )
      add(
        vm.name,
        "blocker",
        "hardware-version",
        `hardware version ${vm.hardwareVersion} below the target's minimum ${input.minHardwareVersion}`,
      );
  }
  if (input.rttSeconds > input.maxRttSeconds)
    add(
      null,
      "blocker",
      "rtt",
      `inter-site RTT ${input.rttSeconds} s over the vMotion limit of ${input.maxRttSeconds} s`,
    );
  if (input.perVmotionBytesPerSecond < input.minPerVmotionBytesPerSecond)
    add(
      null,
      "warning",
      "bandwidth-per-vmotion",
      `${input.perVmotionBytesPerSecond} B/s per concurrent vMotion, under the minimum ${input.minPerVmotionBytesPerSecond} B/s: migrations will queue`,
    );
  return findings;
}
