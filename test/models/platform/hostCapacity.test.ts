import { describe, expect, it } from "vitest";
import type { Host } from "../../../models/Inventory.ts";
import { generationSpeed } from "../../../models/platform/generationSpeed.ts";
import {
  HYPER_THREADING_EXTRA_FRACTION,
  hostCapacity,
} from "../../../models/platform/hostCapacity.ts";
import { hostAllowance } from "../../../models/platform/overcommitPolicy.ts";
import { GHZ, GIB } from "../../../models/units.ts";

const host: Host = {
  name: "esx01",
  cluster: null,
  model: "R640",
  cpuModel: "Silver 4114",
  sockets: 2,
  coresPerSocket: 10,
  clockHz: 2.2 * GHZ,
  threadsPerCore: 2,
  memoryBytes: 192 * GIB,
  generation: "Skylake",
  esxVersion: null,
};

describe("hostCapacity(host)", () => {
  it("counts cores, threads and hyper-threading as an extra fraction, not 2×", () => {
    const c = hostCapacity(host);
    expect(c.cores).toBe(20);
    expect(c.threads).toBe(40);
    expect(c.effectiveCores).toBeCloseTo(20 * (1 + HYPER_THREADING_EXTRA_FRACTION), 12);
  });

  it("gives no extra without hyper-threading", () => {
    expect(hostCapacity({ ...host, threadsPerCore: 1 }).effectiveCores).toBe(20);
  });
});

describe("generationSpeed(gen, clock, refGen, refClock)", () => {
  it("is 1 for the reference itself", () => {
    expect(generationSpeed("Skylake", 2.2 * GHZ, "Skylake", 2.2 * GHZ)).toBe(1);
  });

  it("scales IPC by clock: Sapphire Rapids 2.1 GHz vs Skylake 2.2 GHz = 1.41 × 2.1/2.2", () => {
    expect(generationSpeed("sapphire rapids", 2.1 * GHZ, "Skylake", 2.2 * GHZ)).toBeCloseTo(
      (1.41 * 2.1) / 2.2,
      12,
    );
  });

  it("throws on an unknown generation, listing the known ones", () => {
    expect(() => generationSpeed("Pentium", 1, "Skylake", 1)).toThrow(/Skylake/);
  });
});

describe("hostAllowance(cores, memory, policy)", () => {
  it("allows maxVcpuPerCore × cores and overcommit × memory", () => {
    const a = hostAllowance(20, 192 * GIB, { maxVcpuPerCore: 4, maxMemoryOvercommit: 1.5 });
    expect(a.vcpu).toBe(80);
    expect(a.memoryBytes).toBe(288 * GIB);
  });
});
