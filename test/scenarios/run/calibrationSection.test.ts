import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderRunSummary } from "../../../scenarios/cli/renderRunSummary.ts";
import { loadScenario } from "../../../scenarios/load/loadScenario.ts";
import { nonFiniteNumbers } from "../../../scenarios/result/nonFiniteNumbers.ts";
import { NULLABLE_RESULT_FIELDS } from "../../../scenarios/result/SimulationResult.ts";
import { runScenario } from "../../../scenarios/run/runScenario.ts";
import { type MeasuredHostSpec, writeMeasuredExport } from "./measuredExport.ts";

const root = mkdtempSync(join(tmpdir(), "cutover-calibration-"));
let exports = 0;

async function calibrationOf(hosts: readonly MeasuredHostSpec[]) {
  const scenario = await loadScenario(writeMeasuredExport(root, `e${exports++}`, hosts));
  return { scenario, result: runScenario(scenario, { sensitivity: false }) };
}

/** A small deterministic generator (mulberry32) so the fixture is the same on every run. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An estate of `n` hosts measured consistently, with noise within ±`noise` points. */
function consistentEstate(n: number, seed: number, noise = 3): MeasuredHostSpec[] {
  const r = mulberry32(seed);
  return Array.from({ length: n }, () => {
    const cores = 2 * (8 + Math.floor(r() * 13));
    const speedMhz = 2100;
    const memoryMib = 1024 * (256 + 128 * Math.floor(r() * 4));
    const vmCount = 5 + Math.floor(r() * 20);
    const vms = Array.from({ length: vmCount }, () => {
      const vcpu = 1 + Math.floor(r() * 8);
      const mem = 1024 * (2 + Math.floor(r() * 15));
      return {
        vcpu,
        memoryMib: mem,
        overallMhz: Math.round(r() * 0.6 * vcpu * speedMhz),
        consumedMib: Math.round(mem * (0.3 + 0.7 * r())),
        on: r() > 0.1,
      };
    });
    // A host reports at most 100%: VMs' use is scaled so that the host's stays under 90%.
    const used = vms.reduce((t, vm) => t + (vm.on ? vm.overallMhz : 0), 0);
    const scale = Math.min(1, (0.9 * cores * speedMhz) / Math.max(1, used));
    return {
      cores,
      speedMhz,
      memoryMib,
      cpuNoisePoints: (r() * 2 - 1) * noise,
      memoryNoisePoints: (r() * 2 - 1) * noise,
      vms: vms.map((vm) => ({ ...vm, overallMhz: Math.floor(vm.overallMhz * scale) })),
    };
  });
}

describe("calibrationSection on an imported export", () => {
  it("agrees with a consistently measured export: CPU and memory within ±0.10 on ≥ 90% of hosts", async () => {
    const { result } = await calibrationOf(consistentEstate(30, 13));
    const cal = result.calibration;
    expect(cal).not.toBeNull();
    const hosts = cal?.hosts ?? [];
    expect(hosts).toHaveLength(30);
    const within = (key: "cpu" | "memory") =>
      hosts.filter(
        (h) =>
          Math.abs(h[`${key}ModelledFraction`] - (h[`${key}MeasuredFraction`] ?? Number.NaN)) <=
          0.1,
      ).length;
    expect(within("cpu")).toBeGreaterThanOrEqual(0.9 * hosts.length);
    expect(within("memory")).toBeGreaterThanOrEqual(0.9 * hosts.length);
    expect(cal?.agreement.cpu).toEqual({ within: within("cpu"), compared: 30 });
    expect(cal?.vms.fallback).toBe(0);
    expect(cal?.vms.measured).toBeGreaterThan(0);
    expect(nonFiniteNumbers(result, NULLABLE_RESULT_FIELDS)).toEqual([]);
  });

  it("models a host the export measured at 43% CPU near 43%, not at a multiple of its capacity (issue 13)", async () => {
    // 32 cores × 2100 MHz = 67,200 MHz; 43% = 28,896 MHz over 24 busy 4-vCPU VMs (96 vCPUs, 3:1).
    const vms = Array.from({ length: 24 }, () => ({
      vcpu: 4,
      memoryMib: 16384,
      overallMhz: 28896 / 24,
      consumedMib: 12288,
      on: true,
    }));
    const { result } = await calibrationOf([
      {
        cores: 32,
        speedMhz: 2100,
        memoryMib: 524288,
        vms,
        cpuNoisePoints: 0,
        memoryNoisePoints: 0,
      },
      // A second host, so that N+1 (one host failed) is defined.
      {
        cores: 32,
        speedMhz: 2100,
        memoryMib: 524288,
        vms,
        cpuNoisePoints: 0,
        memoryNoisePoints: 0,
      },
    ]);
    const host = result.calibration?.hosts[0];
    expect(host?.cpuMeasuredFraction).toBeCloseTo(0.43, 4);
    expect(Math.abs((host?.cpuModelledFraction ?? 0) - 0.43)).toBeLessThanOrEqual(0.005);
    // 24 × 12 GiB ÷ 512 GiB = 0.5625
    expect(host?.memoryModelledFraction).toBeCloseTo(0.5625, 6);
    expect(host?.readyMeasuredFraction).toBeCloseTo(0.01, 6);
  });

  it("caps a VM measured above its vCPUs × host clock, flags it, and stays finite", async () => {
    const { result } = await calibrationOf([
      {
        cores: 16,
        speedMhz: 2100,
        memoryMib: 262144,
        cpuNoisePoints: 0,
        memoryNoisePoints: 0,
        vms: [
          { vcpu: 2, memoryMib: 4096, overallMhz: 9000, consumedMib: 4096, on: true },
          { vcpu: 2, memoryMib: 4096, overallMhz: 0, consumedMib: 1024, on: true },
        ],
      },
      {
        cores: 16,
        speedMhz: 2100,
        memoryMib: 262144,
        cpuNoisePoints: 0,
        memoryNoisePoints: 0,
        vms: [{ vcpu: 2, memoryMib: 4096, overallMhz: 100, consumedMib: 4096, on: true }],
      },
    ]);
    expect(result.calibration?.vms.capped).toBe(1);
    // capped at 2 × 2100 MHz of 16 × 2100: 0.125
    expect(result.calibration?.hosts[0]?.cpuModelledFraction).toBeCloseTo(0.125, 6);
    expect(nonFiniteNumbers(result, NULLABLE_RESULT_FIELDS)).toEqual([]);
  });

  it("takes the snapshot hour from the scenario when set, and says the default is an assumption", async () => {
    const { scenario, result } = await calibrationOf(consistentEstate(2, 5, 0));
    expect(result.calibration?.snapshot.hourOfWeek).toBe(34);
    expect(result.calibration?.snapshot.source).toMatch(/^ASSUMPTION/);
    const night = runScenario(
      { ...scenario, calibration: { snapshotHourOfWeek: 3 } },
      { sensitivity: false },
    );
    expect(night.calibration?.snapshot).toMatchObject({ hourOfWeek: 3, label: "Monday 03:00" });
    for (const [i, h] of (night.calibration?.hosts ?? []).entries()) {
      const day = result.calibration?.hosts[i];
      expect(Math.abs(h.cpuModelledFraction - (day?.cpuModelledFraction ?? 0))).toBeLessThan(1e-9);
    }
  });

  it("agrees with the measurement on generated estates (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 2, max: 6 }),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.integer({ min: 0, max: 167 }),
        async (n, seed, hour) => {
          const { scenario } = await calibrationOf(consistentEstate(n, seed, 2));
          const result = runScenario(
            { ...scenario, calibration: { snapshotHourOfWeek: hour } },
            { sensitivity: false },
          );
          const hosts = result.calibration?.hosts ?? [];
          expect(hosts).toHaveLength(n);
          for (const h of hosts) {
            expect(
              Math.abs(h.cpuModelledFraction - (h.cpuMeasuredFraction ?? -1)),
            ).toBeLessThanOrEqual(0.1);
            expect(
              Math.abs(h.memoryModelledFraction - (h.memoryMeasuredFraction ?? -1)),
            ).toBeLessThanOrEqual(0.1);
          }
          expect(nonFiniteNumbers(result, NULLABLE_RESULT_FIELDS)).toEqual([]);
        },
      ),
      { numRuns: 8, seed: 42 },
    );
  });

  it("gives the run summary one calibration line", async () => {
    const { result } = await calibrationOf(consistentEstate(4, 7, 0));
    const measured = result.calibration?.vms.measured ?? 0;
    expect(renderRunSummary(result, [])).toContain(
      `${measured} of ${measured} VMs from the export's measurements (snapshot taken as Tuesday 10:00, assumed); hosts: CPU modelled within ±10 points of measured for 4 of 4, memory for 4 of 4`,
    );
  });

  it("is null for the reference (an inline inventory measures nothing)", async () => {
    const result = runScenario(await loadScenario("reference"), { sensitivity: false });
    expect(result.calibration).toBeNull();
  });
});
