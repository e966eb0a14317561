import { describe, expect, it } from "vitest";
import { erlangC } from "../../../sim/theory/erlangC.ts";

describe("erlangC(λ, μ, c)", () => {
  it("reduces to M/M/1: Wq = ρ / (μ − λ), P(wait) = ρ", () => {
    const m = erlangC(0.9, 1, 1);
    expect(m.waitProbability).toBeCloseTo(0.9, 12);
    expect(m.meanWaitSeconds).toBeCloseTo(9, 12);
    expect(m.meanQueueLength).toBeCloseTo(8.1, 12);
  });

  it("matches a hand computation for M/M/2 with a = 1.8", () => {
    // P0 = [1 + a + a²/(2!(1−ρ))]⁻¹ with a = 1.8, ρ = 0.9: 1 + 1.8 + 3.24/0.2 = 19 → P0 = 1/19
    // C = a²/(2!(1−ρ)) · P0 = 16.2/19; Wq = C / (cμ − λ) = (16.2/19) / 0.2
    const m = erlangC(1.8, 1, 2);
    expect(m.waitProbability).toBeCloseTo(16.2 / 19, 12);
    expect(m.meanWaitSeconds).toBeCloseTo(16.2 / 19 / 0.2, 12);
  });

  it("matches the published Erlang-C table value for c = 10, a = 8 erlangs", () => {
    // Tables of C(c, a): C(10, 8) ≈ 0.4092 (e.g. Kleinrock, Queueing Systems Vol. 1, §3.4 formula)
    expect(erlangC(8, 1, 10).waitProbability).toBeCloseTo(0.4092, 4);
  });

  it("is stable for hundreds of servers", () => {
    const m = erlangC(450, 1, 500);
    expect(Number.isFinite(m.meanWaitSeconds)).toBe(true);
    expect(m.waitProbability).toBeGreaterThan(0);
    expect(m.waitProbability).toBeLessThan(1);
  });

  it("reports an unstable queue (ρ ≥ 1) as infinite waits", () => {
    expect(erlangC(2, 1, 2).meanWaitSeconds).toBe(Number.POSITIVE_INFINITY);
  });

  it("rejects non-positive rates and fractional servers", () => {
    expect(() => erlangC(0, 1, 1)).toThrow(RangeError);
    expect(() => erlangC(1, -1, 1)).toThrow(RangeError);
    expect(() => erlangC(1, 1, 1.5)).toThrow(RangeError);
  });
});
