import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contentionDuring, type MovingVm } from "../../../models/contention/contentionDuring.ts";
import {
  hostStepContention,
  othersScaleAt,
  type SeriesHost,
} from "../../../models/contention/contentionSeries.ts";
import { seriesStride } from "../../../models/series/seriesStride.ts";
import { HOUR, WEEK } from "../../../models/units.ts";
import { DEFAULT_TRAFFIC_SHAPE, trafficLevel } from "../../../models/workload/TrafficShape.ts";
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

  /** A diurnal profile, so that the hours of the week differ. */
  const diurnal: WorkloadProfile = { ...flat, cpuPeakFraction: 0.9, cpuTroughFraction: 0.1 };
  const moving = fc.array(
    fc.tuple(
      fc.integer({ min: 1, max: 8 }),
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.constantFrom("a", "b"),
    ),
    { minLength: 1, maxLength: 8 },
  );
  const fleetOf = (specs: [number, number, string][], windowSeconds: number): MovingVm[] =>
    specs.map(([vcpu, at, source], i) => ({
      ...vm(`vm${i}`, vcpu, at * windowSeconds),
      profile: diurnal,
      sourceHost: source,
      targetHost: i % 2 === 0 ? "c" : "d",
    }));
  const sources = [host("a", 4, 1), host("b", 6, 1.2)];
  const targets = [
    { ...host("c", 8, 1.5), otherVcpus: 20, otherPeakFraction: 0.3 },
    host("d", 16, 1.5),
  ];

  /** Step by step from the definition: the VMs on each host at each step's middle. */
  function hourlyOracle(vms: MovingVm[], startSeconds: number, windowSeconds: number) {
    const steps = Math.max(1, Math.ceil(windowSeconds / HOUR));
    const levels = Array.from({ length: steps }, (_, k) =>
      trafficLevel(startSeconds + k * HOUR, DEFAULT_TRAFFIC_SHAPE),
    );
    const others = othersScaleAt(vms, levels);
    const hosts = [
      ...sources.map((h) => ({ h, site: "source" })),
      ...targets.map((h) => ({ h, site: "target" })),
    ];
    return hosts.map(({ h, site }) => {
      const series = levels.map((level, k) => {
        const middle = (k + 0.5) * HOUR;
        const here = vms.filter((v) =>
          site === "source"
            ? v.sourceHost === h.name && middle < v.switchoverSeconds
            : v.targetHost === h.name && middle >= v.switchoverSeconds,
        );
        const vcpus = here.reduce((n, v) => n + v.vcpu, 0) + h.otherVcpus;
        return { vcpus, c: hostStepContention(h, here, vcpus, level, others[k]!) };
      });
      return {
        vcpus: series.map((x) => x.vcpus),
        cpuDemandCores: series.map((x) => x.c.demandCores),
        cpuReadyFraction: series.map((x) => x.c.readyFraction),
      };
    });
  }

  it("gives hour by hour the values of each hour's own VMs, weeks after week (up to maxPoints hours)", () => {
    fc.assert(
      fc.property(
        moving,
        fc.double({ min: 0.5, max: 600, noNaN: true }),
        fc.integer({ min: 0, max: 167 }),
        (specs, hours, startHour) => {
          const vms = fleetOf(specs, hours * HOUR);
          const r = contentionDuring(sources, targets, vms, startHour * HOUR, hours * HOUR);
          expect(r.stepSeconds).toBe(HOUR);
          const oracle = hourlyOracle(vms, startHour * HOUR, hours * HOUR);
          r.hosts.forEach((h, i) => {
            expect(h.vcpus).toEqual(oracle[i]!.vcpus);
            expect(h.cpuDemandCores).toEqual(oracle[i]!.cpuDemandCores);
            expect(h.cpuReadyFraction).toEqual(oracle[i]!.cpuReadyFraction);
          });
        },
      ),
      { numRuns: 40 },
    );
  });

  it("keeps at most maxPoints points, each the highest of the hours it covers: the peaks are the hours' peaks", () => {
    fc.assert(
      fc.property(
        moving,
        fc.double({ min: 0.5, max: 600, noNaN: true }),
        fc.integer({ min: 1, max: 50 }),
        (specs, hours, maxPoints) => {
          const vms = fleetOf(specs, hours * HOUR);
          const hourly = contentionDuring(sources, targets, vms, 4 * HOUR, hours * HOUR);
          const r = contentionDuring(
            sources,
            targets,
            vms,
            4 * HOUR,
            hours * HOUR,
            HOUR,
            DEFAULT_TRAFFIC_SHAPE,
            maxPoints,
          );
          const steps = Math.ceil(hours);
          const stride = seriesStride(steps, maxPoints);
          expect(r.stepSeconds).toBe(stride * HOUR);
          r.hosts.forEach((h, i) => {
            const fine = hourly.hosts[i]!;
            expect(h.cpuDemandCores.length).toBeLessThanOrEqual(maxPoints);
            expect(h.cpuDemandCores.length).toBe(Math.ceil(steps / stride));
            for (const key of ["vcpus", "cpuDemandCores", "cpuReadyFraction"] as const) {
              h[key].forEach((v, p) => {
                expect(v).toBe(Math.max(...fine[key].slice(p * stride, (p + 1) * stride)));
              });
              expect(Math.max(...h[key])).toBe(Math.max(...fine[key]));
            }
          });
        },
      ),
      { numRuns: 40 },
    );
  });

  it("draws a 30-year move in at most 4,096 points, at a stated whole number of hours", () => {
    const windowSeconds = 30 * 52 * WEEK;
    const vms = fleetOf(
      [
        [4, 0.2, "a"],
        [2, 0.7, "b"],
      ],
      windowSeconds,
    );
    const r = contentionDuring(sources, targets, vms, 0, windowSeconds);
    const steps = windowSeconds / HOUR;
    expect(r.stepSeconds).toBe(Math.ceil(steps / 4096) * HOUR);
    for (const h of r.hosts) expect(h.cpuDemandCores.length).toBe(Math.ceil(steps / 64));
    expect(r.hosts.find((h) => h.host === "a")!.vcpus.at(-1)).toBe(0);
    expect(r.hosts.find((h) => h.host === "c")!.vcpus.at(-1)).toBe(24);
  });
});
