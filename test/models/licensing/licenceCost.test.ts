import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { LicensedEstate } from "../../../models/licensing/LicenceScheme.ts";
import type { LicenceTerms } from "../../../models/licensing/LicenceTerms.ts";
import { licenceCost } from "../../../models/licensing/licenceCost.ts";
import { licenceSchemes } from "../../../models/licensing/licenceSchemes.ts";
import { licensedCores } from "../../../models/licensing/perCoreScheme.ts";
import { cpuLicences } from "../../../models/licensing/perCpuScheme.ts";
import { ramPointsCountedGb } from "../../../models/licensing/ramPointsScheme.ts";
import { GIB } from "../../../models/units.ts";

// FACTS.md "Licensing": VSPP/VCPP 50 % floor and 24 GB cap; per-core 16-core socket floor and
// 72-core order minimum; per-CPU licences cover at most 32 cores.
const ramPoints = {
  scheme: "ram-points",
  pointsPerGbPerMonth: 7,
  pricePerPoint: 0.45,
  minReservedFraction: 0.5,
  maxGbPerVm: 24,
} as const;
const perCore = {
  scheme: "per-core",
  pricePerCorePerYear: 350,
  minCoresPerSocket: 16,
  minCoresPerOrder: 72,
} as const;
const perCpu = { scheme: "per-cpu", pricePerCpuPerYear: 1200, maxCoresPerCpu: 32 } as const;
const vm = (gib: number, reservedGib = 0, runningFraction = 1) => ({
  memoryBytes: gib * GIB,
  reservedMemoryBytes: reservedGib * GIB,
  runningFraction,
});

describe("per-core subscription", () => {
  it("a 2×10-core host counts 32 licensed cores (16-core floor per socket)", () => {
    expect(licensedCores([{ sockets: 2, coresPerSocket: 10 }], 16)).toBe(32);
  });

  it("two hosts of one 8-core CPU count 32 cores after the floor and are billed the 72-core order minimum", () => {
    const cost = licenceCost(perCore, {
      hosts: [
        { sockets: 1, coresPerSocket: 8 },
        { sockets: 1, coresPerSocket: 8 },
      ],
      vms: [],
    });
    expect(cost.licensedQuantity).toBe(32);
    expect(cost.billedQuantity).toBe(72);
    // 72 cores × $350 ÷ 12 = 2100 per month
    expect(cost.costPerMonth).toBeCloseTo(2100, 9);
  });

  it("cores above the floor count as they are: 2×32 cores give 64", () => {
    expect(licensedCores([{ sockets: 2, coresPerSocket: 32 }], 16)).toBe(64);
  });
});

describe("RAM-based provider points", () => {
  it("a 32 GB VM fully reserved counts 24 GB (per-VM cap)", () => {
    expect(ramPointsCountedGb(ramPoints, vm(32, 32))).toBeCloseTo(24, 12);
  });

  it("a 2 GB VM without reservation counts 1 GB (50 % floor)", () => {
    expect(ramPointsCountedGb(ramPoints, vm(2))).toBeCloseTo(1, 12);
  });

  it("hourly metering: a VM that ran half the month's hours counts half", () => {
    expect(ramPointsCountedGb(ramPoints, vm(8, 8, 0.5))).toBeCloseTo(4, 12);
  });

  it("bills counted GB × points × price per point: 2 + 24 GB × 7 × 0.45 = 81.9", () => {
    const cost = licenceCost(ramPoints, { hosts: [], vms: [vm(4), vm(64, 64)] });
    expect(cost.billedQuantity).toBeCloseTo(26, 12);
    expect(cost.costPerMonth).toBeCloseTo(26 * 3.15, 9);
  });
});

describe("per-CPU licences", () => {
  it("one licence covers up to 32 cores: a 48-core socket needs two", () => {
    expect(cpuLicences([{ sockets: 2, coresPerSocket: 48 }], 32)).toBe(4);
    expect(cpuLicences([{ sockets: 2, coresPerSocket: 10 }], 32)).toBe(2);
  });

  it("costs licences × yearly price ÷ 12", () => {
    const cost = licenceCost(perCpu, { hosts: [{ sockets: 2, coresPerSocket: 10 }], vms: [] });
    expect(cost.costPerMonth).toBeCloseTo(200, 9);
  });
});

describe("per-VM and included", () => {
  it("per-VM bills each VM (for the share of the month it ran)", () => {
    const cost = licenceCost(
      { scheme: "per-vm", pricePerVmPerMonth: 9 },
      {
        hosts: [],
        vms: [vm(2), vm(4), vm(8, 0, 0.5)],
      },
    );
    expect(cost.costPerMonth).toBeCloseTo(22.5, 9);
  });

  it("an included licence costs nothing", () => {
    expect(licenceCost({ scheme: "included" }, { hosts: [], vms: [vm(8)] }).costPerMonth).toBe(0);
  });
});

describe("licenceCost(terms, estate)", () => {
  it("looks the scheme up by name and throws on an unknown one, listing the known schemes", () => {
    expect(Object.keys(licenceSchemes).sort()).toEqual(
      ["included", "per-core", "per-cpu", "per-vm", "ram-points"].sort(),
    );
    expect(() =>
      licenceCost({ scheme: "per-socket" } as unknown as LicenceTerms, { hosts: [], vms: [] }),
    ).toThrow(/unknown licence scheme "per-socket".*per-core/);
  });
});

const hosts = fc.array(
  fc.record({
    sockets: fc.integer({ min: 1, max: 4 }),
    coresPerSocket: fc.integer({ min: 1, max: 96 }),
  }),
  { maxLength: 12 },
);
const vms = fc.array(
  fc.record({
    memoryBytes: fc.integer({ min: 0, max: 2048 }).map((g) => g * GIB),
    reservedMemoryBytes: fc.integer({ min: 0, max: 2048 }).map((g) => g * GIB),
    runningFraction: fc.double({ min: 0, max: 1, noNaN: true }),
  }),
  { maxLength: 30 },
);
const estates: fc.Arbitrary<LicensedEstate> = fc.record({ hosts, vms });
const price = fc.double({ min: 0, max: 10_000, noNaN: true });
const terms: fc.Arbitrary<LicenceTerms> = fc.oneof(
  fc.record({
    scheme: fc.constant("ram-points" as const),
    pointsPerGbPerMonth: price,
    pricePerPoint: price,
    minReservedFraction: fc.double({ min: 0, max: 1, noNaN: true }),
    maxGbPerVm: fc.integer({ min: 0, max: 256 }),
  }),
  fc.record({
    scheme: fc.constant("per-core" as const),
    pricePerCorePerYear: price,
    minCoresPerSocket: fc.integer({ min: 1, max: 32 }),
    minCoresPerOrder: fc.integer({ min: 0, max: 200 }),
  }),
  fc.record({
    scheme: fc.constant("per-cpu" as const),
    pricePerCpuPerYear: price,
    maxCoresPerCpu: fc.integer({ min: 1, max: 64 }),
  }),
  fc.record({ scheme: fc.constant("per-vm" as const), pricePerVmPerMonth: price }),
  fc.constant({ scheme: "included" as const }),
);

/** The same terms with every price multiplied by `factor` (≥ 1). */
function dearer(t: LicenceTerms, factor: number): LicenceTerms {
  switch (t.scheme) {
    case "ram-points":
      return { ...t, pricePerPoint: t.pricePerPoint * factor };
    case "per-core":
      return { ...t, pricePerCorePerYear: t.pricePerCorePerYear * factor };
    case "per-cpu":
      return { ...t, pricePerCpuPerYear: t.pricePerCpuPerYear * factor };
    case "per-vm":
      return { ...t, pricePerVmPerMonth: t.pricePerVmPerMonth * factor };
    case "included":
      return t;
  }
}

describe("licence cost properties", () => {
  it("is never negative and equals billed quantity × unit price", () => {
    fc.assert(
      fc.property(terms, estates, (t, e) => {
        const cost = licenceCost(t, e);
        expect(cost.costPerMonth).toBeGreaterThanOrEqual(0);
        expect(cost.billedQuantity).toBeGreaterThanOrEqual(cost.licensedQuantity);
        expect(cost.costPerMonth).toBeCloseTo(cost.billedQuantity * cost.unitPricePerMonth, 6);
      }),
    );
  });

  it("never falls when a price rises", () => {
    fc.assert(
      fc.property(terms, estates, fc.double({ min: 1, max: 10, noNaN: true }), (t, e, factor) => {
        const before = licenceCost(t, e).costPerMonth;
        expect(licenceCost(dearer(t, factor), e).costPerMonth).toBeGreaterThanOrEqual(before);
      }),
    );
  });

  it("licensed cores are never fewer than physical cores (per-core and per-CPU coverage)", () => {
    fc.assert(
      fc.property(hosts, fc.integer({ min: 1, max: 64 }), (hs, n) => {
        const physical = hs.reduce((s, h) => s + h.sockets * h.coresPerSocket, 0);
        expect(licensedCores(hs, n)).toBeGreaterThanOrEqual(physical);
        expect(cpuLicences(hs, n) * n).toBeGreaterThanOrEqual(physical);
      }),
    );
  });
});
