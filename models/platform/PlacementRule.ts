/**
 * A hard placement rule, as vSphere DRS VM-VM rules: "affinity" keeps the VMs on one host,
 * "antiAffinity" puts each on a different host.
 */
export interface PlacementRule {
  /** Rule name (shown when it is broken). */
  name: string;
  /** Keep together or keep apart. */
  kind: "affinity" | "antiAffinity";
  /** Names of the VMs it binds (two or more). */
  vms: string[];
}

/** A VM as placement sees it. */
export interface PlacementVm {
  /** Unique name. */
  name: string;
  /** Virtual CPUs. */
  vcpu: number;
  /** Granted memory, bytes. */
  memoryBytes: number;
  /** Expected CPU demand at peak, cores (used to balance). */
  cpuDemandCores: number;
  /** The host it already runs on, or null. */
  host: string | null;
}

/** A host as placement sees it. */
export interface PlacementHost {
  /** Unique name. */
  name: string;
  /** Physical cores. */
  cores: number;
  /** Physical memory, bytes. */
  memoryBytes: number;
}

/** Where each VM runs. */
export interface Placement {
  /** VM name → host name. */
  hostOf: Record<string, string>;
  /** VMs that fit nowhere without breaking a limit or a rule. */
  unplaced: string[];
}
