import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { maxOf, minOf } from "../../../sim/stats/extremes.ts";

describe("maxOf / minOf", () => {
  it("agree with Math.max / Math.min on any short array, NaN included", () => {
    fc.assert(
      fc.property(fc.array(fc.double()), (values) => {
        expect(maxOf(values)).toBe(Math.max(...values));
        expect(minOf(values)).toBe(Math.min(...values));
      }),
    );
  });

  it("order −0 below +0, as Math.max and Math.min do", () => {
    expect(Object.is(maxOf([-0, 0]), 0)).toBe(true);
    expect(Object.is(minOf([0, -0]), -0)).toBe(true);
  });

  it("give the chosen value for no values", () => {
    expect(maxOf([], 0)).toBe(0);
    expect(minOf([])).toBe(Number.POSITIVE_INFINITY);
  });

  it("take half a million values, where spreading them into Math.max overflows the stack", () => {
    const values = Array.from({ length: 500_000 }, (_, i) => (i * 7919) % 500_000);
    expect(() => Math.max(...values)).toThrow(RangeError);
    expect(maxOf(values)).toBe(499_999);
    expect(minOf(values)).toBe(0);
  });
});
