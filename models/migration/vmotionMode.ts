import type { MigrationMode } from "./MigrationMode.ts";

/**
 * HCX vMotion: live, no downtime beyond the stun, one VM at a time; without a shared
 * datastore the disks move inside the vMotion (FACTS.md, VMware HCX modes).
 */
export const vmotionMode: MigrationMode = {
  name: "vmotion",
  serial: true,
  replicatesAhead: false,
  switchover: "live",
};
