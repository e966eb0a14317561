import fc from "fast-check";
import { mean, sampleVariance } from "simple-statistics";
import { describe, expect, it } from "vitest";
import { Tally } from "../../../sim/stats/Tally.ts";

function tallyOf(values: readonly number[]): Tally {
  const tally = new Tally();
  for (const value of values) tally.observe(value);
  return tally;
}

describe("Tally", () => {
  it("summarises [2, 4, 4, 4, 5, 5, 7, 9]: mean 5, sample variance 32/7, min 2, max 9", () => {
    // Hand calculation: squared deviations 9 + 1 + 1 + 1 + 0 + 0 + 4 + 16 = 32, over n − 1 = 7.
    const tally = tallyOf([2, 4, 4, 4, 5, 5, 7, 9]);
    expect(tally.count).toBe(8);
    expect(Math.abs(tally.mean - 5)).toBeLessThan(1e-15);
    expect(Math.abs(tally.variance - 32 / 7)).toBeLessThan(1e-14);
    expect(Math.abs(tally.standardDeviation - Math.sqrt(32 / 7))).toBeLessThan(1e-14);
    expect(tally.min).toBe(2);
    expect(tally.max).toBe(9);
  });

  it("agrees with simple-statistics' mean and sampleVariance to 1e-9 relative on any finite data", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 2, maxLength: 200 }),
        (values) => {
          const tally = tallyOf(values);
          const scale = Math.max(...values.map(Math.abs), 1e-300);
          // The floor of 1e-300 covers data made only of subnormal numbers.
          expect(Math.abs(tally.mean - mean(values))).toBeLessThanOrEqual(1e-12 * scale + 1e-300);
          expect(Math.abs(tally.variance - sampleVariance(values))).toBeLessThanOrEqual(
            1e-9 * scale * scale + 1e-300,
          );
          // == rather than Object.is: -0 and +0 are the same minimum.
          expect(tally.min === Math.min(...values)).toBe(true);
          expect(tally.max === Math.max(...values)).toBe(true);
        },
      ),
    );
  });

  it("keeps full precision for a large offset: 1e9 + [4, 7, 13, 16] has variance 30", () => {
    // The textbook failure of the one-pass sum-of-squares formula (T. F. Chan, G. H. Golub,
    // R. J. LeVeque, "Algorithms for computing the sample variance", Am. Stat. 37(3), 1983).
    const tally = tallyOf([4, 7, 13, 16].map((x) => 1e9 + x));
    expect(Math.abs(tally.mean - (1e9 + 10))).toBeLessThan(1e-6);
    expect(Math.abs(tally.variance - 30)).toBeLessThan(1e-6);
  });

  it("reports NaN for statistics that need more observations than it has", () => {
    const empty = new Tally();
    expect(empty.count).toBe(0);
    expect(empty.mean).toBeNaN();
    expect(empty.variance).toBeNaN();
    expect(empty.min).toBeNaN();
    expect(empty.max).toBeNaN();
    const single = tallyOf([3]);
    expect(single.mean).toBe(3);
    expect(single.variance).toBeNaN();
    expect(single.standardDeviation).toBeNaN();
  });

  it("reset() forgets every observation", () => {
    const tally = tallyOf([100, 200]);
    tally.reset();
    tally.observe(1);
    tally.observe(3);
    expect(tally.count).toBe(2);
    expect(tally.mean).toBe(2);
    expect(tally.variance).toBe(2);
    expect(tally.min).toBe(1);
    expect(tally.max).toBe(3);
  });

  it("observe() throws a RangeError for NaN or infinite values, naming the value", () => {
    const tally = new Tally();
    expect(() => tally.observe(Number.NaN)).toThrow(/got NaN/);
    expect(() => tally.observe(Number.NEGATIVE_INFINITY)).toThrow(RangeError);
    expect(tally.count).toBe(0);
  });
});
