import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calibratedProfile } from "../../../models/calibration/calibratedProfile.ts";
import { measuredCpuFraction } from "../../../models/calibration/measuredCpuFraction.ts";
import { cpuLoadAt } from "../../../models/workload/cpuLoadAt.ts";
import type { WorkloadProfile } from "../../../models/workload/WorkloadProfile.ts";

const web: WorkloadProfile = {
  cpuPeakFraction: 0.5,
  cpuTroughFraction: 0.1,
  activeMemoryFraction: 0.3,
  dirtyRatePeakBytesPerSecond: 40e6,
  dirtyRateTroughBytesPerSecond: 4e6,
  requestsPerSitePeak: 3,
  serviceTimeSeconds: 0.02,
};

describe("calibratedProfile", () => {
  it("scales trough and peak by one factor so the snapshot level reads the measurement (hand: 0.3 → 0.15 halves both)", () => {
    const p = calibratedProfile(web, 0.5, 0.15);
    expect(p.cpuTroughFraction).toBeCloseTo(0.05, 12);
    expect(p.cpuPeakFraction).toBeCloseTo(0.25, 12);
    expect(p.dirtyRatePeakBytesPerSecond).toBe(web.dirtyRatePeakBytesPerSecond);
  });

  it("holds the peak at the ceiling and raises the trough when scaling would exceed it", () => {
    const p = calibratedProfile(web, 0.5, 0.9);
    expect(p.cpuPeakFraction).toBe(1);
    expect(cpuLoadAt(p, 0.5)).toBeCloseTo(0.9, 12);
  });

  it("is flat at the measurement where the profile is idle at the snapshot level", () => {
    const idle = { ...web, cpuTroughFraction: 0 };
    expect(calibratedProfile(idle, 0, 0.2)).toMatchObject({
      cpuTroughFraction: 0.2,
      cpuPeakFraction: 0.2,
    });
  });

  it("passes through the measurement at the snapshot level, finite, within [0, ceiling] (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0.5, max: 2, noNaN: true }),
        (trough, extra, level, measured, ceiling) => {
          const profile = {
            ...web,
            cpuTroughFraction: trough * 0.5,
            cpuPeakFraction: trough * 0.5 + extra * 0.5,
          };
          const m = Math.min(measured, ceiling);
          const p = calibratedProfile(profile, level, m, ceiling);
          expect(Number.isFinite(p.cpuPeakFraction) && Number.isFinite(p.cpuTroughFraction)).toBe(
            true,
          );
          expect(cpuLoadAt(p, level)).toBeCloseTo(m, 9);
          expect(p.cpuPeakFraction).toBeLessThanOrEqual(ceiling + 1e-12);
          expect(p.cpuTroughFraction).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
});

describe("measuredCpuFraction", () => {
  it("is used Hz ÷ (vCPUs × clock) × speed (hand: 1.05 GHz of 2 × 2.1 GHz = 0.25)", () => {
    expect(measuredCpuFraction(1.05e9, 2, 2.1e9, 1)).toEqual({
      referenceFraction: 0.25,
      capped: false,
    });
    expect(measuredCpuFraction(1.05e9, 2, 2.1e9, 1.2).referenceFraction).toBeCloseTo(0.3, 12);
  });

  it("caps a VM measured above its vCPUs × clock, and reads 0 MHz as idle", () => {
    expect(measuredCpuFraction(9e9, 2, 2.1e9, 1)).toEqual({ referenceFraction: 1, capped: true });
    expect(measuredCpuFraction(0, 2, 2.1e9, 1)).toEqual({ referenceFraction: 0, capped: false });
  });
});
