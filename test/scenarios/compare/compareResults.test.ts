import { beforeAll, describe, expect, it } from "vitest";
import {
  type Comparison,
  type ComparisonRow,
  compareResults,
} from "../../../scenarios/compare/compareResults.ts";
import { KEY_FIGURES } from "../../../scenarios/compare/keyFigures.ts";
import { loadScenario } from "../../../scenarios/load/loadScenario.ts";
import type { SimulationResult } from "../../../scenarios/result/SimulationResult.ts";
import { runScenario } from "../../../scenarios/run/runScenario.ts";

function row(comparison: Comparison, id: string): ComparisonRow {
  const found = comparison.rows.find((r) => r.id === id);
  if (found === undefined) throw new Error(`no row ${id}`);
  return found;
}

let reference: SimulationResult;
let oneGbe: SimulationResult;
let vvf: SimulationResult;

beforeAll(async () => {
  reference = runScenario(await loadScenario("reference"));
  oneGbe = runScenario(await loadScenario("reference-1gbe"));
  vvf = runScenario(await loadScenario("reference-vvf"));
});

describe("compareResults", () => {
  it("names one column per scenario, in the order given", () => {
    const c = compareResults([reference, oneGbe]);
    expect(c.scenarios.map((s) => s.name)).toEqual([reference.scenario.name, oneGbe.scenario.name]);
    expect(c.scenarios[1]).toEqual({
      name: oneGbe.scenario.name,
      title: oneGbe.scenario.title,
      file: oneGbe.scenario.file,
      seed: oneGbe.scenario.seed,
    });
    for (const r of c.rows) expect(r.values).toHaveLength(2);
  });

  it("shows the 1 GbE move taking longer and marks the reference best on makespan", () => {
    const makespan = row(compareResults([reference, oneGbe]), "migration.makespanSeconds");
    const [ref, slow] = makespan.values as number[];
    expect(slow).toBeGreaterThan(ref!);
    expect(makespan.better).toBe("lower");
    expect(makespan.best).toBe(0);
    // in the other order the best index follows the reference
    expect(row(compareResults([oneGbe, reference]), "migration.makespanSeconds").best).toBe(1);
  });

  it("shows a lower host cost increase under VVF than under VCF", () => {
    const increase = row(compareResults([reference, vvf]), "cost.hostCostIncreaseFraction");
    const [vcf, vvfIncrease] = increase.values;
    expect(vcf).not.toBeNull();
    expect(vvfIncrease ?? 0).toBeLessThan(vcf!);
    expect(increase.best).toBe(1);
  });

  it("reads the rows from the results themselves", () => {
    const c = compareResults([reference, oneGbe]);
    expect(row(c, "migration.makespanSeconds").values).toEqual([
      reference.migration.makespanSeconds,
      oneGbe.migration.makespanSeconds,
    ]);
    expect(row(c, "cost.monthly.shared.totalPerMonth").values).toEqual([
      reference.cost.monthly.shared.totalPerMonth,
      oneGbe.cost.monthly.shared.totalPerMonth,
    ]);
    expect(row(c, "cost.monthly.shared.totalPerMonth").unit).toBe(
      `${reference.cost.currency}/month`,
    );
    // the longest stun is the largest per-VM downtime, the target's value
    const stun = row(c, "migration.vms.maxDowntimeSeconds").values[0]!;
    const target = reference.targets.find((t) => t.id === "migration.maxDowntime")!;
    expect(stun).toBeCloseTo(target.value!, 12);
    const bytes = row(c, "migration.link.bytesByKind").values[1]!;
    const sum = Object.values(oneGbe.migration.link.bytesByKind).reduce((a, b) => a + b, 0);
    expect(bytes).toBeCloseTo(sum, 0);
  });

  it("lists every target of every scenario first, with each scenario's value and verdict", () => {
    const c = compareResults([reference, oneGbe]);
    const ids = [...new Set([...reference.targets, ...oneGbe.targets].map((t) => t.id))];
    const targetRows = c.rows.filter((r) => r.pass !== undefined);
    expect(targetRows.map((r) => r.id)).toEqual(ids);
    expect(c.rows.slice(0, ids.length)).toEqual(targetRows);
    for (const r of targetRows) {
      const [a, b] = [reference, oneGbe].map((x) => x.targets.find((t) => t.id === r.id));
      expect(r.values).toEqual([a?.value ?? null, b?.value ?? null]);
      expect(r.pass).toEqual([a?.pass ?? null, b?.pass ?? null]);
      expect(r.best).toBeUndefined();
    }
    expect(c.rows.slice(ids.length).map((r) => r.id)).toEqual(KEY_FIGURES.map((f) => f.id));
  });

  it("marks a target missing from one scenario as null in that column", () => {
    const trimmed: SimulationResult = {
      ...oneGbe,
      targets: oneGbe.targets.filter((t) => t.id !== "cost.savings"),
    };
    const savings = row(compareResults([reference, trimmed]), "cost.savings");
    expect(savings.values[1]).toBeNull();
    expect(savings.pass?.[1]).toBeNull();
  });

  it("marks no best on a tie, nor where no direction applies", () => {
    const c = compareResults([reference, reference]);
    for (const r of c.rows) expect(r.best).toBeUndefined();
    const before = row(compareResults([reference, oneGbe]), "latency.before.p95Ms");
    expect(before.better).toBeUndefined();
    expect(before.best).toBeUndefined();
  });

  it("ranks a missing payback as worst and capacity beyond the horizon as best", () => {
    const never: SimulationResult = {
      ...oneGbe,
      cost: {
        ...oneGbe.cost,
        tco: {
          ...oneGbe.cost.tco,
          vsBeforeLicenceChange: { ...oneGbe.cost.tco.vsBeforeLicenceChange, paybackMonth: null },
        },
      },
      forecast: {
        ...oneGbe.forecast,
        timeRemainingMonths: { withoutFailure: null, withHostFailed: null },
      },
    };
    const withReference = { ...reference, forecast: { ...reference.forecast } };
    withReference.forecast.timeRemainingMonths = { withoutFailure: 30, withHostFailed: 12 };
    const c = compareResults([withReference, never]);
    expect(row(c, "cost.tco.vsBeforeLicenceChange.paybackMonth").best).toBe(0);
    expect(row(c, "cost.tco.vsBeforeLicenceChange.paybackMonth").nullText).toBe("never");
    expect(row(c, "forecast.timeRemainingMonths.withHostFailed").best).toBe(1);
  });

  it("keeps each scenario's currency and marks no best when currencies differ", () => {
    const dollars: SimulationResult = { ...oneGbe, cost: { ...oneGbe.cost, currency: "USD" } };
    const bill = row(compareResults([reference, dollars]), "cost.monthly.shared.totalPerMonth");
    expect(bill.units).toEqual([`${reference.cost.currency}/month`, "USD/month"]);
    expect(bill.best).toBeUndefined();
  });
});
