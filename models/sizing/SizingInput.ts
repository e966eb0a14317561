import type { Host } from "../Inventory.ts";
import type { OvercommitPolicy } from "../platform/overcommitPolicy.ts";
import type { PlacementRule, PlacementVm } from "../platform/PlacementRule.ts";
import type { WorkloadProfile } from "../workload/WorkloadProfile.ts";

/** A VM as sizing sees it: what placement needs, and its workload profile for CPU demand. */
export interface SizingVm extends PlacementVm {
  /** Its workload profile (CPU fractions measured on the reference core). */
  profile: WorkloadProfile;
}

/** An estate to size a target for, and the target's host model and policies. */
export interface SizingInput {
  /** The host model the target is made of (its name prefixes the candidate hosts' names). */
  host: Host;
  /** Speed of one of the model's cores relative to the reference core (generationSpeed). */
  speedFactor: number;
  /** The VMs that run on the target (powered on). */
  vms: readonly SizingVm[];
  /** Traffic level at the run's weekly peak step (see peakTrafficLevel). */
  peakLevel: number;
  /** Other tenants' CPU at their peak, fraction of each host's capacity (0 on a dedicated target). */
  otherTenantsPeakFraction: number;
  /** Other tenants' load at the peak step relative to their peak (othersScaleAt). */
  othersScale: number;
  /** The target's overcommit policy. */
  policy: OvercommitPolicy;
  /** Hard placement rules on the VMs. */
  rules: readonly PlacementRule[];
  /** Hosts that may fail (N+k), k ≥ 0. */
  failuresTolerated: number;
}
