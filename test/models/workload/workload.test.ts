import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DAY, HOUR, MIB } from "../../../models/units.ts";
import { cpuLoadAt } from "../../../models/workload/cpuLoadAt.ts";
import { dirtyRateAt } from "../../../models/workload/dirtyRateAt.ts";
import { requestRateAt } from "../../../models/workload/requestRateAt.ts";
import { DEFAULT_TRAFFIC_SHAPE, trafficLevel } from "../../../models/workload/TrafficShape.ts";
import type { WorkloadProfile } from "../../../models/workload/WorkloadProfile.ts";

const web: WorkloadProfile = {
  cpuPeakFraction: 0.45,
  cpuTroughFraction: 0.08,
  activeMemoryFraction: 0.6,
  dirtyRatePeakBytesPerSecond: 40 * MIB,
  dirtyRateTroughBytesPerSecond: 4 * MIB,
  requestsPerSitePeak: 3,
  serviceTimeSeconds: 0.025,
};

describe("trafficLevel(t)", () => {
  it("is 0 at the weekday trough (04:00) and 1 at the weekday peak (21:00)", () => {
    expect(trafficLevel(4 * HOUR)).toBeCloseTo(0, 12);
    expect(trafficLevel(21 * HOUR)).toBeCloseTo(1, 12);
    expect(trafficLevel(2 * DAY + 21 * HOUR)).toBeCloseTo(1, 12);
  });

  it("is halfway up midway between trough and peak (12:30)", () => {
    expect(trafficLevel(12.5 * HOUR)).toBeCloseTo(0.5, 12);
  });

  it("scales weekends by the weekend factor (Saturday 21:00)", () => {
    expect(trafficLevel(5 * DAY + 21 * HOUR)).toBeCloseTo(DEFAULT_TRAFFIC_SHAPE.weekendFactor, 12);
  });

  it("stays in [0, 1] and repeats every week (property)", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 7 * DAY, noNaN: true }), (t) => {
        const l = trafficLevel(t);
        expect(l).toBeGreaterThanOrEqual(0);
        expect(l).toBeLessThanOrEqual(1);
        expect(trafficLevel(t + 7 * DAY)).toBeCloseTo(l, 9);
      }),
    );
  });
});

describe("cpuLoadAt / requestRateAt / dirtyRateAt", () => {
  it("interpolates CPU between trough and peak", () => {
    expect(cpuLoadAt(web, 0)).toBeCloseTo(0.08, 12);
    expect(cpuLoadAt(web, 1)).toBeCloseTo(0.45, 12);
    expect(cpuLoadAt(web, 0.5)).toBeCloseTo(0.265, 12);
  });

  it("serves sites × requestsPerSitePeak at the peak and a CPU-proportional share at the trough", () => {
    expect(requestRateAt(web, 20, 1)).toBeCloseTo(60, 12);
    expect(requestRateAt(web, 20, 0)).toBeCloseTo((60 * 0.08) / 0.45, 12);
  });

  it("dirties memory linearly between the trough and peak rates", () => {
    expect(dirtyRateAt(web, 0)).toBeCloseTo(4 * MIB, 6);
    expect(dirtyRateAt(web, 1)).toBeCloseTo(40 * MIB, 6);
    expect(dirtyRateAt(web, 0.5)).toBeCloseTo(22 * MIB, 6);
    expect(dirtyRateAt(web, -1)).toBe(0);
  });
});
