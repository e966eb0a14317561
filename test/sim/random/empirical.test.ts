import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { empirical } from "../../../sim/random/empirical.ts";
import { RandomStreams } from "../../../sim/random/RandomStreams.ts";
import { sampleMoments } from "./sampleMoments.ts";

describe("empirical(rng, values)", () => {
  it("resamples [1, 2, 2, 7] with mean 3 and variance 5.5 (population moments) within 5 standard errors", () => {
    // Hand calculation: mean (1 + 2 + 2 + 7)/4 = 3; variance ((−2)² + 2·(−1)² + 4²)/4 = 5.5.
    const rng = new RandomStreams(101).stream("empirical");
    const m = sampleMoments(() => empirical(rng, [1, 2, 2, 7]), 200_000, 5.5);
    expect(Math.abs(m.mean - 3)).toBeLessThan(5 * m.meanStandardError);
    expect(Math.abs(m.variance - 5.5)).toBeLessThan(5 * m.varianceStandardError);
  });

  it("picks each of 5 positions with frequency 1/5 within 5 binomial standard errors", () => {
    const n = 200_000;
    const counts = [0, 0, 0, 0, 0];
    const rng = new RandomStreams(102).stream("empirical");
    for (let i = 0; i < n; i++) {
      const position = empirical(rng, [0, 1, 2, 3, 4]);
      counts[position] = (counts[position] ?? 0) + 1;
    }
    const standardError = Math.sqrt((0.2 * 0.8) / n);
    for (const count of counts) {
      expect(Math.abs(count / n - 0.2)).toBeLessThan(5 * standardError);
    }
  });

  it("always returns an element of the values, of any type", () => {
    fc.assert(
      fc.property(fc.integer(), fc.array(fc.anything(), { minLength: 1 }), (seed, values) => {
        const rng = new RandomStreams(seed).stream("support");
        for (let i = 0; i < 10; i++) expect(values).toContain(empirical(rng, values));
      }),
    );
  });

  it("throws a RangeError for no values", () => {
    expect(() => empirical(new RandomStreams(1).stream("e"), [])).toThrow(/must not be empty/);
  });
});
