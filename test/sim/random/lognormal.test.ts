import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lognormal } from "../../../sim/random/lognormal.ts";
import { RandomStreams } from "../../../sim/random/RandomStreams.ts";
import { sampleMoments } from "./sampleMoments.ts";

describe("lognormal(rng, mu, sigma)", () => {
  it("has mean exp(mu + sigma²/2) and variance (exp(sigma²) − 1)exp(2mu + sigma²) within 5 standard errors", () => {
    const mu = 0.5;
    const sigma = 0.5;
    const mean = Math.exp(mu + sigma ** 2 / 2);
    const variance = Math.expm1(sigma ** 2) * Math.exp(2 * mu + sigma ** 2);
    const rng = new RandomStreams(51).stream("lognormal");
    const m = sampleMoments(() => lognormal(rng, mu, sigma), 200_000, variance);
    expect(Math.abs(m.mean - mean)).toBeLessThan(5 * m.meanStandardError);
    expect(Math.abs(m.variance - variance)).toBeLessThan(5 * m.varianceStandardError);
  });

  it("is never negative", () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.double({ min: -50, max: 50, noNaN: true }),
        fc.double({ min: 0, max: 5, noNaN: true }),
        (seed, mu, sigma) => {
          const rng = new RandomStreams(seed).stream("support");
          for (let i = 0; i < 20; i++) expect(lognormal(rng, mu, sigma)).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });

  it("throws a RangeError for a non-finite mu or a negative or non-finite sigma", () => {
    const rng = new RandomStreams(1).stream("errors");
    expect(() => lognormal(rng, Number.POSITIVE_INFINITY, 1)).toThrow(/mu .*got Infinity/);
    expect(() => lognormal(rng, 0, -0.1)).toThrow(/sigma .*got -0\.1/);
  });
});
