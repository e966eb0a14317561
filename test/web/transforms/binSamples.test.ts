import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { binSamples } from "../../../web/transforms/binSamples.ts";

describe("binSamples(values, binCount)", () => {
  it("splits the range into equal-width bins, the last one closed (hand count)", () => {
    // range 0…10 in 5 bins of width 2: [0,2) {0,1}, [2,4) {2}, [4,6) {}, [6,8) {7}, [8,10] {9.5,10}
    expect(binSamples([10, 0, 1, 2, 7, 9.5], 5)).toEqual([
      { x0: 0, x1: 2, count: 2 },
      { x0: 2, x1: 4, count: 1 },
      { x0: 4, x1: 6, count: 0 },
      { x0: 6, x1: 8, count: 1 },
      { x0: 8, x1: 10, count: 2 },
    ]);
  });

  it("uses Sturges' rule by default: ⌈log₂ n⌉ + 1 bins (8 values → 4 bins)", () => {
    expect(binSamples([1, 2, 3, 4, 5, 6, 7, 8])).toHaveLength(4);
    expect(binSamples([1, 2])).toHaveLength(2);
  });

  it("puts equal values in one bin of zero width", () => {
    expect(binSamples([3, 3, 3], 4)).toEqual([{ x0: 3, x1: 3, count: 3 }]);
  });

  it("leaves non-finite values out and returns no bin when none is finite", () => {
    expect(binSamples([Number.NaN, Number.POSITIVE_INFINITY])).toEqual([]);
    expect(binSamples([]).length).toBe(0);
    const bins = binSamples([1, Number.NaN, 2, Number.POSITIVE_INFINITY], 2);
    expect(bins.reduce((a, b) => a + b.count, 0)).toBe(2);
  });

  it("refuses a bin count that is not a whole number ≥ 1", () => {
    expect(() => binSamples([1, 2], 0)).toThrow(RangeError);
    expect(() => binSamples([1, 2], 1.5)).toThrow(RangeError);
  });

  it("keeps every finite value, in contiguous bins covering [min, max] that hold their values", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 200 }),
        fc.integer({ min: 1, max: 30 }),
        (values, count) => {
          const bins = binSamples(values, count);
          expect(bins.reduce((a, b) => a + b.count, 0)).toBe(values.length);
          expect(bins[0]!.x0).toBe(Math.min(...values));
          expect(bins.at(-1)!.x1).toBe(Math.max(...values));
          for (let i = 1; i < bins.length; i++) expect(bins[i]!.x0).toBe(bins[i - 1]!.x1);
          for (const v of values) {
            const holder = bins.filter((b) => v >= b.x0 - 1e-9 && v <= b.x1 + 1e-9);
            expect(holder.length).toBeGreaterThan(0);
          }
        },
      ),
    );
  });
});
