import type { LicensedHost } from "../licensing/LicenceScheme.ts";

/** A VM as the cost model sees it (base units). */
export interface EstateVm {
  /** Virtual CPUs. */
  vcpu: number;
  /** Configured memory, bytes. */
  memoryBytes: number;
  /** Memory reservation, bytes (0 when none). */
  reservedMemoryBytes: number;
  /** Provisioned disk, bytes. */
  diskProvisionedBytes: number;
}

/** A host as the cost and capacity models see it. */
export interface EstateHost extends LicensedHost {
  /** Physical memory, bytes. */
  memoryBytes: number;
}

/** What is billed: the dedicated platform's hosts and the VMs (which move to the shared one). */
export interface Estate {
  hosts: readonly EstateHost[];
  vms: readonly EstateVm[];
}
