import { beforeAll, describe, expect, it } from "vitest";
import { formatMoney } from "../../../scenarios/format.ts";
import { loadScenario } from "../../../scenarios/load/loadScenario.ts";
import type { SimulationResult } from "../../../scenarios/result/SimulationResult.ts";
import { runScenario } from "../../../scenarios/run/runScenario.ts";
import { whatIfFigures } from "../../../web/whatIf/whatIfFigures.ts";

let reference: SimulationResult;
let oneGbe: SimulationResult;
beforeAll(async () => {
  reference = runScenario(await loadScenario("reference"));
  oneGbe = runScenario(await loadScenario("reference-1gbe"));
}, 120_000);

describe("whatIfFigures(scenario, whatIf)", () => {
  it("sets the six key figures side by side, read from both results", () => {
    const rows = whatIfFigures(reference, oneGbe);
    expect(rows.map((r) => r.id)).toEqual([
      "migration.makespan",
      "migration.maxDowntime",
      "latency.p95.after",
      "cost.monthly.shared",
      "cost.savings",
      "capacity.n1",
    ]);
    const bill = rows.find((r) => r.id === "cost.monthly.shared")!;
    expect(bill.scenario).toBe(
      `${formatMoney(reference.cost.monthly.shared.totalPerMonth, reference.scenario.currency)} a month`,
    );
  });

  it("gives a slower link's longer makespan as a signed change, marked worse", () => {
    const makespan = whatIfFigures(reference, oneGbe)[0]!;
    expect(oneGbe.migration.makespanSeconds).toBeGreaterThan(reference.migration.makespanSeconds);
    expect(makespan.delta).toMatch(/^\+\S+ \S+ \(\+\d+ ?%\)$/);
    expect(makespan.direction).toBe("worse");
  });

  it("says no change for a run against itself", () => {
    for (const row of whatIfFigures(reference, reference)) {
      expect(row.scenario).toBe(row.whatIf);
      expect(row.delta).toBe("no change");
      expect(row.direction).toBe("same");
    }
  });

  it("shows a target either run could not assess as such, with no change", () => {
    const unassessed: SimulationResult = {
      ...oneGbe,
      targets: oneGbe.targets.map((t) =>
        t.id === "latency.p95.after"
          ? { ...t, value: null, pass: null, notAssessed: "no site" }
          : t,
      ),
    };
    const p95 = whatIfFigures(reference, unassessed).find((r) => r.id === "latency.p95.after")!;
    expect(p95.whatIf).toBe("not assessed");
    expect(p95.delta).toBe("—");
    expect(p95.direction).toBe("unknown");
  });
});
