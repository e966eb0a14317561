import { describe, expect, it } from "vitest";
import { quantileInterval } from "../../../sim/stats/quantileInterval.ts";
import { wilsonInterval } from "../../../sim/stats/wilsonInterval.ts";

describe("wilsonInterval(successes, trials)", () => {
  it("matches a hand computation: 10 of 100 at 95% → [0.0552, 0.1744]", () => {
    // z = 1.959964; centre = (0.1 + z²/200) / (1 + z²/100); half = z·√(0.1·0.9/100 + z²/40000) / (1 + z²/100)
    const { proportion, lower, upper } = wilsonInterval(10, 100);
    expect(proportion).toBe(0.1);
    expect(lower).toBeCloseTo(0.05523, 4);
    expect(upper).toBeCloseTo(0.17437, 4);
  });

  it("stays inside [0, 1] at 0 and n successes (the rule of three: 0 of 100 → upper ≈ 3.7%)", () => {
    expect(wilsonInterval(0, 100).lower).toBe(0);
    expect(wilsonInterval(0, 100).upper).toBeCloseTo(0.037, 3);
    expect(wilsonInterval(100, 100).upper).toBe(1);
  });

  it("refuses impossible counts", () => {
    expect(() => wilsonInterval(5, 4)).toThrow(RangeError);
    expect(() => wilsonInterval(1, 0)).toThrow(RangeError);
  });
});

describe("quantileInterval(values, q)", () => {
  const values = Array.from({ length: 1000 }, (_, i) => i + 1);

  it("estimates the quantile by the order statistic at rank ⌈n·q⌉", () => {
    expect(quantileInterval(values, 0.5).value).toBe(500);
    expect(quantileInterval(values, 0.9).value).toBe(900);
  });

  it("brackets it by ranks n·q ∓ 1.96·√(n·q·(1−q)): P90 of 1..1000 → about [881, 919]", () => {
    const { lower, upper } = quantileInterval(values, 0.9);
    // 1.96 · √(1000 · 0.9 · 0.1) = 18.6
    expect(lower).toBe(881);
    expect(upper).toBe(920);
  });

  it("does not depend on the order of the values", () => {
    const shuffled = [...values].reverse();
    expect(quantileInterval(shuffled, 0.95)).toEqual(quantileInterval(values, 0.95));
  });
});
