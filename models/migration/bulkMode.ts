import type { MigrationMode } from "./MigrationMode.ts";

/**
 * Bulk migration: disks replicated in parallel, then at switchover the VM is shut down, a
 * final delta sync runs and the VM boots at the target: one reboot (FACTS.md, VMware HCX).
 */
export const bulkMode: MigrationMode = {
  name: "bulk",
  serial: false,
  replicatesAhead: true,
  switchover: "reboot",
};
