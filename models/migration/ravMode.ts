import type { MigrationMode } from "./MigrationMode.ts";

/**
 * Replication Assisted vMotion: disks replicated in parallel ahead of time, then a vMotion of
 * memory at switchover: no downtime beyond the stun (FACTS.md, VMware HCX modes).
 */
export const ravMode: MigrationMode = {
  name: "rav",
  serial: false,
  replicatesAhead: true,
  switchover: "live",
};
