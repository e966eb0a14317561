import { GBIT_PER_SECOND } from "../units.ts";

/**
 * Throughput limits of VMware HCX replication (Bulk and Replication Assisted vMotion), bytes
 * per second: at most 1 Gbit/s per migration and 1.6 Gbit/s per interconnect appliance
 * (FACTS.md, VMware HCX, from VMware's HCX configuration limits), and what one HCX vMotion
 * carries: measured ≈ 1.7 Gbit/s on a LAN (FACTS.md, VMware HCX).
 * @example HCX_LIMITS.perApplianceBytesPerSecond * 2 // two appliances: 400 MB/s
 */
export const HCX_LIMITS = {
  /** Replication of one migration, bytes per second (1 Gbit/s). */
  perMigrationBytesPerSecond: 1 * GBIT_PER_SECOND,
  /** All replication through one interconnect appliance, bytes per second (1.6 Gbit/s). */
  perApplianceBytesPerSecond: 1.6 * GBIT_PER_SECOND,
  /** One HCX vMotion (memory, and disks when they move inside it), bytes per second (1.7 Gbit/s measured on a LAN). */
  vmotionBytesPerSecond: 1.7 * GBIT_PER_SECOND,
} as const;
