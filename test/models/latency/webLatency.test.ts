import { describe, expect, it } from "vitest";
import { webLatency } from "../../../models/latency/webLatency.ts";
import type { WorkloadProfile } from "../../../models/workload/WorkloadProfile.ts";

const profile: WorkloadProfile = {
  cpuPeakFraction: 0.4,
  cpuTroughFraction: 0.1,
  activeMemoryFraction: 0.5,
  dirtyRatePeakBytesPerSecond: 0,
  dirtyRateTroughBytesPerSecond: 0,
  requestsPerSitePeak: 10,
  serviceTimeSeconds: 0.1,
};
const web = {
  name: "w",
  sites: 1,
  vcpu: 1,
  profile,
  level: 1,
  speedFactor: 1,
  stretchFraction: 0,
  networkRttSeconds: 0,
};

describe("webLatency(vms)", () => {
  it("gives M/M/1 percentiles for one site on one vCPU: −ln(1 − q)/(μ − λ)", () => {
    // 1 site × 5 req/s at the peak, μ = 1/0.1 s = 10 /s → T ~ Exp(μ − λ = 5 /s)
    const r = webLatency([{ ...web, profile: { ...profile, requestsPerSitePeak: 5 } }]);
    expect(r.overall.p50Ms).toBeCloseTo((Math.log(2) / 5) * 1000, 4);
    expect(r.overall.p95Ms).toBeCloseTo((-Math.log(0.05) / 5) * 1000, 4);
    expect(r.perVm[0]?.utilization).toBeCloseTo(0.5, 12);
  });

  it("reports an unstable VM (λ = 10/s = μ) as infinite latency", () => {
    expect(webLatency([web]).overall.p95Ms).toBe(Number.POSITIVE_INFINITY);
  });

  it("lies between its VMs' percentiles for a mixture, weighted by sites", () => {
    const fast = { ...web, name: "fast", sites: 1, vcpu: 4 };
    const slow = {
      ...web,
      name: "slow",
      sites: 1,
      vcpu: 2,
      profile: { ...profile, requestsPerSitePeak: 15 },
    };
    const r = webLatency([fast, slow]);
    const [a, b] = r.perVm;
    expect(r.overall.p95Ms).toBeGreaterThanOrEqual(Math.min(a?.p95Ms ?? 0, b?.p95Ms ?? 0));
    expect(r.overall.p95Ms).toBeLessThanOrEqual(Math.max(a?.p95Ms ?? 0, b?.p95Ms ?? 0));
  });
});
