import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normal } from "../../../sim/random/normal.ts";
import { RandomStreams } from "../../../sim/random/RandomStreams.ts";
import { sampleMoments } from "./sampleMoments.ts";

describe("normal(rng, mean, standardDeviation)", () => {
  it("has the given mean and variance within 5 standard errors (n = 200,000)", () => {
    const rng = new RandomStreams(31).stream("normal");
    const m = sampleMoments(() => normal(rng, 100, 15), 200_000, 225);
    expect(Math.abs(m.mean - 100)).toBeLessThan(5 * m.meanStandardError);
    expect(Math.abs(m.variance - 225)).toBeLessThan(5 * m.varianceStandardError);
  });

  it("returns the mean itself when the standard deviation is 0", () => {
    const rng = new RandomStreams(32).stream("normal");
    expect(normal(rng, 4.2, 0)).toBe(4.2);
  });

  it("returns a finite number for every finite mean and standard deviation", () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.double({ min: -1e300, max: 1e300, noNaN: true }),
        fc.double({ min: 0, max: 1e300, noNaN: true }),
        (seed, mean, sd) => {
          const rng = new RandomStreams(seed).stream("support");
          expect(Number.isFinite(normal(rng, mean, sd))).toBe(true);
        },
      ),
    );
  });

  it("throws a RangeError for a non-finite mean or a negative or non-finite standard deviation", () => {
    const rng = new RandomStreams(1).stream("errors");
    expect(() => normal(rng, Number.NaN, 1)).toThrow(/mean .*got NaN/);
    expect(() => normal(rng, 0, -1)).toThrow(/standardDeviation .*got -1/);
    expect(() => normal(rng, 0, Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});
