import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RandomStreams } from "../../../sim/random/RandomStreams.ts";
import { triangular } from "../../../sim/random/triangular.ts";
import { sampleMoments } from "./sampleMoments.ts";

// Closed forms (Law, "Simulation Modeling and Analysis", ch. 6): mean (a + b + c)/3,
// variance (a² + b² + c² − ab − ac − bc)/18 for min a, max b, mode c.
function triangularVariance(a: number, c: number, b: number): number {
  return (a * a + b * b + c * c - a * b - a * c - b * c) / 18;
}

describe("triangular(rng, min, mode, max)", () => {
  for (const [min, mode, max] of [
    [30, 45, 90],
    [0, 0, 1],
    [0, 1, 1],
  ] as const) {
    it(`has the closed-form mean and variance for (${min}, ${mode}, ${max}) within 5 standard errors`, () => {
      const variance = triangularVariance(min, mode, max);
      const rng = new RandomStreams(61).stream(`triangular ${min} ${mode} ${max}`);
      const m = sampleMoments(() => triangular(rng, min, mode, max), 200_000, variance);
      expect(Math.abs(m.mean - (min + mode + max) / 3)).toBeLessThan(5 * m.meanStandardError);
      expect(Math.abs(m.variance - variance)).toBeLessThan(5 * m.varianceStandardError);
    });
  }

  it("stays within [min, max] for every valid three-point estimate", () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.array(fc.double({ min: -1e12, max: 1e12, noNaN: true }), {
          minLength: 3,
          maxLength: 3,
        }),
        (seed, points) => {
          const [min, mode, max] = points.sort((x, y) => x - y) as [number, number, number];
          const rng = new RandomStreams(seed).stream("support");
          for (let i = 0; i < 20; i++) {
            const x = triangular(rng, min, mode, max);
            expect(x >= min && x <= max).toBe(true);
          }
        },
      ),
    );
  });

  it("returns min when min === mode === max", () => {
    expect(triangular(new RandomStreams(1).stream("t"), 5, 5, 5)).toBe(5);
  });

  it("throws a RangeError when min ≤ mode ≤ max does not hold or a value is not finite", () => {
    const rng = new RandomStreams(1).stream("errors");
    expect(() => triangular(rng, 0, 2, 1)).toThrow(/triangular: .*min 0, mode 2, max 1/);
    expect(() => triangular(rng, 1, 0, 2)).toThrow(RangeError);
    expect(() => triangular(rng, 0, Number.NaN, 1)).toThrow(RangeError);
    expect(() => triangular(rng, 0, 1, Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});
