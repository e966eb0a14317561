import type { Vm } from "../Inventory.ts";

/**
 * Memory a VM holds on its host: its measured `Consumed` (vMemory, bytes) when the export has it,
 * else its granted memory. ASSUMPTION for the fallback: a long-running VM on a host without
 * memory pressure has touched, and keeps, what it was granted (ESXi reclaims only under
 * pressure; vSphere Resource Management guide, "Memory Reclamation").
 * @example
 * consumedMemoryOf({ memoryBytes: 8 * GIB, memoryConsumedBytes: 5 * GIB, … }) // 5 GiB
 */
export function consumedMemoryOf(vm: Pick<Vm, "memoryBytes" | "memoryConsumedBytes">): number {
  return vm.memoryConsumedBytes ?? vm.memoryBytes;
}
