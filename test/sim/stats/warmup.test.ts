import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normal } from "../../../sim/random/normal.ts";
import { RandomStreams } from "../../../sim/random/RandomStreams.ts";
import { deleteWarmup, mserTruncation } from "../../../sim/stats/warmup.ts";

describe("mserTruncation(series, batchSize = 5)", () => {
  it("cuts exactly a planted step: 5 observations at 9, then 95 at 1", () => {
    // Hand calculation: deleting the first batch leaves 19 identical batch means, so
    // MSER(1) = 0, the minimum; ties go to the smallest d.
    const series = [...Array(5).fill(9), ...Array(95).fill(1)];
    expect(mserTruncation(series)).toEqual({ truncateBatches: 1, truncateObservations: 5 });
  });

  it("finds a planted exponentially decaying transient in noisy output", () => {
    // Y_i = 10·exp(−i/50) + N(0, 1), n = 2000: the bias falls below the noise's standard error
    // of a batch mean (1/√5 ≈ 0.45) after i ≈ 50·ln(10/0.45) ≈ 155, and is negligible (< 0.05)
    // after i ≈ 265. MSER-5 should cut somewhere in [100, 500] and remove most of the bias.
    const rng = new RandomStreams(7).stream("transient");
    const series = Array.from(
      { length: 2000 },
      (_, i) => 10 * Math.exp(-i / 50) + normal(rng, 0, 1),
    );
    const { truncateObservations } = mserTruncation(series);
    expect(truncateObservations).toBeGreaterThanOrEqual(100);
    expect(truncateObservations).toBeLessThanOrEqual(500);
    const kept = deleteWarmup(series, truncateObservations);
    const keptMean = kept.reduce((sum, x) => sum + x, 0) / kept.length;
    expect(Math.abs(keptMean)).toBeLessThan(0.1);
  });

  it("deletes nothing from a stationary series without a transient", () => {
    // Every batch mean equal: MSER(d) = 0 for all d, and the tie goes to d = 0.
    expect(mserTruncation(Array(50).fill(3)).truncateObservations).toBe(0);
  });

  it("searches only the first half of the batches and always keeps at least 2", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), {
          minLength: 10,
          maxLength: 300,
        }),
        fc.integer({ min: 1, max: 5 }),
        (series, batchSize) => {
          const batches = Math.floor(series.length / batchSize);
          const { truncateBatches, truncateObservations } = mserTruncation(series, batchSize);
          expect(truncateBatches).toBeLessThanOrEqual(Math.floor(batches / 2));
          expect(batches - truncateBatches).toBeGreaterThanOrEqual(2);
          expect(truncateObservations).toBe(truncateBatches * batchSize);
        },
      ),
    );
  });

  it("ignores a trailing partial batch", () => {
    const series = [...Array(5).fill(9), ...Array(95).fill(1)];
    expect(mserTruncation([...series, 1000, 1000])).toEqual(mserTruncation(series));
  });

  it("throws a RangeError for fewer than 2 batches, a bad batch size or a non-finite value", () => {
    expect(() => mserTruncation([1, 2, 3, 4, 5, 6, 7, 8, 9])).toThrow(
      /at least 2 batches \(10 observations for batchSize 5\), got 9/,
    );
    expect(() => mserTruncation(Array(20).fill(1), 0)).toThrow(/batchSize .*got 0/);
    expect(() => mserTruncation(Array(20).fill(1), 2.5)).toThrow(RangeError);
    const withNaN = Array(20).fill(1);
    withNaN[7] = Number.NaN;
    expect(() => mserTruncation(withNaN)).toThrow(/series\[7\] is NaN/);
  });
});

describe("deleteWarmup(series, observations)", () => {
  it("drops the first observations and leaves the input untouched", () => {
    const series = [5, 4, 1, 2, 1];
    expect(deleteWarmup(series, 2)).toEqual([1, 2, 1]);
    expect(deleteWarmup(series, 0)).toEqual(series);
    expect(deleteWarmup(series, 5)).toEqual([]);
    expect(series).toEqual([5, 4, 1, 2, 1]);
  });

  it("throws a RangeError for a count that is negative, fractional or beyond the series", () => {
    expect(() => deleteWarmup([1, 2], 3)).toThrow(/integer in \[0, 2\], got 3/);
    expect(() => deleteWarmup([1, 2], -1)).toThrow(RangeError);
    expect(() => deleteWarmup([1, 2], 0.5)).toThrow(RangeError);
  });
});
