import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { beta } from "../../../sim/random/beta.ts";
import { RandomStreams } from "../../../sim/random/RandomStreams.ts";
import { sampleMoments } from "./sampleMoments.ts";

describe("beta(rng, a, b)", () => {
  for (const [a, b] of [
    [2, 5],
    [0.5, 0.5],
    [0.05, 0.2],
    [40, 3],
  ] as const) {
    it(`has mean a/(a + b) and variance ab/((a + b)²(a + b + 1)) for a = ${a}, b = ${b} within 5 standard errors`, () => {
      const mean = a / (a + b);
      const variance = (a * b) / ((a + b) ** 2 * (a + b + 1));
      const rng = new RandomStreams(91).stream(`beta ${a} ${b}`);
      const m = sampleMoments(() => beta(rng, a, b), 200_000, variance);
      expect(Math.abs(m.mean - mean)).toBeLessThan(5 * m.meanStandardError);
      expect(Math.abs(m.variance - variance)).toBeLessThan(5 * m.varianceStandardError);
    });
  }

  it("stays within [0, 1] and is never NaN, even for shapes far below 1", () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.double({ min: 1e-4, max: 1e4, noNaN: true }),
        fc.double({ min: 1e-4, max: 1e4, noNaN: true }),
        (seed, a, b) => {
          const rng = new RandomStreams(seed).stream("support");
          for (let i = 0; i < 10; i++) {
            const x = beta(rng, a, b);
            expect(x >= 0 && x <= 1).toBe(true);
          }
        },
      ),
    );
  });

  it("throws a RangeError for a shape that is not positive and finite", () => {
    const rng = new RandomStreams(1).stream("errors");
    expect(() => beta(rng, 0, 1)).toThrow(/a must .*got 0/);
    expect(() => beta(rng, 1, Number.NaN)).toThrow(/b must .*got NaN/);
  });
});
