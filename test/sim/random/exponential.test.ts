import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exponential } from "../../../sim/random/exponential.ts";
import { RandomStreams } from "../../../sim/random/RandomStreams.ts";
import { draws, kolmogorovSmirnovDistance, sampleMoments } from "./sampleMoments.ts";

const N = 200_000;
// Kolmogorov–Smirnov critical distance at level 0.01 for large n: 1.63 / sqrt(n)
// (F. J. Massey, "The Kolmogorov-Smirnov test for goodness of fit", JASA 46(253), 1951, Table 1).
const KS_CRITICAL_0_01 = 1.63 / Math.sqrt(N);

describe("exponential(rng, ratePerSecond)", () => {
  it("has mean 1/rate and variance 1/rate² within 5 standard errors (n = 200,000)", () => {
    const rate = 2.5;
    const rng = new RandomStreams(11).stream("exponential");
    const m = sampleMoments(() => exponential(rng, rate), N, 1 / rate ** 2);
    expect(Math.abs(m.mean - 1 / rate)).toBeLessThan(5 * m.meanStandardError);
    expect(Math.abs(m.variance - 1 / rate ** 2)).toBeLessThan(5 * m.varianceStandardError);
  });

  it("passes a Kolmogorov–Smirnov test against 1 − exp(−rate·x) at level 0.01", () => {
    const rate = 0.2;
    const rng = new RandomStreams(12).stream("exponential");
    const sample = draws(() => exponential(rng, rate), N);
    const distance = kolmogorovSmirnovDistance(sample, (x) => -Math.expm1(-rate * x));
    expect(distance).toBeLessThan(KS_CRITICAL_0_01);
  });

  it("returns a finite duration ≥ 0 for every positive finite rate", () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.double({ min: 1e-300, max: 1e300, noNaN: true }),
        (seed, rate) => {
          const rng = new RandomStreams(seed).stream("support");
          for (let i = 0; i < 20; i++) {
            const x = exponential(rng, rate);
            expect(x >= 0 && Number.isFinite(x)).toBe(true);
          }
        },
      ),
    );
  });

  it("throws a RangeError naming the value for a rate that is not positive and finite", () => {
    const rng = new RandomStreams(1).stream("errors");
    for (const rate of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => exponential(rng, rate)).toThrow(RangeError);
    }
    expect(() => exponential(rng, -3)).toThrow(/ratePerSecond .*got -3/);
  });
});
