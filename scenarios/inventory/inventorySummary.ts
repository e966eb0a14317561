import type { Inventory } from "../../models/Inventory.ts";

/**
 * Totals of an imported inventory, to show the user what was read. VM counts and totals cover
 * every VM kept (powered on, off or suspended); templates and SRM placeholders were left out
 * and are counted apart.
 */
export interface InventorySummary {
  /** VMs kept, whatever their power state. */
  vmCount: number;
  /** Templates left out. */
  templateCount: number;
  /** SRM placeholders left out. */
  placeholderCount: number;
  /** VMs powered on. */
  poweredOnCount: number;
  /** VMs powered off. */
  poweredOffCount: number;
  /** VMs suspended. */
  suspendedCount: number;
  /** VMs the export showed with 0 CPUs or 0 MiB (inaccessible or orphaned), counted as powered off. */
  inaccessibleCount: number;
  /** Σ vCPUs of the VMs. */
  vcpuCount: number;
  /** Σ configured memory of the VMs, bytes. */
  memoryBytes: number;
  /** Σ provisioned disk of the VMs, bytes. */
  diskProvisionedBytes: number;
  /** Σ used disk of the VMs, bytes. */
  diskUsedBytes: number;
  /** Hosts, unlisted ones included. */
  hostCount: number;
  /** Hosts that VMs name but the export's vHost tab does not list (stand-in capacity, not assessed). */
  unlistedHostCount: number;
  /** Σ physical cores of the listed hosts (sockets × cores per socket); unlisted hosts' are unknown. */
  coreCount: number;
}

/** What an importer left out of the inventory, for {@link inventorySummary}. */
export interface LeftOut {
  /** Templates left out. */
  templateCount: number;
  /** SRM placeholders left out. */
  placeholderCount: number;
}

/**
 * The totals of an inventory: counts by power state, vCPUs, memory and disk over every VM, and
 * hosts and physical cores. Pure.
 *
 * @param inventory - the inventory, in base units.
 * @param leftOut - the templates and placeholders the importer left out (0 by default).
 * @returns the summary; sizes in bytes.
 * @example
 * inventorySummary({ vms: [web01], hosts: [esx01], datastores: [], networks: [] })
 * // { vmCount: 1, poweredOnCount: 1, vcpuCount: 2, memoryBytes: 4294967296, hostCount: 1, coreCount: 32, … }
 */
export function inventorySummary(
  inventory: Inventory,
  leftOut: LeftOut = { templateCount: 0, placeholderCount: 0 },
): InventorySummary {
  const summary: InventorySummary = {
    vmCount: inventory.vms.length,
    templateCount: leftOut.templateCount,
    placeholderCount: leftOut.placeholderCount,
    poweredOnCount: 0,
    poweredOffCount: 0,
    suspendedCount: 0,
    inaccessibleCount: 0,
    vcpuCount: 0,
    memoryBytes: 0,
    diskProvisionedBytes: 0,
    diskUsedBytes: 0,
    hostCount: inventory.hosts.length,
    unlistedHostCount: 0,
    coreCount: 0,
  };
  for (const vm of inventory.vms) {
    if (vm.powerState === "poweredOn") summary.poweredOnCount++;
    else if (vm.powerState === "poweredOff") summary.poweredOffCount++;
    else summary.suspendedCount++;
    if (vm.inaccessible === true) summary.inaccessibleCount++;
    summary.vcpuCount += vm.vcpu;
    summary.memoryBytes += vm.memoryBytes;
    summary.diskProvisionedBytes += vm.diskProvisionedBytes;
    summary.diskUsedBytes += vm.diskUsedBytes;
  }
  for (const host of inventory.hosts) {
    if (host.unlisted === true) summary.unlistedHostCount++;
    else summary.coreCount += host.sockets * host.coresPerSocket;
  }
  return summary;
}
