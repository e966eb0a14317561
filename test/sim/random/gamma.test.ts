import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { gamma } from "../../../sim/random/gamma.ts";
import { RandomStreams } from "../../../sim/random/RandomStreams.ts";
import { sampleMoments } from "./sampleMoments.ts";

describe("gamma(rng, shape, scale)", () => {
  for (const shape of [0.3, 1, 2.5, 9]) {
    it(`has mean shape·scale and variance shape·scale² for shape ${shape}, scale 2, within 5 standard errors`, () => {
      const scale = 2;
      const variance = shape * scale * scale;
      const rng = new RandomStreams(81).stream(`gamma ${shape}`);
      const m = sampleMoments(() => gamma(rng, shape, scale), 200_000, variance);
      expect(Math.abs(m.mean - shape * scale)).toBeLessThan(5 * m.meanStandardError);
      expect(Math.abs(m.variance - variance)).toBeLessThan(5 * m.varianceStandardError);
    });
  }

  it("is never negative nor NaN, for small and large shapes", () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.double({ min: 1e-3, max: 1e6, noNaN: true }),
        fc.double({ min: 1e-6, max: 1e6, noNaN: true }),
        (seed, shape, scale) => {
          const rng = new RandomStreams(seed).stream("support");
          for (let i = 0; i < 10; i++) {
            const x = gamma(rng, shape, scale);
            expect(x >= 0 && Number.isFinite(x)).toBe(true);
          }
        },
      ),
    );
  });

  it("throws a RangeError for a shape or scale that is not positive and finite", () => {
    const rng = new RandomStreams(1).stream("errors");
    expect(() => gamma(rng, 0, 1)).toThrow(/shape .*got 0/);
    expect(() => gamma(rng, 1, -2)).toThrow(/scale .*got -2/);
    expect(() => gamma(rng, Number.POSITIVE_INFINITY, 1)).toThrow(RangeError);
  });
});
