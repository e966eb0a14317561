import { describe, expect, it } from "vitest";
import type { Comparison } from "../../../scenarios/compare/compareResults.ts";
import { comparisonPanels, comparisonTable } from "../../../web/transforms/comparisonFigures.ts";

const scenario = (name: string) => ({ name, title: name, file: `${name}.json`, seed: 1 });

const COMPARISON: Comparison = {
  scenarios: [scenario("a"), scenario("b")],
  rows: [
    {
      id: "migration.makespan",
      label: "Makespan within the window",
      unit: "s",
      values: [36_000, 90_000],
      pass: [true, false],
    },
    {
      id: "migration.makespanSeconds",
      label: "Migration makespan",
      unit: "s",
      values: [36_000, 90_000],
      better: "lower",
      best: 0,
    },
    {
      id: "forecast.runOutMonths",
      label: "Capacity runs out",
      unit: "months",
      values: [null, 14],
      better: "higher",
      best: 0,
      nullText: "beyond horizon",
    },
    {
      id: "cost.monthly.shared.totalPerMonth",
      label: "Shared platform bill",
      unit: "EUR/month",
      units: ["EUR/month", "USD/month"],
      values: [4130, 4500],
      better: "lower",
    },
    {
      id: "latency.after.p95Ms",
      label: "Site p95 after (weekly peak)",
      unit: "ms",
      values: [42, 40],
      better: "lower",
      best: 1,
    },
  ],
};

describe("comparisonTable(comparison)", () => {
  it("shows targets with each scenario's value and pass/FAIL", () => {
    const [target] = comparisonTable(COMPARISON);
    expect(target!.kind).toBe("target");
    expect(target!.cells).toEqual([
      { text: "10 h", pass: true, best: false },
      { text: "25 h", pass: false, best: false },
    ]);
  });

  it("marks the single best value of a key figure and its direction", () => {
    const row = comparisonTable(COMPARISON)[1]!;
    expect(row.kind).toBe("figure");
    expect(row.better).toBe("lower");
    expect(row.cells.map((c) => c.best)).toEqual([true, false]);
    expect(row.cells[0]).not.toHaveProperty("pass");
  });

  it("shows a missing value as the row's null text and each value in its own currency", () => {
    const rows = comparisonTable(COMPARISON);
    expect(rows[2]!.cells[0]!.text).toBe("beyond horizon");
    expect(rows[3]!.cells.map((c) => c.text)).toEqual(["4,130 EUR/month", "4,500 USD/month"]);
    expect(rows[3]!.cells.some((c) => c.best)).toBe(false);
  });
});

describe("comparisonPanels(comparison, ids)", () => {
  it("draws the default key figures it can: skips mixed currencies, keeps the order asked", () => {
    const panels = comparisonPanels(COMPARISON);
    expect(panels.map((p) => p.id)).toEqual(["migration.makespanSeconds", "latency.after.p95Ms"]);
    expect(panels[0]!.bars).toEqual([
      { scenario: "a", value: 36_000, text: "10 h", best: true },
      { scenario: "b", value: 90_000, text: "25 h", best: false },
    ]);
  });

  it("skips a figure with a missing value", () => {
    expect(comparisonPanels(COMPARISON, ["forecast.runOutMonths"])).toEqual([]);
  });
});
