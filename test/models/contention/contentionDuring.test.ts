import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contentionDuring, type MovingVm } from "../../../models/contention/contentionDuring.ts";
import type { SeriesHost } from "../../../models/contention/contentionSeries.ts";
import { HOUR } from "../../../models/units.ts";
import type { WorkloadProfile } from "../../../models/workload/WorkloadProfile.ts";

/** A VM busy half of the time whatever the hour (trough = peak). */
const flat: WorkloadProfile = {
  cpuPeakFraction: 0.5,
  cpuTroughFraction: 0.5,
  activeMemoryFraction: 0.5,
  dirtyRatePeakBytesPerSecond: 0,
  dirtyRateTroughBytesPerSecond: 0,
  requestsPerSitePeak: 0,
  serviceTimeSeconds: 0,
};

const host = (name: string, effectiveCores: number, speedFactor: number): SeriesHost => ({
  name,
  effectiveCores,
  speedFactor,
  memoryBytes: 64 * 2 ** 30,
  otherVcpus: 0,
  otherPeakFraction: 0,
});

const vm = (name: string, vcpu: number, switchoverSeconds: number): MovingVm => ({
  name,
  vcpu,
  memoryBytes: 2 ** 30,
  activeMemoryBytes: 2 ** 29,
  profile: flat,
  sourceHost: "a",
  targetHost: "b",
  switchoverSeconds,
});

describe("contentionDuring", () => {
  it("counts a VM on its source host until its switchover and on its target host after it", () => {
    // switchover at 1.5 h; steps' middles at 0.5, 1.5 and 2.5 h: the VM is at the target from
    // the second step. Demand: 2 vCPU × 0.5 = 1 reference core; on b (speed 2) 0.5 of its cores.
    const [a, b] = contentionDuring(
      [host("a", 4, 1)],
      [host("b", 8, 2)],
      [vm("web", 2, 1.5 * HOUR)],
      0,
      3 * HOUR,
    ).hosts;
    expect(a!.site).toBe("source");
    expect(a!.vcpus).toEqual([2, 0, 0]);
    expect(b!.vcpus).toEqual([0, 2, 2]);
    expect(a!.cpuDemandCores).toEqual([1, 0, 0]);
    expect(b!.cpuDemandCores).toEqual([0, 0.5, 0.5]);
  });

  it("conserves the tenant's vCPUs across both platforms at every step", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.integer({ min: 1, max: 8 }), fc.double({ min: 0, max: 10, noNaN: true })),
          { minLength: 1, maxLength: 12 },
        ),
        (specs) => {
          const vms = specs.map(([vcpu, hours], i) => vm(`vm${i}`, vcpu, hours * HOUR));
          const hosts = contentionDuring(
            [host("a", 16, 1)],
            [host("b", 32, 1.4)],
            vms,
            0,
            10 * HOUR,
          ).hosts;
          const total = vms.reduce((s, v) => s + v.vcpu, 0);
          for (let k = 0; k < 10; k++) {
            expect(hosts.reduce((s, h) => s + h.vcpus[k]!, 0)).toBe(total);
          }
        },
      ),
    );
  });

  it("shows CPU ready only where a host is contended", () => {
    // 8 vCPUs busy half the time on 2 cores of the source: ready > 0 there; none at the target
    const [a, b] = contentionDuring(
      [host("a", 2, 1)],
      [host("b", 64, 1)],
      [vm("big", 8, 1.5 * HOUR)],
      0,
      2 * HOUR,
    ).hosts;
    expect(a!.cpuReadyFraction[0]!).toBeGreaterThan(0.1);
    expect(b!.cpuReadyFraction[1]!).toBeLessThan(1e-9);
  });
});
