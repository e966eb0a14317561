import { GBIT_PER_SECOND } from "../units.ts";

/**
 * Concurrent vMotions a host allows by the speed of its vMotion network: 4 below 10 GbE, 8 at
 * 10 GbE and up (vCenter "Limits on Simultaneous Migrations", vSphere 6.x; FACTS.md).
 * @param nicBytesPerSecond line rate of the host's vMotion NIC, bytes per second
 * @example vmotionsPerHost(1.25e8) // 4 (1 GbE)
 */
export function vmotionsPerHost(nicBytesPerSecond: number): number {
  return nicBytesPerSecond >= 10 * GBIT_PER_SECOND ? 8 : 4;
}
