import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RandomStreams } from "../../../sim/random/RandomStreams.ts";
import { uniform } from "../../../sim/random/uniform.ts";
import { sampleMoments } from "./sampleMoments.ts";

describe("uniform(rng, min, max)", () => {
  it("has mean (min + max)/2 and variance (max − min)²/12 within 5 standard errors", () => {
    const rng = new RandomStreams(41).stream("uniform");
    const m = sampleMoments(() => uniform(rng, 10, 20), 200_000, 100 / 12);
    expect(Math.abs(m.mean - 15)).toBeLessThan(5 * m.meanStandardError);
    expect(Math.abs(m.variance - 100 / 12)).toBeLessThan(5 * m.varianceStandardError);
  });

  it("stays within [min, max] for every finite interval", () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.double({ min: -1e300, max: 1e300, noNaN: true }),
        fc.double({ min: -1e300, max: 1e300, noNaN: true }),
        (seed, a, b) => {
          const [min, max] = a <= b ? [a, b] : [b, a];
          const rng = new RandomStreams(seed).stream("support");
          for (let i = 0; i < 20; i++) {
            const x = uniform(rng, min, max);
            expect(x >= min && x <= max).toBe(true);
          }
        },
      ),
    );
  });

  it("returns min when min === max", () => {
    expect(uniform(new RandomStreams(1).stream("u"), 3, 3)).toBe(3);
  });

  it("throws a RangeError for min > max, non-finite bounds, or an overflowing width", () => {
    const rng = new RandomStreams(1).stream("errors");
    expect(() => uniform(rng, 2, 1)).toThrow(/min 2, max 1/);
    expect(() => uniform(rng, 0, Number.NaN)).toThrow(RangeError);
    expect(() => uniform(rng, Number.NEGATIVE_INFINITY, 0)).toThrow(RangeError);
    expect(() => uniform(rng, -Number.MAX_VALUE, Number.MAX_VALUE)).toThrow(RangeError);
  });
});
