import { errorFunction } from "simple-statistics";
import { describe, expect, it } from "vitest";
import { RandomStreams } from "../../../sim/random/RandomStreams.ts";
import { standardNormal } from "../../../sim/random/standardNormal.ts";
import { Xoshiro128 } from "../../../sim/random/xoshiro128.ts";
import { draws, kolmogorovSmirnovDistance, sampleMoments } from "./sampleMoments.ts";

const N = 200_000;
// Kolmogorov–Smirnov critical distance at level 0.01 for large n: 1.63 / sqrt(n)
// (F. J. Massey, "The Kolmogorov-Smirnov test for goodness of fit", JASA 46(253), 1951, Table 1).
const KS_CRITICAL_0_01 = 1.63 / Math.sqrt(N);

describe("standardNormal(rng)", () => {
  it("has mean 0 and variance 1 within 5 standard errors (n = 200,000)", () => {
    const rng = new RandomStreams(21).stream("normal");
    const m = sampleMoments(() => standardNormal(rng), N, 1);
    expect(Math.abs(m.mean)).toBeLessThan(5 * m.meanStandardError);
    expect(Math.abs(m.variance - 1)).toBeLessThan(5 * m.varianceStandardError);
  });

  it("passes a Kolmogorov–Smirnov test against Φ(x) = (1 + erf(x/√2))/2 at level 0.01", () => {
    // simple-statistics' erf is accurate to 1.2e-7, far below the critical distance 3.6e-3.
    const rng = new RandomStreams(22).stream("normal");
    const sample = draws(() => standardNormal(rng), N);
    const distance = kolmogorovSmirnovDistance(
      sample,
      (x) => (1 + errorFunction(x / Math.SQRT2)) / 2,
    );
    expect(distance).toBeLessThan(KS_CRITICAL_0_01);
  });

  it("consumes exactly four 32-bit outputs per draw, keeping no spare between calls", () => {
    const drawn = new Xoshiro128(5);
    const counted = new Xoshiro128(5);
    for (let i = 0; i < 10; i++) standardNormal(drawn);
    for (let i = 0; i < 40; i++) counted.nextUint32();
    expect(drawn.state()).toEqual(counted.state());
  });

  it("is Box–Muller: sqrt(−2 ln(1 − U1)) cos(2π U2) of the stream's next two floats", () => {
    const rng = new Xoshiro128(9);
    const copy = rng.clone();
    const u1 = copy.nextFloat();
    const u2 = copy.nextFloat();
    const expected = Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
    expect(standardNormal(rng)).toBe(expected);
  });
});
