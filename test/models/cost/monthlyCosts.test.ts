import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CostInputs } from "../../../models/cost/CostInputs.ts";
import { dedicatedMonthlyCost } from "../../../models/cost/dedicatedMonthlyCost.ts";
import { hostCostIncreaseFraction } from "../../../models/cost/hostCostIncreaseFraction.ts";
import { monthlyCosts } from "../../../models/cost/monthlyCosts.ts";
import { sharedMonthlyCost } from "../../../models/cost/sharedMonthlyCost.ts";
import { FACTS_ESTATE, FACTS_INPUTS } from "./referenceCase.ts";

describe("dedicatedMonthlyCost", () => {
  it("before the licence change: 3 × 1500 + 2 × 300 + 450 + 150 = 5700 (FACTS.md)", () => {
    const bill = dedicatedMonthlyCost(FACTS_INPUTS, FACTS_ESTATE, "before");
    expect(bill.totalPerMonth).toBeCloseTo(5700, 9);
    expect(bill.lineItems[0]).toEqual({
      item: "hosts (licence included)",
      quantity: 3,
      unit: "host",
      unitPricePerMonth: 1500,
      unitPriceFrom: "dedicated.hostPerMonth",
      amountPerMonth: 4500,
    });
  });

  it("after it: 3 × 1500 × 0.88 + 96 cores × 322 ÷ 12 + 1200 ≈ 7736 (FACTS.md)", () => {
    const bill = dedicatedMonthlyCost(FACTS_INPUTS, FACTS_ESTATE, "after");
    // 3960 + 2576 + 1200 = 7736
    expect(bill.totalPerMonth).toBeCloseTo(7736, 9);
    const licence = bill.lineItems.find((l) => l.item.startsWith("licence"));
    expect(licence?.quantity).toBe(96);
    expect(licence?.unitPricePerMonth).toBeCloseTo(322 / 12, 12);
    expect(licence?.unitPriceFrom).toBe("dedicated.licenceAfter.pricePerCorePerYear ÷ 12");
  });

  it("every line's amount is its quantity × unit price, and the total their sum", () => {
    for (const licensing of ["before", "after"] as const) {
      const bill = dedicatedMonthlyCost(FACTS_INPUTS, FACTS_ESTATE, licensing);
      for (const l of bill.lineItems)
        expect(l.amountPerMonth).toBeCloseTo(l.quantity * l.unitPricePerMonth, 9);
      const sum = bill.lineItems.reduce((s, l) => s + l.amountPerMonth, 0);
      expect(bill.totalPerMonth).toBeCloseTo(sum, 9);
    }
  });
});

describe("sharedMonthlyCost", () => {
  it("120 vCPU × 9 + 320 GB × 6 + 4500 GB × 0.12 + 50 × 9 + 4500 GB × 0.02 + 50 = 4130 (FACTS.md)", () => {
    const bill = sharedMonthlyCost(FACTS_INPUTS, FACTS_ESTATE);
    expect(bill.totalPerMonth).toBeCloseTo(4130, 9);
    expect(bill.lineItems.map((l) => l.quantity)).toEqual([120, 320, 4500, 50, 4500, 1]);
  });

  it("adds a per-VM licence when the provider bills one", () => {
    const inputs: CostInputs = {
      ...FACTS_INPUTS,
      shared: { ...FACTS_INPUTS.shared, licence: { scheme: "per-vm", pricePerVmPerMonth: 20 } },
    };
    expect(sharedMonthlyCost(inputs, FACTS_ESTATE).totalPerMonth).toBeCloseTo(4130 + 1000, 9);
  });
});

describe("hostCostIncreaseFraction", () => {
  it("(1500 − 180 + 32 × 322 ÷ 12) ÷ 1500 − 1 ≈ +45.2 % (FACTS.md: +45 %)", () => {
    const expected = (1500 - 180 + (32 * 322) / 12) / 1500 - 1;
    expect(hostCostIncreaseFraction(FACTS_INPUTS.dedicated, FACTS_ESTATE)).toBeCloseTo(
      expected,
      12,
    );
    expect(expected).toBeCloseTo(0.4524, 4);
  });

  it("spreads the 72-core order minimum over the hosts: two 1×8-core hosts pay 36 cores each", () => {
    const estate = {
      hosts: [
        { sockets: 1, coresPerSocket: 8, memoryBytes: 0 },
        { sockets: 1, coresPerSocket: 8, memoryBytes: 0 },
      ],
      vms: [],
    };
    const expected = (1500 * 0.88 + (36 * 322) / 12) / 1500 - 1;
    expect(hostCostIncreaseFraction(FACTS_INPUTS.dedicated, estate)).toBeCloseTo(expected, 12);
  });
});

describe("monthlyCosts", () => {
  it("savings: 1 − 4130 ÷ 5700 ≈ 27.5 % before the change, 1 − 4130 ÷ 7736 ≈ 46.6 % after (FACTS.md)", () => {
    const costs = monthlyCosts(FACTS_INPUTS, FACTS_ESTATE);
    expect(costs.savingsFraction.vsBeforeLicenceChange).toBeCloseTo(1 - 4130 / 5700, 9);
    expect(costs.savingsFraction.vsAfterLicenceChange).toBeCloseTo(1 - 4130 / 7736, 9);
  });

  it("cross-checks the old RAM-point licence (160 GB × 7 × 0.45 = 504) against the embedded share (540)", () => {
    const { licenceBeforeCheck } = monthlyCosts(FACTS_INPUTS, FACTS_ESTATE);
    expect(licenceBeforeCheck.computed.costPerMonth).toBeCloseTo(504, 9);
    expect(licenceBeforeCheck.embeddedPerMonth).toBeCloseTo(540, 9);
  });

  const factor = fc.double({ min: 1, max: 5, noNaN: true });
  const priceKeys = [
    "perVcpuPerMonth",
    "perGbRamPerMonth",
    "perGbStoragePerMonth",
    "backupPerVmPerMonth",
    "backupPerGbPerMonth",
    "networkPerMonth",
  ] as const;
  const dedicatedKeys = [
    "hostPerMonth",
    "datastorePerMonth",
    "backupPerMonth",
    "networkPerMonth",
  ] as const;

  it("no bill is negative, and none falls when a price rises", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...priceKeys),
        fc.constantFrom(...dedicatedKeys),
        factor,
        (sk, dk, f) => {
          const base = monthlyCosts(FACTS_INPUTS, FACTS_ESTATE);
          const dearer = monthlyCosts(
            {
              ...FACTS_INPUTS,
              shared: { ...FACTS_INPUTS.shared, [sk]: FACTS_INPUTS.shared[sk] * f },
              dedicated: { ...FACTS_INPUTS.dedicated, [dk]: FACTS_INPUTS.dedicated[dk] * f },
            },
            FACTS_ESTATE,
          );
          for (const k of ["dedicatedBefore", "dedicatedAfter", "shared"] as const) {
            expect(dearer[k].totalPerMonth).toBeGreaterThanOrEqual(0);
            expect(dearer[k].totalPerMonth).toBeGreaterThanOrEqual(base[k].totalPerMonth - 1e-9);
          }
        },
      ),
    );
  });
});
