import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { periodicRangeMax } from "../../../models/series/periodicRangeMax.ts";
import { MAX_SERIES_POINTS, seriesStride } from "../../../models/series/seriesStride.ts";

describe("seriesStride(steps, maxPoints)", () => {
  it("is 1 (hourly) while the steps fit in the bound", () => {
    expect(seriesStride(0)).toBe(1);
    expect(seriesStride(MAX_SERIES_POINTS)).toBe(1);
  });

  it("is ⌈steps ÷ maxPoints⌉ beyond: 12,863 hours (a 536-day move) in 4-hour points", () => {
    expect(seriesStride(12_863)).toBe(4);
    expect(seriesStride(MAX_SERIES_POINTS + 1)).toBe(2);
  });

  it("keeps the series within the bound, at the smallest such stride", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e9 }),
        fc.integer({ min: 1, max: 10_000 }),
        (steps, maxPoints) => {
          const stride = seriesStride(steps, maxPoints);
          expect(Math.ceil(steps / stride)).toBeLessThanOrEqual(maxPoints);
          if (stride > 1) expect(Math.ceil(steps / (stride - 1))).toBeGreaterThan(maxPoints);
        },
      ),
    );
  });

  it("throws a RangeError for a bound that is not an integer ≥ 1", () => {
    expect(() => seriesStride(10, 0)).toThrow(RangeError);
    expect(() => seriesStride(10, 1.5)).toThrow(RangeError);
  });
});

describe("periodicRangeMax(valueAt, from, to, period)", () => {
  it("finds the largest value and its first step, reading at most a period of values", () => {
    let reads = 0;
    const valueAt = (k: number) => {
      reads++;
      return [1, 5, 2][k % 3] ?? 0;
    };
    expect(periodicRangeMax(valueAt, 3, 1_000_000, 3)).toEqual({ max: 5, step: 4 });
    expect(reads).toBe(3);
  });

  it("equals the maximum over every step of the range (any range, any period)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 30 }),
        fc.nat(100),
        fc.nat(200),
        (week, from, length) => {
          const valueAt = (k: number) => week[k % week.length] ?? 0;
          const all = Array.from({ length }, (_, i) => valueAt(from + i));
          const r = periodicRangeMax(valueAt, from, from + length, week.length);
          if (length === 0) {
            expect(r.step).toBe(-1);
            return;
          }
          expect(r.max).toBe(Math.max(...all));
          expect(r.step).toBe(from + all.indexOf(r.max));
        },
      ),
    );
  });
});
