import { describe, expect, it } from "vitest";
import { loadScenario } from "../../../scenarios/load/loadScenario.ts";
import type { SimulationResult } from "../../../scenarios/result/SimulationResult.ts";
import { runScenario } from "../../../scenarios/run/runScenario.ts";
import { heatmapCells } from "../../../web/transforms/heatmapCells.ts";
import { latencyBars, unboundedLatencies } from "../../../web/transforms/latencyBars.ts";

const reference = runScenario(await loadScenario("reference"));

/** A copy of the reference result through JSON, as the report reads it (Infinity → null). */
function viaJson(mutate: (r: SimulationResult) => void): SimulationResult {
  const copy = structuredClone(reference);
  mutate(copy);
  return JSON.parse(JSON.stringify(copy)) as SimulationResult;
}

describe("latencyBars: before, during and after like for like", () => {
  it("over the migration's hours, before and after are the same hours on one platform, not the weekly peak", () => {
    const bars = latencyBars(reference);
    const same = reference.latency.duringMigration.sameHours;
    for (const p of ["p50", "p95", "p99"] as const) {
      const at = (when: string) => bars.find((b) => b.percentile === p && b.when === when)?.ms;
      expect(at("before")).toBe(same.source[`${p}Ms`]);
      expect(at("during")).toBe(reference.latency.during![`${p}Ms`]);
      expect(at("after")).toBe(same.target[`${p}Ms`]);
    }
  });

  it("at the weekly peak hour: before and after only, the latency target's figures", () => {
    const bars = latencyBars(reference, "peakHour");
    expect(bars.map((b) => b.when)).toEqual([
      "before",
      "after",
      "before",
      "after",
      "before",
      "after",
    ]);
    expect(bars.find((b) => b.percentile === "p95" && b.when === "after")?.ms).toBe(
      reference.latency.after!.p95Ms,
    );
  });

  it("draws no bar for an unbounded percentile (null in the JSON) and names it, per basis", () => {
    const saturated = viaJson((r) => {
      r.latency.duringMigration.sameHours.source.p99Ms = Number.POSITIVE_INFINITY;
      r.latency.before!.p95Ms = Number.POSITIVE_INFINITY;
    });
    expect(unboundedLatencies(saturated)).toEqual(["p99 before"]);
    expect(latencyBars(saturated)).toHaveLength(8);
    expect(unboundedLatencies(saturated, "peakHour")).toEqual(["p95 before"]);
    expect(latencyBars(saturated, "peakHour")).toHaveLength(5);
  });

  it("gives nothing when latency is not assessed", () => {
    const none = viaJson((r) => {
      r.latency = { ...r.latency, before: null, during: null, after: null, notAssessed: "no site" };
    });
    expect(latencyBars(none)).toEqual([]);
    expect(latencyBars(none, "peakHour")).toEqual([]);
    expect(unboundedLatencies(none)).toEqual([]);
  });
});

describe("heatmapCells: load as it is, never clipped at 100 %", () => {
  it("keeps a load of 324 % (the chart shows it in the alarm colour)", () => {
    const over = structuredClone(reference);
    const host = over.platform.after.hosts[0]!;
    host.cpuDemandCores[3] = host.capacityCores * 3.24;
    const cell = heatmapCells(over, "after").find((c) => c.host === host.host && c.hour === 3);
    expect(cell?.load).toBeCloseTo(3.24, 12);
  });
});
