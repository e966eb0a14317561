import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lognormalFromMeanAndSd } from "../../../sim/random/lognormalFromMeanAndSd.ts";

describe("lognormalFromMeanAndSd(mean, standardDeviation)", () => {
  it("returns mu = 0, sigma = 1 for the standard lognormal's mean √e and sd √((e − 1)e)", () => {
    // Closed form: mean = exp(0 + 1/2), variance = (e^1 − 1) e^(0 + 1).
    const { mu, sigma } = lognormalFromMeanAndSd(Math.exp(0.5), Math.sqrt((Math.E - 1) * Math.E));
    expect(Math.abs(mu)).toBeLessThan(1e-12);
    expect(Math.abs(sigma - 1)).toBeLessThan(1e-12);
  });

  it("gives back the requested mean and standard deviation through the lognormal's closed forms", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-6, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 10, noNaN: true }),
        (mean, coefficientOfVariation) => {
          const sd = mean * coefficientOfVariation;
          const { mu, sigma } = lognormalFromMeanAndSd(mean, sd);
          const backMean = Math.exp(mu + sigma ** 2 / 2);
          const backSd = Math.sqrt(Math.expm1(sigma ** 2)) * backMean;
          expect(Math.abs(backMean - mean)).toBeLessThanOrEqual(1e-9 * mean);
          expect(Math.abs(backSd - sd)).toBeLessThanOrEqual(1e-9 * mean);
        },
      ),
    );
  });

  it("throws a RangeError for a mean that is not positive or an sd that is negative", () => {
    expect(() => lognormalFromMeanAndSd(0, 1)).toThrow(/mean .*got 0/);
    expect(() => lognormalFromMeanAndSd(1, -1)).toThrow(/standardDeviation .*got -1/);
    expect(() => lognormalFromMeanAndSd(Number.NaN, 1)).toThrow(RangeError);
  });
});
