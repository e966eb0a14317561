import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hostSizing } from "../../../models/sizing/hostSizing.ts";
import type { SizingVm } from "../../../models/sizing/SizingInput.ts";
import { sizedPlatformCheck } from "../../../models/sizing/sizedPlatformCheck.ts";
import { GIB } from "../../../models/units.ts";
import { hostModel, profileAt, sizingInput, sizingVms } from "./sizingFixtures.ts";

// Hand calculations: a 2 × 10-core host with hyper-threading has 20 × 1.25 = 25 effective
// cores (hostCapacity); with k failures the HA percentage policy leaves (n − k) hosts' worth.
describe("hostSizing", () => {
  it("sizes by CPU: 40 VMs × 4 vCPU at 50 % need 80 cores, (n − 1) × 25 ≥ 80 gives n = 5", () => {
    const sizing = hostSizing(sizingInput(hostModel(10, 1024), sizingVms(40, 4, 4, 0.5)));
    expect(sizing.hostCount).toBe(5);
    expect(sizing.binding).toBe("cpu");
    // memory 160 GiB on 1 TiB hosts: 1 + 1; vCPU 160 at 4:1 × 20 cores = 80 a host: 2
    expect(sizing.perResource).toEqual({
      cpu: 5,
      memory: 2,
      vcpu: 2,
      placement: 2,
      antiAffinity: 0,
      ha: 2,
    });
  });

  it("counts other tenants on every host: 80 + n × 0.5 × 25 ≤ (n − 1) × 25 gives n = 9", () => {
    const input = sizingInput(hostModel(10, 1024), sizingVms(40, 4, 4, 0.5), {
      otherTenantsPeakFraction: 0.5,
    });
    expect(hostSizing(input).perResource.cpu).toBe(9);
    expect(sizedPlatformCheck(input, 9).n1.cpuUsedFraction).toBeCloseTo(192.5 / 200, 12);
    expect(sizedPlatformCheck(input, 8).n1.pass).toBe(false);
  });

  it("sizes by memory: 20 × 64 GiB on 256 GiB hosts need 1280 / 256 + 1 = 6; at 1.5:1, ⌈1280 / 384 + 1⌉ = 5", () => {
    const vms = sizingVms(20, 2, 64, 0.2);
    const sizing = hostSizing(sizingInput(hostModel(32, 256), vms));
    expect([sizing.hostCount, sizing.binding]).toEqual([6, "memory"]);
    const overcommitted = sizingInput(hostModel(32, 256), vms, {
      policy: { maxVcpuPerCore: 4, maxMemoryOvercommit: 1.5 },
    });
    expect(hostSizing(overcommitted).hostCount).toBe(5);
  });

  it("adds a host the totals miss when first-fit decreasing leaves gaps: 6 × 3 vCPU on hosts of 4", () => {
    // 1 × 4 cores, 1 thread, 1:1: 4 vCPU a host. 18 vCPU need ⌈18 / 4⌉ = 5 hosts by the
    // totals, but no host holds two 3-vCPU VMs: placement needs 6.
    const input = sizingInput(
      hostModel(4, 64, { sockets: 1, threadsPerCore: 1 }),
      sizingVms(6, 3, 1, 0.1),
      { policy: { maxVcpuPerCore: 1, maxMemoryOvercommit: 1 } },
    );
    const sizing = hostSizing(input);
    expect([sizing.perResource.vcpu, sizing.perResource.placement]).toEqual([5, 6]);
    expect([sizing.hostCount, sizing.binding]).toEqual([6, "placement"]);
  });

  it("keeps an anti-affinity group of 5 on 5 hosts with k failed: 5 + k", () => {
    const vms = sizingVms(5, 1, 1, 0.1);
    const rules = [{ name: "apart", kind: "antiAffinity" as const, vms: vms.map((v) => v.name) }];
    for (const k of [1, 2]) {
      const sizing = hostSizing(
        sizingInput(hostModel(10, 1024), vms, { rules, failuresTolerated: k }),
      );
      expect([sizing.hostCount, sizing.binding]).toEqual([5 + k, "antiAffinity"]);
    }
  });

  it("gives an empty estate the smallest cluster that survives k failures: k + 1", () => {
    const sizing = hostSizing(sizingInput(hostModel(10, 1024), [], { failuresTolerated: 2 }));
    expect([sizing.hostCount, sizing.binding]).toEqual([3, "ha"]);
  });

  it("throws a RangeError when other tenants use every host's CPU", () => {
    const input = sizingInput(hostModel(10, 1024), sizingVms(2, 1, 1, 0.5), {
      otherTenantsPeakFraction: 1,
    });
    expect(() => hostSizing(input)).toThrow(/other tenants use 100 %/);
  });

  it("throws a RangeError naming a VM that fits no host under the overcommit policy", () => {
    const input = sizingInput(
      hostModel(4, 64, { sockets: 1, threadsPerCore: 1 }),
      [...sizingVms(2, 1, 1, 0.1), ...sizingVms(1, 5, 1, 0.1, "big")],
      { policy: { maxVcpuPerCore: 1, maxMemoryOvercommit: 1 } },
    );
    expect(() => hostSizing(input)).toThrow(/big0/);
  });

  it("is deterministic: the same input gives the same sizing", () => {
    const input = sizingInput(hostModel(16, 512), sizingVms(300, 2, 8, 0.3));
    expect(hostSizing(input)).toEqual(hostSizing(input));
  });
});

/** Generated estates: VM sizes, profiles, host model, policies, other tenants, rules, k. */
const estate = fc
  .record({
    vmCount: fc.oneof(fc.integer({ min: 10, max: 200 }), fc.integer({ min: 10, max: 5000 })),
    seedVms: fc.array(
      fc.record({
        vcpu: fc.integer({ min: 1, max: 16 }),
        memoryGib: fc.integer({ min: 1, max: 128 }),
        peak: fc.double({ min: 0.02, max: 0.9, noNaN: true }),
      }),
      { minLength: 1, maxLength: 12 },
    ),
    coresPerSocket: fc.integer({ min: 8, max: 64 }),
    memoryGib: fc.constantFrom(256, 512, 768, 1024, 2048),
    maxVcpuPerCore: fc.double({ min: 1, max: 8, noNaN: true }),
    maxMemoryOvercommit: fc.double({ min: 1, max: 1.5, noNaN: true }),
    others: fc.double({ min: 0, max: 0.7, noNaN: true }),
    speedFactor: fc.double({ min: 0.6, max: 1.6, noNaN: true }),
    failuresTolerated: fc.integer({ min: 0, max: 2 }),
    antiAffinity: fc.integer({ min: 0, max: 8 }),
  })
  .map((e) => {
    const vms: SizingVm[] = Array.from({ length: e.vmCount }, (_, i) => {
      const s = e.seedVms[i % e.seedVms.length] ?? { vcpu: 1, memoryGib: 1, peak: 0.1 };
      return {
        name: `vm${i}`,
        vcpu: s.vcpu,
        memoryBytes: s.memoryGib * GIB,
        cpuDemandCores: s.vcpu * s.peak,
        host: null,
        profile: profileAt(s.peak),
      };
    });
    const apart = vms.slice(0, e.antiAffinity).map((v) => v.name);
    return sizingInput(hostModel(e.coresPerSocket, e.memoryGib), vms, {
      speedFactor: e.speedFactor,
      otherTenantsPeakFraction: e.others,
      policy: { maxVcpuPerCore: e.maxVcpuPerCore, maxMemoryOvercommit: e.maxMemoryOvercommit },
      rules: apart.length > 1 ? [{ name: "apart", kind: "antiAffinity", vms: apart }] : [],
      failuresTolerated: e.failuresTolerated,
    });
  });

describe("hostSizing on generated estates of 10 to 5,000 VMs", () => {
  it("gives the smallest count that passes the run's checks: the count passes, one host fewer fails", () => {
    fc.assert(
      fc.property(estate, (input) => {
        const sizing = hostSizing(input);
        expect(sizedPlatformCheck(input, sizing.hostCount).pass).toBe(true);
        if (sizing.hostCount > 1) {
          expect(sizedPlatformCheck(input, sizing.hostCount - 1).pass).toBe(false);
        }
        expect(sizing.perResource[sizing.binding]).toBe(sizing.hostCount);
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
