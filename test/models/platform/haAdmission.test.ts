import { describe, expect, it } from "vitest";
import { haAdmission } from "../../../models/platform/haAdmission.ts";
import { n1Check } from "../../../models/platform/n1Check.ts";
import { GIB } from "../../../models/units.ts";

const equal = (n: number) =>
  Array.from({ length: n }, () => ({ cpuCores: 20, memoryBytes: 192 * GIB }));

describe("haAdmission(hosts, k) — percentage policy", () => {
  it("reserves 1/n of CPU and RAM on n equal hosts for N+1 (FACTS.md)", () => {
    const r = haAdmission(equal(4), 1);
    expect(r.cpuReservedFraction).toBeCloseTo(0.25, 12);
    expect(r.memoryReservedFraction).toBeCloseTo(0.25, 12);
    expect(r.cpuUsableCores).toBeCloseTo(60, 12);
  });

  it("reserves k/n for N+k", () => {
    expect(haAdmission(equal(5), 2).cpuReservedFraction).toBeCloseTo(0.4, 12);
  });

  it("reserves the largest hosts' share on unequal hosts, per resource", () => {
    // CPU 10+20+30 = 60, largest 30 → 0.5; memory 300+100+100 = 500, largest 300 → 0.6
    const hosts = [
      { cpuCores: 10, memoryBytes: 300 },
      { cpuCores: 20, memoryBytes: 100 },
      { cpuCores: 30, memoryBytes: 100 },
    ];
    const r = haAdmission(hosts, 1);
    expect(r.cpuReservedFraction).toBeCloseTo(0.5, 12);
    expect(r.memoryReservedFraction).toBeCloseTo(0.6, 12);
  });

  it("reserves everything when k ≥ n", () => {
    expect(haAdmission(equal(2), 3).cpuReservedFraction).toBe(1);
  });
});

describe("n1Check(hosts, demand, k)", () => {
  it("passes on 4 equal hosts when demand equals 3 hosts' capacity, fails just above", () => {
    expect(n1Check(equal(4), { cpuCores: 60, memoryBytes: 0 }, 1).pass).toBe(true);
    expect(n1Check(equal(4), { cpuCores: 60.01, memoryBytes: 0 }, 1).pass).toBe(false);
  });

  it("matches FACTS.md: 4 hosts at 4:1 run at about 5.3:1 after a failure", () => {
    // 4 hosts × 20 cores at 4:1 → 320 vCPU on 60 cores = 5.33:1
    const vcpus = 4 * 20 * 4;
    const r = n1Check(equal(4), { cpuCores: vcpus, memoryBytes: 0 }, 1);
    // demand expressed in vCPUs: used fraction = vCPU per surviving core
    expect(r.cpuUsedFraction).toBeCloseTo(5.33, 2);
  });

  it("fails on unequal hosts when memory fits only without the largest host", () => {
    const hosts = [
      { cpuCores: 40, memoryBytes: 512 * GIB },
      { cpuCores: 20, memoryBytes: 192 * GIB },
      { cpuCores: 20, memoryBytes: 192 * GIB },
    ];
    // without the 512 GiB host 384 GiB remain: 400 GiB does not fit, 380 GiB does
    expect(n1Check(hosts, { cpuCores: 10, memoryBytes: 400 * GIB }, 1).pass).toBe(false);
    expect(n1Check(hosts, { cpuCores: 10, memoryBytes: 380 * GIB }, 1).pass).toBe(true);
    expect(n1Check(hosts, { cpuCores: 41, memoryBytes: 0 }, 1).pass).toBe(false);
  });
});
