import { describe, expect, it } from "vitest";
import { buildMonteCarloResult } from "../../../scenarios/montecarlo/buildMonteCarloResult.ts";
import type { ReplicationMetrics } from "../../../scenarios/montecarlo/replicationMetrics.ts";
import type { Target } from "../../../scenarios/result/SimulationResult.ts";
import type { Scenario } from "../../../scenarios/Scenario.ts";
import {
  missBars,
  monteCarloHistograms,
  variedRows,
} from "../../../web/transforms/monteCarloFigures.ts";

/** Ten hand-made replications: makespan 10…19 h, target missed in replications 8 and 9. */
const SAMPLES: ReplicationMetrics[] = Array.from({ length: 10 }, (_, i) => ({
  replication: i,
  makespanSeconds: (10 + i) * 3600,
  maxDowntimeSeconds: 0.5 + i / 10,
  savingsFraction: 0.3 - i / 100,
  latencyP95AfterMs: 40 + i,
  latencyP95DuringMs: 50 + i,
  hostNeededMonths: 40 + i,
  pass: { "migration.makespan": i < 8, "cost.savings": true },
}));

const TARGETS: Target[] = [
  {
    id: "migration.makespan",
    label: "Makespan",
    value: 10 * 3600,
    limit: 17.5 * 3600,
    unit: "s",
    pass: true,
  },
  { id: "cost.savings", label: "Saving", value: 0.3, limit: 0.2, unit: "fraction", pass: true },
];

const SCENARIO = {
  name: "hand",
  title: "Hand-made",
  file: "hand.json",
  seed: 1,
  migration: {
    dirtyRate: { value: 0.1, low: 0.05, high: 0.2, distribution: "pert", source: "test" },
  },
} as unknown as Scenario;

const RESULT = buildMonteCarloResult(
  SCENARIO,
  TARGETS,
  SAMPLES,
  { runs: 10, shard: "1/1" },
  { wallSeconds: 1, workers: 1, replicationsPerSecond: 10 },
);

describe("monteCarloHistograms(result)", () => {
  it("draws the makespan, longest stun, saving, site p95 after and months to a host, in that order, with their units", () => {
    const h = monteCarloHistograms(RESULT);
    expect(h.map((x) => x.metric)).toEqual([
      "makespanSeconds",
      "maxDowntimeSeconds",
      "savingsFraction",
      "latencyP95AfterMs",
      "hostNeededMonths",
    ]);
    expect(h.map((x) => x.unit)).toEqual(["s", "s", "fraction", "ms", "months"]);
    expect(new Set(h.map((x) => x.id)).size).toBe(5);
    // no target: percentiles only, no limit line
    expect(h[4]!.markers.map((m) => m.label)).toEqual(["P50", "P90", "P95"]);
  });

  it("bins every replication (Sturges: ⌈log₂ 10⌉ + 1 = 5 bins) over the samples' range", () => {
    const makespan = monteCarloHistograms(RESULT)[0]!;
    expect(makespan.samples).toBe(10);
    expect(makespan.bins).toHaveLength(5);
    expect(makespan.bins[0]!.x0).toBe(10 * 3600);
    expect(makespan.bins.at(-1)!.x1).toBe(19 * 3600);
    expect(makespan.bins.map((b) => b.count)).toEqual([2, 2, 2, 2, 2]);
  });

  it("marks P50, P90, P95 as the study summarised them, then the matching target's limit", () => {
    const [makespan, stun, saving] = monteCarloHistograms(RESULT);
    expect(makespan!.markers.map((m) => m.label)).toEqual(["P50", "P90", "P95", "limit"]);
    expect(makespan!.markers[0]!.value).toBe(RESULT.metrics.makespanSeconds!.p50.value);
    expect(makespan!.markers[2]!.value).toBe(RESULT.metrics.makespanSeconds!.p95.value);
    expect(makespan!.markers[3]).toEqual({ label: "limit", value: 17.5 * 3600, kind: "limit" });
    expect(saving!.markers.at(-1)).toEqual({ label: "limit", value: 0.2, kind: "limit" });
    // no stun target in this study: percentiles only
    expect(stun!.markers.map((m) => m.kind)).toEqual(["percentile", "percentile", "percentile"]);
  });
});

describe("missBars(result)", () => {
  it("gives each target's miss probability and Wilson interval from the study, with a readable count", () => {
    const bars = missBars(RESULT);
    const makespan = bars.find((b) => b.id === "migration.makespan")!;
    expect(makespan.probability).toBeCloseTo(0.2, 12);
    expect(makespan.lower).toBeLessThan(0.2);
    expect(makespan.upper).toBeGreaterThan(0.2);
    expect(makespan.label).toBe("Makespan");
    expect(makespan.text).toMatch(/^2 of 10 \(20\.0 %, 95 % CI [\d.]+ %–[\d.]+ %\)$/);
    expect(bars.find((b) => b.id === "cost.savings")!.probability).toBe(0);
  });
});

describe("variedRows(result)", () => {
  it("lists each varied input: path, distribution, low, most likely, high", () => {
    expect(variedRows(RESULT)).toEqual([["migration.dirtyRate", "pert", "0.05", "0.1", "0.2"]]);
  });
});
