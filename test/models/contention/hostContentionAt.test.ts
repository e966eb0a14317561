import { describe, expect, it } from "vitest";
import {
  contentionSeries,
  hostContentionAt,
  type SeriesHost,
  type SeriesVm,
} from "../../../models/contention/contentionSeries.ts";
import type { WorkloadProfile } from "../../../models/workload/WorkloadProfile.ts";

const profile = (peak: number): WorkloadProfile => ({
  cpuPeakFraction: peak,
  cpuTroughFraction: 0.05,
  activeMemoryFraction: 0.5,
  dirtyRatePeakBytesPerSecond: 0,
  dirtyRateTroughBytesPerSecond: 0,
  requestsPerSitePeak: 0,
  serviceTimeSeconds: 0.01,
});
const hosts: SeriesHost[] = [
  {
    name: "a",
    effectiveCores: 25,
    speedFactor: 1,
    memoryBytes: 100,
    otherVcpus: 0,
    otherPeakFraction: 0,
  },
  {
    name: "b",
    effectiveCores: 80,
    speedFactor: 1.35,
    memoryBytes: 100,
    otherVcpus: 200,
    otherPeakFraction: 0.55,
  },
  {
    name: "c",
    effectiveCores: 4,
    speedFactor: 0.9,
    memoryBytes: 100,
    otherVcpus: 0,
    otherPeakFraction: 0,
  },
];
const vms: SeriesVm[] = Array.from({ length: 12 }, (_, i) => ({
  name: `vm${i}`,
  host: ["a", "b", "c"][i % 3] as string,
  vcpu: 2 + (i % 4),
  memoryBytes: 10,
  activeMemoryBytes: 5,
  profile: profile(0.2 + (i % 5) * 0.1),
}));

describe("hostContentionAt", () => {
  it("gives at each host and step what contentionSeries lists, number for number", () => {
    const series = contentionSeries(hosts, vms, 168);
    const at = hostContentionAt(hosts, vms);
    // asked out of order, as a move's hours are: the memo must not depend on the order
    for (const step of [100, 3, 167, 21, 45, 0]) {
      for (const [i, s] of series.entries()) {
        const c = at.at(i, step);
        expect([c.demandCores, c.readyFraction, c.stretchFraction]).toEqual([
          s.cpuDemandCores[step],
          s.cpuReadyFraction[step],
          s.cpuStretchFraction[step],
        ]);
      }
    }
    expect(at.hosts.map((h) => h.vcpus)).toEqual(series.map((s) => s.vcpus));
  });

  it("lets contentionSeries compute only some steps (the others NaN)", () => {
    const full = contentionSeries(hosts, vms, 168);
    const some = contentionSeries(hosts, vms, 168, undefined, undefined, { onlySteps: [21, 40] });
    for (const [i, s] of some.entries()) {
      expect(s.cpuStretchFraction[21]).toBe(full[i]?.cpuStretchFraction[21]);
      expect(s.cpuReadyFraction[40]).toBe(full[i]?.cpuReadyFraction[40]);
      expect(s.cpuDemandCores[22]).toBeNaN();
      expect(s.ram).toEqual(full[i]?.ram);
    }
  });

  it("throws for a host index it does not have", () => {
    expect(() => hostContentionAt(hosts, vms).at(3, 0)).toThrow(RangeError);
  });
});
