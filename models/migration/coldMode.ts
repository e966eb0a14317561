import type { MigrationMode } from "./MigrationMode.ts";

/**
 * Cold migration: the VM is powered off, its disks are copied, and it boots at the target;
 * down for the whole copy (FACTS.md, VMware HCX modes).
 */
export const coldMode: MigrationMode = {
  name: "cold",
  serial: false,
  replicatesAhead: false,
  switchover: "cold",
};
