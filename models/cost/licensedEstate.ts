import type { LicensedEstate } from "../licensing/LicenceScheme.ts";
import type { Estate } from "./Estate.ts";

/**
 * The estate as licensing sees it: every VM runs all month (a steady-state month; hourly
 * metering matters only for VMs that come and go).
 *
 * @example
 * licensedEstate({ hosts: [], vms: [vm] }).vms[0].runningFraction; // => 1
 */
export function licensedEstate(estate: Estate, withHosts = true): LicensedEstate {
  return {
    hosts: withHosts ? estate.hosts : [],
    vms: estate.vms.map((vm) => ({
      memoryBytes: vm.memoryBytes,
      reservedMemoryBytes: vm.reservedMemoryBytes,
      runningFraction: 1,
    })),
  };
}
