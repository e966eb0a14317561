import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadScenario } from "../../../scenarios/load/loadScenario.ts";
import type { SimulationResult } from "../../../scenarios/result/SimulationResult.ts";
import { runScenario } from "../../../scenarios/run/runScenario.ts";
import { billWaterfall } from "../../../web/transforms/billWaterfall.ts";
import { forecastFacts } from "../../../web/transforms/forecastFacts.ts";
import { licenceBars } from "../../../web/transforms/licenceBars.ts";
import { runOutMarkers } from "../../../web/transforms/runOutMarkers.ts";
import { tcoLines } from "../../../web/transforms/tcoLines.ts";

const result = runScenario(await loadScenario("reference"));

describe("billWaterfall on the reference result", () => {
  const steps = billWaterfall(result);

  it("walks dedicated before → licence change → dedicated after → differing lines → shared", () => {
    expect(steps.map((s) => s.label)).toEqual([
      "Dedicated, before",
      "Licence change",
      "Dedicated, after",
      "− hosts (licence share removed)",
      "− licence (per-core)",
      "− datastores",
      "− own backup",
      "± network",
      "+ vCPU",
      "+ RAM",
      "+ storage (provisioned)",
      "+ managed backup per VM",
      "+ managed backup storage",
      "Shared",
    ]);
  });

  it("has the bills' totals and the hand-computed changes, in EUR per month", () => {
    const at = (label: string) => steps.find((s) => s.label === label)!;
    // result.cost.monthly of the reference: 3 hosts × 1,500 + 600 + 450 + 150 = 5,700
    expect(at("Dedicated, before")).toEqual({
      label: "Dedicated, before",
      kind: "total",
      from: 0,
      to: 5700,
    });
    // licence change: 7,736 − 5,700 = +2,036 (3 × 1,320 + 96 cores × 322 ÷ 12 + 1,200)
    expect(at("Licence change").to - at("Licence change").from).toBeCloseTo(2036, 9);
    expect(at("Dedicated, after").to).toBeCloseTo(7736, 9);
    // network: 50 shared − 150 dedicated
    expect(at("± network").to - at("± network").from).toBeCloseTo(-100, 9);
    expect(at("+ RAM").to - at("+ RAM").from).toBeCloseTo(320 * 6, 9);
    expect(at("Shared").to).toBeCloseTo(4130, 9);
  });

  it("chains: each change starts where the running total stands and the last one ends on the shared bill", () => {
    for (let i = 1; i < steps.length; i++) {
      const [prev, step] = [steps[i - 1]!, steps[i]!];
      if (step.kind === "change") expect(step.from).toBeCloseTo(prev.to, 9);
    }
    expect(steps[steps.length - 2]!.to).toBeCloseTo(result.cost.monthly.shared.totalPerMonth, 9);
  });

  it("leaves out lines equal in both bills and ends on the shared bill for any amounts (invariant)", () => {
    const items = ["network", "vCPU", "backup"];
    const bill = fc.uniqueArray(fc.constantFrom(...items), { maxLength: 3 }).chain((names) =>
      fc.tuple(...names.map(() => fc.integer({ min: 0, max: 10_000 }))).map((amounts) =>
        names.map((item, i) => ({
          item,
          quantity: 1,
          unit: "month",
          unitPricePerMonth: amounts[i]!,
          unitPriceFrom: "test",
          amountPerMonth: amounts[i]!,
        })),
      ),
    );
    fc.assert(
      fc.property(bill, bill, (after, shared) => {
        const total = (ls: typeof after) => ls.reduce((s, l) => s + l.amountPerMonth, 0);
        const r = {
          ...result,
          cost: {
            ...result.cost,
            monthly: {
              ...result.cost.monthly,
              dedicatedAfter: { lineItems: after, totalPerMonth: total(after) },
              shared: { lineItems: shared, totalPerMonth: total(shared) },
            },
          },
        } as SimulationResult;
        const s = billWaterfall(r);
        expect(s[s.length - 2]!.to).toBe(total(shared));
        for (const step of s.slice(3, -1)) expect(step.to).not.toBe(step.from);
      }),
    );
  });
});

describe("tcoLines on the reference result", () => {
  const tco = tcoLines(result);

  it("has one cumulative line per option over the horizon, month 0 to 60", () => {
    expect(tco.months).toBe(60);
    expect(tco.lines.map((l) => l.cumulative.length)).toEqual([61, 61, 61]);
    const flows = result.cost.tco.flowsPerMonth.dedicatedBefore;
    expect(tco.lines[0]!.cumulative[60]).toBeCloseTo(
      flows.reduce((s, f) => s + f, 0),
      6,
    );
    // moving: the one-off at month 0 (2,500 in the reference), then the moved flows
    expect(tco.lines[2]!.cumulative[0]).toBe(
      result.cost.tco.vsBeforeLicenceChange.movedFlowsPerMonth[0],
    );
  });

  it("marks the payback against the scenario's baseline where the moved line meets it", () => {
    expect(result.cost.savingsBaseline).toBe("beforeLicenceChange");
    expect(tco.baseline).toBe("Stay dedicated, before the licence change");
    const m = tco.paybackMonth!;
    expect(m).toBe(result.cost.tco.vsBeforeLicenceChange.paybackMonth);
    const [baseline, moved] = [tco.lines[0]!.cumulative, tco.lines[2]!.cumulative];
    expect(moved[m]!).toBeLessThanOrEqual(baseline[m]! + 1e-6);
    expect(moved[m - 1]!).toBeGreaterThan(baseline[m - 1]!);
    expect(tco.paybackCumulative).toBe(moved[m]);
  });
});

describe("licenceBars on the reference result", () => {
  it("compares the old RAM-based licence with the new per-core one, per month", () => {
    const bars = licenceBars(result);
    expect(bars.map((b) => [b.category, b.series])).toEqual([
      ["Before: ram-points", "in the bill"],
      ["Before: ram-points", "from the terms"],
      ["After: per-core", "in the bill"],
      ["After: per-core", "from the terms"],
    ]);
    // embedded: 3 hosts × 1,500 × 12 % = 540; computed: 160 GB vRAM × 3.15 = 504;
    // per-core: 96 cores × 26.83 = 2,576 (result.cost.monthly of the reference)
    expect(bars[0]!.value).toBeCloseTo(540, 9);
    expect(bars[1]!.value).toBeCloseTo(160 * 3.15, 9);
    expect(bars[2]!.value).toBeCloseTo(2576, 9);
    expect(bars[3]!.value).toBe(bars[2]!.value);
    expect(bars[2]!.label).toBe("2,576 EUR");
  });
});

describe("forecastFacts and runOutMarkers on the reference result", () => {
  it("states time remaining with and without a host failed, the constraint, VMs remaining and the host to add", () => {
    const facts = Object.fromEntries(forecastFacts(result));
    expect(facts["Time remaining"]).toBe("more than 60 months");
    expect(facts["Time remaining with a host failed"]).toBe("42 months");
    expect(facts["Most constrained resource"]).toBe(
      "memory with a host failed (83.3 % used today)",
    );
    expect(facts["VMs remaining"]).toMatch(/^20 \(12 with a host failed\)/);
    expect(facts["Hosts to add"]).toMatch(
      /^month 42: \+1 host \(4 in all\), \+2,179 EUR per month$/,
    );
  });

  it("puts one marker per resource at its run-out month and one per host addition", () => {
    const markers = runOutMarkers(result);
    expect(markers.map((m) => [m.row, m.month])).toEqual([
      ["CPU", null],
      ["memory", null],
      ["storage", null],
      ["CPU with a host failed", null],
      ["memory with a host failed", 42],
      ["hosts added", 42],
    ]);
    expect(markers[4]!.usedTodayFraction).toBeCloseTo(result.forecast.now.n1Memory, 12);
    expect(markers[0]!.label).toBe("not within 60 months");
    expect(markers[5]!.label).toBe("+1 host, +2,179 EUR/month");
  });
});

describe("the cost and forecast transforms on the other built-in scenarios", () => {
  it.each(["reference-vvf", "reference-hot-database"])(
    "%s: the waterfall ends on the shared bill, the TCO lines span the horizon, every resource has a marker",
    async (name) => {
      const r = runScenario(await loadScenario(name));
      const steps = billWaterfall(r);
      expect(steps[steps.length - 2]!.to).toBeCloseTo(r.cost.monthly.shared.totalPerMonth, 6);
      expect(steps[steps.length - 1]!.to).toBe(r.cost.monthly.shared.totalPerMonth);
      const tco = tcoLines(r);
      for (const l of tco.lines) expect(l.cumulative).toHaveLength(tco.months + 1);
      expect(licenceBars(r)).toHaveLength(4);
      expect(runOutMarkers(r).filter((m) => m.kind === "exhausted")).toHaveLength(5);
      expect(forecastFacts(r)).toHaveLength(7);
    },
  );
});
