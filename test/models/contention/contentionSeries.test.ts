import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  contentionSeries,
  type SeriesHost,
  type SeriesVm,
} from "../../../models/contention/contentionSeries.ts";
import { cpuReady } from "../../../models/contention/cpuReady.ts";
import { HOUR } from "../../../models/units.ts";
import type { WorkloadProfile } from "../../../models/workload/WorkloadProfile.ts";

const profile: WorkloadProfile = {
  cpuPeakFraction: 0.5,
  cpuTroughFraction: 0.1,
  activeMemoryFraction: 0.5,
  dirtyRatePeakBytesPerSecond: 0,
  dirtyRateTroughBytesPerSecond: 0,
  requestsPerSitePeak: 0,
  serviceTimeSeconds: 0.01,
};
const host = (name: string, extra: Partial<SeriesHost> = {}): SeriesHost => ({
  name,
  effectiveCores: 4,
  speedFactor: 1,
  memoryBytes: 100,
  otherVcpus: 0,
  otherPeakFraction: 0,
  ...extra,
});
const vm = (name: string, on: string, vcpu = 4): SeriesVm => ({
  name,
  host: on,
  vcpu,
  memoryBytes: 40,
  activeMemoryBytes: 20,
  profile,
});
const PEAK = 21; // Monday 21:00 (DEFAULT_TRAFFIC_SHAPE)
const TROUGH = 4;

describe("contentionSeries(hosts, vms, steps)", () => {
  it("sums vCPU × CPU fraction per host and applies cpuReady at each step", () => {
    const [h] = contentionSeries([host("h")], [vm("a", "h"), vm("b", "h")], 24, HOUR);
    // peak: 8 vCPU × 0.5 = 4 cores; trough: 8 × 0.1 = 0.8 cores
    expect(h?.cpuDemandCores[PEAK]).toBeCloseTo(4, 12);
    expect(h?.cpuDemandCores[TROUGH]).toBeCloseTo(0.8, 12);
    expect(h?.cpuReadyFraction[PEAK]).toBeCloseTo(cpuReady(8, 4, 0.5).readyFraction, 12);
    expect(h?.ram).toMatchObject({
      grantedFraction: 0.8,
      activeFraction: 0.4,
      ballooningRisk: false,
    });
  });

  it("adds other tenants' load: the given fraction of capacity at the tenant's peak", () => {
    const [h] = contentionSeries(
      [host("h", { otherVcpus: 8, otherPeakFraction: 0.5, speedFactor: 2 })],
      [vm("a", "h")],
      24,
    );
    // tenant: 4 × 0.5 = 2 reference cores = 1 host core at speed 2; others 0.5 × 4 = 2 cores
    expect(h?.cpuDemandCores[PEAK]).toBeCloseTo(3, 12);
    expect(h?.vcpus).toBe(12);
  });

  it("never shows less ready on a host when a VM is added to it (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 8 }), (a, b) => {
        const one = contentionSeries([host("h")], [vm("a", "h", a)], 24)[0];
        const two = contentionSeries([host("h")], [vm("a", "h", a), vm("b", "h", b)], 24)[0];
        one?.cpuReadyFraction.forEach((r, i) => {
          expect(two?.cpuReadyFraction[i] ?? 0).toBeGreaterThanOrEqual(r - 1e-12);
        });
      }),
    );
  });
});
