import { describe, expect, it } from "vitest";
import { nextSwitchoverSeconds } from "../../../models/orchestration/nextSwitchoverSeconds.ts";
import { planWaves } from "../../../models/orchestration/planWaves.ts";

const vms = [
  { name: "a1", group: "a" },
  { name: "b1", group: "b" },
  { name: "a2", group: "a" },
  { name: "x", group: null },
  { name: "c1", group: "c" },
];

describe("planWaves(vms, options)", () => {
  it("keeps groups together, listed groups first, others in order of appearance", () => {
    expect(planWaves(vms, { groupBy: "group", order: ["c", "b"] })).toEqual([
      ["c1"],
      ["b1"],
      ["a1", "a2"],
      ["x"],
    ]);
  });
  it("packs whole groups into waves of at most maxVmsPerWave", () => {
    expect(planWaves(vms, { groupBy: "group", order: [], maxVmsPerWave: 3 })).toEqual([
      ["a1", "a2", "b1"],
      ["x", "c1"],
    ]);
  });
  it("splits a group larger than a wave", () => {
    expect(planWaves(vms, { groupBy: "group", order: [], maxVmsPerWave: 1 })).toEqual([
      ["a1"],
      ["a2"],
      ["b1"],
      ["x"],
      ["c1"],
    ]);
  });
  it("ignores groups with groupBy none", () => {
    expect(planWaves(vms, { groupBy: "none", order: [], maxVmsPerWave: 2 })).toEqual([
      ["a1", "b1"],
      ["a2", "x"],
      ["c1"],
    ]);
  });
});

describe("nextSwitchoverSeconds(now, windows)", () => {
  const windows = [
    { startSeconds: 100, lengthSeconds: 50 },
    { startSeconds: 300, lengthSeconds: 50 },
  ];
  it("is now inside a window or with no windows", () => {
    expect(nextSwitchoverSeconds(120, windows)).toBe(120);
    expect(nextSwitchoverSeconds(7, [])).toBe(7);
  });
  it("waits for the next window", () => {
    expect(nextSwitchoverSeconds(10, windows)).toBe(100);
    expect(nextSwitchoverSeconds(150, windows)).toBe(300);
  });
  it("is now after the last window (the plan overruns)", () => {
    expect(nextSwitchoverSeconds(400, windows)).toBe(400);
  });
});
