import { cpuLoadAt } from "../workload/cpuLoadAt.ts";
import type { WorkloadProfile } from "../workload/WorkloadProfile.ts";

/**
 * A workload profile whose CPU curve passes through a measurement: the profile's trough and
 * peak fractions scaled by one factor so that its CPU load at the snapshot's traffic level is
 * the measured fraction. The diurnal shape (TrafficShape and the profile's trough ÷ peak ratio)
 * stays an assumption; only its height comes from the export. A peak that would exceed the
 * measured fraction's physical ceiling is held at `maxFraction` and the trough raised so the
 * curve still passes through the measurement; where the profile is idle at the snapshot level
 * (nothing to scale) the curve is flat at the measurement. Other fields are kept.
 *
 * @param profile the VM's scenario profile
 * @param level traffic level at the snapshot (0 trough, 1 weekday peak; see trafficLevel)
 * @param measuredFraction measured share of the VM's vCPUs busy, reference cores (≥ 0)
 * @param maxFraction the highest fraction the VM can use (its host core's speed ÷ the
 *   reference's: all vCPUs busy), default 1
 * @example
 * // profile trough 0.1, peak 0.5; at level 0.5 it reads 0.3; measured 0.15 halves it:
 * calibratedProfile(p, 0.5, 0.15) // cpuTroughFraction 0.05, cpuPeakFraction 0.25
 */
export function calibratedProfile(
  profile: WorkloadProfile,
  level: number,
  measuredFraction: number,
  maxFraction = 1,
): WorkloadProfile {
  const measured = Math.min(Math.max(0, measuredFraction), maxFraction);
  const modelled = cpuLoadAt(profile, level);
  if (!(modelled > 0)) {
    return { ...profile, cpuTroughFraction: measured, cpuPeakFraction: measured };
  }
  const scale = measured / modelled;
  const peak = profile.cpuPeakFraction * scale;
  if (peak <= maxFraction || level >= 1) {
    return {
      ...profile,
      cpuTroughFraction: profile.cpuTroughFraction * scale,
      cpuPeakFraction: Math.min(peak, maxFraction),
    };
  }
  const trough = Math.max(0, (measured - maxFraction * level) / (1 - level));
  return { ...profile, cpuTroughFraction: trough, cpuPeakFraction: maxFraction };
}
