import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { breakEven } from "../../../models/cost/breakEven.ts";
import type { CostInputs } from "../../../models/cost/CostInputs.ts";
import { monthlyCosts } from "../../../models/cost/monthlyCosts.ts";
import type { SensitivityParameter } from "../../../models/cost/SensitivityParameter.ts";
import { tornado } from "../../../models/cost/tornado.ts";
import { FACTS_ESTATE, FACTS_INPUTS } from "./referenceCase.ts";

const saving = (inputs: CostInputs) =>
  monthlyCosts(inputs, FACTS_ESTATE).savingsFraction.vsBeforeLicenceChange;

const perVcpu: SensitivityParameter<CostInputs> = {
  id: "shared.perVcpuPerMonth",
  value: 9,
  low: 7,
  high: 12,
  apply: (i, v) => ({ ...i, shared: { ...i.shared, perVcpuPerMonth: v } }),
};
const hostPrice: SensitivityParameter<CostInputs> = {
  id: "dedicated.hostPerMonth",
  value: 1500,
  low: 1200,
  high: 1800,
  apply: (i, v) => ({ ...i, dedicated: { ...i.dedicated, hostPerMonth: v } }),
};
const network: SensitivityParameter<CostInputs> = {
  id: "shared.networkPerMonth",
  value: 50,
  low: 40,
  high: 60,
  apply: (i, v) => ({ ...i, shared: { ...i.shared, networkPerMonth: v } }),
};

describe("tornado", () => {
  it("gives the saving at each end, sorted by swing: host price, then vCPU price, then network", () => {
    const bars = tornado(FACTS_INPUTS, [network, perVcpu, hostPrice], saving);
    expect(bars.map((b) => b.id)).toEqual([hostPrice.id, perVcpu.id, network.id]);
    // vCPU at €7: shared = 4130 − 240 = 3890 → 1 − 3890/5700
    const vcpu = bars.find((b) => b.id === perVcpu.id);
    expect(vcpu?.outputAtLow).toBeCloseTo(1 - 3890 / 5700, 12);
    expect(vcpu?.outputAtHigh).toBeCloseTo(1 - (4130 + 360) / 5700, 12);
    expect(vcpu?.swing).toBeCloseTo(600 / 5700, 12);
  });

  it("leaves the inputs unchanged and keeps ties in the given order", () => {
    const flat: SensitivityParameter<number> = {
      id: "a",
      value: 1,
      low: 0,
      high: 2,
      apply: (i) => i,
    };
    const flat2 = { ...flat, id: "b" };
    expect(tornado(5, [flat, flat2], (i) => i).map((b) => b.id)).toEqual(["a", "b"]);
  });
});

describe("breakEven", () => {
  it("the saving vanishes at €22.08 per vCPU: 4130 + 120 (p − 9) = 5700", () => {
    expect(breakEven(FACTS_INPUTS, perVcpu, saving)).toBeCloseTo(9 + 1570 / 120, 6);
  });

  it("…and at a host price of €976.67: 3 h + 1200 = 4130", () => {
    expect(breakEven(FACTS_INPUTS, hostPrice, saving)).toBeCloseTo(2930 / 3, 6);
  });

  it("is null when no value of the parameter removes the saving", () => {
    expect(breakEven(FACTS_INPUTS, { ...network, apply: (i) => i }, saving)).toBeNull();
  });

  it("finds the root of any increasing line a·v − b with a, b > 0", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.double({ min: 0.01, max: 1e4, noNaN: true }),
        (a, b) => {
          const p: SensitivityParameter<number> = {
            id: "x",
            value: 1,
            low: 1,
            high: 1,
            apply: (_i, v) => v,
          };
          expect(breakEven(0, p, (v) => a * v - b)).toBeCloseTo(b / a, 6);
        },
      ),
    );
  });
});
