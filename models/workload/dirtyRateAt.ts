import type { WorkloadProfile } from "./WorkloadProfile.ts";

/**
 * The page-dirty rate of a VM at a load: linear between the profile's trough and peak rates.
 * Writes to memory come from serving requests (sessions, workers, buffers), so they follow
 * the same traffic level as CPU; the linear form is an ASSUMPTION (the pre-copy literature,
 * e.g. Clark et al. NSDI 2005 §5, reports dirty rates rising with load without a fitted law).
 *
 * @param loadFraction traffic level: 0 at the trough, 1 at the daily peak; values above 1
 *   extrapolate linearly (surges), the result never falls below 0
 * @returns bytes per second
 * @example
 * dirtyRateAt({ dirtyRateTroughBytesPerSecond: 4 * MIB, dirtyRatePeakBytesPerSecond: 40 * MIB, … }, 0.5) // 22 MiB/s
 */
export function dirtyRateAt(profile: WorkloadProfile, loadFraction: number): number {
  const trough = profile.dirtyRateTroughBytesPerSecond;
  return Math.max(0, trough + (profile.dirtyRatePeakBytesPerSecond - trough) * loadFraction);
}
