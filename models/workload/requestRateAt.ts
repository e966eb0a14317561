import { cpuLoadAt } from "./cpuLoadAt.ts";
import type { WorkloadProfile } from "./WorkloadProfile.ts";

/**
 * The request rate a VM serves at a traffic level: sites × requestsPerSitePeak, scaled in
 * proportion to its CPU load relative to the peak (requests are what drives a web VM's CPU),
 * so at the trough it serves cpuTrough ÷ cpuPeak of the peak rate.
 *
 * @param sites websites hosted on the VM
 * @param level traffic level (0 trough, 1 peak)
 * @returns requests per second
 * @example
 * requestRateAt(webShared, 20, 1) // 20 × 3 = 60 requests/s
 */
export function requestRateAt(profile: WorkloadProfile, sites: number, level: number): number {
  if (profile.cpuPeakFraction <= 0) return 0;
  return (
    (sites * profile.requestsPerSitePeak * cpuLoadAt(profile, level)) / profile.cpuPeakFraction
  );
}
