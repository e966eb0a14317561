import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pert } from "../../../sim/random/pert.ts";
import { RandomStreams } from "../../../sim/random/RandomStreams.ts";
import { sampleMoments } from "./sampleMoments.ts";

// Closed forms (Vose, "Risk Analysis", 3rd ed.): PERT(min, mode, max, λ) = min + (max − min)·B
// with B ~ Beta(α, β), α = 1 + λ(mode − min)/(max − min), β = 1 + λ(max − mode)/(max − min);
// mean (min + λ·mode + max)/(λ + 2), variance (max − min)² αβ / ((α + β)²(α + β + 1)).
function pertMoments(min: number, mode: number, max: number, lambda: number) {
  const width = max - min;
  const alpha = 1 + (lambda * (mode - min)) / width;
  const beta = 1 + (lambda * (max - mode)) / width;
  const sum = alpha + beta;
  return {
    mean: (min + lambda * mode + max) / (lambda + 2),
    variance: (width * width * alpha * beta) / (sum * sum * (sum + 1)),
  };
}

describe("pert(rng, min, mode, max, lambda = 4)", () => {
  for (const [min, mode, max, lambda] of [
    [3600, 5400, 14400, 4],
    [0, 1, 10, 8],
    [0, 0, 1, 4],
    [2, 5, 6, 0],
  ] as const) {
    it(`has the closed-form mean and variance for (${min}, ${mode}, ${max}, λ = ${lambda}) within 5 standard errors`, () => {
      const expected = pertMoments(min, mode, max, lambda);
      const rng = new RandomStreams(71).stream(`pert ${min} ${mode} ${max} ${lambda}`);
      const m = sampleMoments(() => pert(rng, min, mode, max, lambda), 200_000, expected.variance);
      expect(Math.abs(m.mean - expected.mean)).toBeLessThan(5 * m.meanStandardError);
      expect(Math.abs(m.variance - expected.variance)).toBeLessThan(5 * m.varianceStandardError);
    });
  }

  it("uses λ = 4 by default: mean (min + 4·mode + max)/6", () => {
    const withDefault = new RandomStreams(72).stream("pert");
    const explicit = new RandomStreams(72).stream("pert");
    expect(pert(withDefault, 1, 2, 9)).toBe(pert(explicit, 1, 2, 9, 4));
  });

  it("stays within [min, max] for every valid three-point estimate and λ", () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.array(fc.double({ min: -1e12, max: 1e12, noNaN: true }), {
          minLength: 3,
          maxLength: 3,
        }),
        fc.double({ min: 0, max: 1000, noNaN: true }),
        (seed, points, lambda) => {
          const [min, mode, max] = points.sort((x, y) => x - y) as [number, number, number];
          const rng = new RandomStreams(seed).stream("support");
          for (let i = 0; i < 10; i++) {
            const x = pert(rng, min, mode, max, lambda);
            expect(x >= min && x <= max).toBe(true);
          }
        },
      ),
    );
  });

  it("returns min when min === mode === max", () => {
    expect(pert(new RandomStreams(1).stream("p"), 7, 7, 7)).toBe(7);
  });

  it("throws a RangeError for an invalid three-point estimate or a negative λ", () => {
    const rng = new RandomStreams(1).stream("errors");
    expect(() => pert(rng, 0, 2, 1)).toThrow(/pert: .*min 0, mode 2, max 1/);
    expect(() => pert(rng, 0, 1, 2, -1)).toThrow(/lambda .*got -1/);
    expect(() => pert(rng, 0, 1, 2, Number.NaN)).toThrow(RangeError);
  });
});
