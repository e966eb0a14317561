import type { Inventory } from "../../models/Inventory.ts";

/**
 * What the model took from an inventory besides its totals, for the report's data-quality
 * panel: the datastores and networks read, the hosts' CPU models with the generation the model
 * inferred from each name, and how many VMs carry each of the export's measurements (the rest
 * are modelled from their workload profile). Counts and one entry per distinct CPU model, so
 * it stays small for a large estate.
 */
export interface InventoryReadFacts {
  /** Datastores read (RVTools vDatastore, or the template's). */
  datastoreCount: number;
  /** Networks (port groups) read. */
  networkCount: number;
  /**
   * The listed hosts (not the unlisted stand-ins) by CPU model as the export writes it, with the
   * generation the model inferred from that name ("unknown": not in
   * scenarios/inventory/cpuGeneration.ts's table), in order of first appearance.
   */
  cpuModels: { cpuModel: string; generation: string; hostCount: number }[];
  /**
   * VMs (any power state) carrying the export's own measurement: CPU (vCPU `Overall`), memory
   * (vMemory `Consumed`), readiness (vInfo `Overall Cpu Readiness`); listed hosts carrying
   * vHost `CPU usage %` and `Memory usage %`.
   */
  measured: {
    vmCpu: number;
    vmMemory: number;
    vmReadiness: number;
    hostCpu: number;
    hostMemory: number;
  };
}

/**
 * The {@link InventoryReadFacts} of an inventory. Pure; loops only.
 * @example
 * inventoryReadFacts({ vms: [], hosts: [], datastores: [], networks: [] })
 * // { datastoreCount: 0, networkCount: 0, cpuModels: [], measured: { vmCpu: 0, … } }
 */
export function inventoryReadFacts(inventory: Inventory): InventoryReadFacts {
  const byModel = new Map<string, { cpuModel: string; generation: string; hostCount: number }>();
  const measured = { vmCpu: 0, vmMemory: 0, vmReadiness: 0, hostCpu: 0, hostMemory: 0 };
  for (const host of inventory.hosts) {
    if (host.unlisted === true) continue;
    const entry = byModel.get(host.cpuModel);
    if (entry === undefined) {
      byModel.set(host.cpuModel, {
        cpuModel: host.cpuModel,
        generation: host.generation,
        hostCount: 1,
      });
    } else entry.hostCount++;
    if (host.cpuUsageFraction != null) measured.hostCpu++;
    if (host.memoryUsageFraction != null) measured.hostMemory++;
  }
  for (const vm of inventory.vms) {
    if (vm.cpuUsedHz != null) measured.vmCpu++;
    if (vm.memoryConsumedBytes != null) measured.vmMemory++;
    if (vm.cpuReadinessFraction != null) measured.vmReadiness++;
  }
  return {
    datastoreCount: inventory.datastores.length,
    networkCount: inventory.networks.length,
    cpuModels: [...byModel.values()],
    measured,
  };
}
