import type { WorkloadProfile } from "./WorkloadProfile.ts";

/**
 * A VM's CPU busy fraction at a traffic level: linear between the profile's trough and peak
 * fractions (measured on the reference core).
 *
 * @param level traffic level, 0 at the trough, 1 at the weekday peak (see trafficLevel)
 * @returns fraction of the VM's vCPUs busy
 * @example
 * cpuLoadAt({ cpuTroughFraction: 0.08, cpuPeakFraction: 0.45, … }, 0.5) // 0.265
 */
export function cpuLoadAt(profile: WorkloadProfile, level: number): number {
  return profile.cpuTroughFraction + (profile.cpuPeakFraction - profile.cpuTroughFraction) * level;
}
