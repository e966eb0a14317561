import { describe, expect, it } from "vitest";
import type { Comparison } from "../../../scenarios/compare/compareResults.ts";
import { renderComparison } from "../../../scenarios/compare/renderComparison.ts";

// A hand-made comparison: the renderer only formats, so its input need not come from a run.
const comparison: Comparison = {
  scenarios: [
    { name: "fast", title: "Fast link", file: "fast.json", seed: 7 },
    { name: "slow-link", title: "Slow link", file: "slow.json", seed: 7 },
  ],
  rows: [
    {
      id: "migration.makespan",
      label: "Migration makespan",
      unit: "s",
      values: [3600 * 20, 3600 * 80],
      pass: [true, false],
    },
    {
      id: "migration.makespanSeconds",
      label: "Migration makespan",
      unit: "s",
      values: [3600 * 20, 3600 * 80],
      better: "lower",
      best: 0,
    },
    {
      id: "cost.tco.vsBeforeLicenceChange.paybackMonth",
      label: "Payback vs before the change",
      unit: "months",
      values: [6, null],
      better: "lower",
      best: 0,
      nullText: "never",
    },
    {
      id: "cost.monthly.shared.totalPerMonth",
      label: "Shared platform bill",
      unit: "EUR/month",
      values: [4130, 4130],
      better: "lower",
    },
  ],
};

describe("renderComparison", () => {
  const text = renderComparison(comparison);
  const lines = text.split("\n");

  it("heads the table with the scenario names and notes common random numbers on one seed", () => {
    expect(text).toMatch(/fast: Fast link \(fast\.json\), seed 7/);
    expect(text).toMatch(/same seed: common random numbers/);
    expect(lines.find((l) => l.trimStart().startsWith("key figure"))).toMatch(
      /key figure\s+fast\s+slow-link\s+better/,
    );
  });

  it("shows targets with pass/FAIL and figures with the best starred, in the units' formats", () => {
    expect(text).toMatch(/Migration makespan\s+20 h pass\s+80 h FAIL/);
    expect(text).toMatch(/Migration makespan\s+20 h \*\s+80 h\s+lower/);
    expect(text).toMatch(/Payback vs before the change\s+6 months \*\s+never\s+lower/);
    expect(text).toMatch(/Shared platform bill\s+4,130 EUR\/month\s+4,130 EUR\/month\s+lower/);
  });

  it("aligns the columns: every table row of a section has the same width up to the last column", () => {
    const figureLines = lines.filter((l) => /^ {2}(Migration makespan|Payback|Shared)/.test(l));
    const better = figureLines.slice(1).map((l) => l.lastIndexOf("lower"));
    expect(new Set(better).size).toBe(1);
  });

  it("warns about sampling noise when the seeds differ", () => {
    const other = renderComparison({
      ...comparison,
      scenarios: [comparison.scenarios[0]!, { ...comparison.scenarios[1]!, seed: 8 }],
    });
    expect(other).toMatch(/different seeds/);
  });
});
