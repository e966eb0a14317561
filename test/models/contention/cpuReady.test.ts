import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cpuReady } from "../../../models/contention/cpuReady.ts";
import { hostCpuContention } from "../../../models/contention/hostCpuContention.ts";
import { ramPressure } from "../../../models/contention/ramPressure.ts";
import { simulateHostReady } from "../../../models/contention/simulateHostReady.ts";

describe("cpuReady(n, c, d) — finite-source M/M/c", () => {
  it("matches a hand computation for 2 vCPUs on 1 core at d = 0.5", () => {
    // r = d/(1−d) = 1: p ∝ (1, C(2,1)·1, 2!/(0!·1!·1¹)·1) = (1, 2, 2) → p = (0.2, 0.4, 0.4)
    // Lq = 1 × 0.4 = 0.4 → ready per vCPU = 0.4 / 2 = 0.2; running = (0.4 + 0.4)/2 = 0.4
    const r = cpuReady(2, 1, 0.5);
    expect(r.readyFraction).toBeCloseTo(0.2, 12);
    expect(r.runFraction).toBeCloseTo(0.4, 12);
    expect(r.coreUtilization).toBeCloseTo(0.8, 12);
  });

  it("matches a hand computation for 3 vCPUs on 2 cores at d = 0.5", () => {
    // r = 1: p ∝ (1, 3, 3, 3!/(0!·2!·2)·1 = 1.5) → total 8.5; Lq = 1.5/8.5 → ready = Lq/3
    expect(cpuReady(3, 2, 0.5).readyFraction).toBeCloseTo(1.5 / 8.5 / 3, 12);
  });

  it("is zero when there are at least as many cores as vCPUs", () => {
    expect(cpuReady(4, 4, 0.9).readyFraction).toBe(0);
  });

  it("tends to (n − c)/n when every vCPU always wants to run", () => {
    expect(cpuReady(8, 2, 1).readyFraction).toBeCloseTo(0.75, 12);
    expect(cpuReady(8, 2, 0.999999).readyFraction).toBeCloseTo(0.75, 4);
  });

  it("stays finite for hundreds of vCPUs", () => {
    const r = cpuReady(600, 80, 0.12);
    expect(Number.isFinite(r.readyFraction)).toBe(true);
    expect(r.coreUtilization).toBeLessThanOrEqual(1);
  });

  it("never falls as demand rises (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 120 }),
        fc.integer({ min: 1, max: 40 }),
        fc.double({ min: 0.01, max: 0.98, noNaN: true }),
        fc.double({ min: 0, max: 0.3, noNaN: true }),
        (n, c, d, extra) => {
          const low = cpuReady(n, c, d).readyFraction;
          const high = cpuReady(n, c, Math.min(0.99, d + extra)).readyFraction;
          expect(high).toBeGreaterThanOrEqual(low - 1e-12);
          expect(cpuReady(n + 1, c, d).readyFraction).toBeGreaterThanOrEqual(low - 1e-12);
        },
      ),
    );
  });
});

describe("cpuReady agrees with a simulation of the host on the engine", () => {
  // 12 vCPUs on 4 cores, offered load n·d/c from 0.45 to 1.2. Tolerance: 0.003 absolute plus
  // 5% relative, wide enough for the sampling error of ~10⁵ bursts per run.
  for (const d of [0.15, 0.25, 0.3, 0.4]) {
    it(`within 0.003 + 5% at demand ${d}`, () => {
      const analytic = cpuReady(12, 4, d).readyFraction;
      const sim = simulateHostReady({
        vcpus: 12,
        cores: 4,
        demandFraction: d,
        meanBurstSeconds: 1,
        durationSeconds: 20_000,
        seed: 7,
      }).readyFraction;
      console.log(`d=${d} analytic=${analytic.toFixed(4)} simulated=${sim.toFixed(4)}`);
      expect(Math.abs(sim - analytic)).toBeLessThanOrEqual(0.003 + 0.05 * analytic);
    });
  }
});

describe("ramPressure(granted, active, physical)", () => {
  it("flags ballooning when overcommitted and swapping when the working set does not fit", () => {
    expect(ramPressure(100, 60, 192)).toMatchObject({ ballooningRisk: false, swapRisk: false });
    expect(ramPressure(200, 120, 192)).toMatchObject({ ballooningRisk: true, swapRisk: false });
    expect(ramPressure(300, 200, 192).swapRisk).toBe(true);
    expect(ramPressure(96, 48, 192).grantedFraction).toBeCloseTo(0.5, 12);
  });
});

describe("hostCpuContention(load)", () => {
  it("converts reference demand into host cores by the speed factor", () => {
    // 24 reference cores on a host 1.5× faster = 16 host cores over 64 vCPUs → d = 0.25
    const h = hostCpuContention({
      vcpus: 64,
      demandReferenceCores: 24,
      speedFactor: 1.5,
      effectiveCores: 25,
    });
    expect(h.demandCores).toBeCloseTo(16, 12);
    expect(h.demandFraction).toBeCloseTo(16 / 25, 12);
    expect(h.readyFraction).toBeCloseTo(cpuReady(64, 25, 0.25).readyFraction, 12);
  });

  it("is less contended on a faster host for the same demand", () => {
    const slow = hostCpuContention({
      vcpus: 60,
      demandReferenceCores: 22,
      speedFactor: 1,
      effectiveCores: 25,
    });
    const fast = hostCpuContention({
      vcpus: 60,
      demandReferenceCores: 22,
      speedFactor: 1.3,
      effectiveCores: 25,
    });
    expect(fast.readyFraction).toBeLessThan(slow.readyFraction);
  });
});
