import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { empiricalContinuous } from "../../../sim/random/empiricalContinuous.ts";
import { RandomStreams } from "../../../sim/random/RandomStreams.ts";
import { sampleMoments } from "./sampleMoments.ts";

describe("empiricalContinuous(rng, sortedValues)", () => {
  it("for [10, 20, 40] has mean 22.5 and variance 925/12 within 5 standard errors", () => {
    // Hand calculation: an equal mixture of U(10, 20) and U(20, 40).
    // Mean (15 + 30)/2 = 22.5; E[X²] = ((100 + 200 + 400)/3 + (400 + 800 + 1600)/3)/2 = 3500/6;
    // variance 3500/6 − 22.5² = 925/12 ≈ 77.083.
    const variance = 925 / 12;
    const rng = new RandomStreams(111).stream("empiricalContinuous");
    const m = sampleMoments(() => empiricalContinuous(rng, [10, 20, 40]), 200_000, variance);
    expect(Math.abs(m.mean - 22.5)).toBeLessThan(5 * m.meanStandardError);
    expect(Math.abs(m.variance - variance)).toBeLessThan(5 * m.varianceStandardError);
  });

  it("puts probability 1/2 below the middle of three observations (the CDF is 1/2 there)", () => {
    const n = 200_000;
    const rng = new RandomStreams(112).stream("empiricalContinuous");
    let below = 0;
    for (let i = 0; i < n; i++) if (empiricalContinuous(rng, [10, 20, 40]) < 20) below++;
    expect(Math.abs(below / n - 0.5)).toBeLessThan(5 * Math.sqrt(0.25 / n));
  });

  it("stays within [first, last] of any sorted finite observations", () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 1 }),
        (seed, values) => {
          const sorted = values.sort((x, y) => x - y);
          const first = sorted[0] as number;
          const last = sorted[sorted.length - 1] as number;
          const rng = new RandomStreams(seed).stream("support");
          for (let i = 0; i < 10; i++) {
            const x = empiricalContinuous(rng, sorted);
            expect(x >= first && x <= last).toBe(true);
          }
        },
      ),
    );
  });

  it("returns the single observation when there is only one", () => {
    expect(empiricalContinuous(new RandomStreams(1).stream("e"), [4.5])).toBe(4.5);
  });

  it("throws a RangeError for no values, out-of-order values or NaN", () => {
    const rng = new RandomStreams(1).stream("errors");
    expect(() => empiricalContinuous(rng, [])).toThrow(/must not be empty/);
    expect(() => empiricalContinuous(rng, [3, 1])).toThrow(/ascending, got 3 at index 0 before 1/);
    expect(() => empiricalContinuous(rng, [Number.NaN])).toThrow(/finite/);
    expect(() => empiricalContinuous(rng, [0, Number.NaN])).toThrow(RangeError);
  });
});
