import { describe, expect, it } from "vitest";
import { marsagliaTsang } from "../../../sim/random/marsagliaTsang.ts";
import { RandomStreams } from "../../../sim/random/RandomStreams.ts";
import { sampleMoments } from "./sampleMoments.ts";

describe("marsagliaTsang(rng, shape)", () => {
  it("draws Gamma(1, 1), the unit exponential, with mean 1 and variance 1 within 5 standard errors", () => {
    const rng = new RandomStreams(85).stream("mt");
    const m = sampleMoments(() => marsagliaTsang(rng, 1), 200_000, 1);
    expect(Math.abs(m.mean - 1)).toBeLessThan(5 * m.meanStandardError);
    expect(Math.abs(m.variance - 1)).toBeLessThan(5 * m.varianceStandardError);
  });

  it("draws Gamma(1000, 1) with mean 1000 and variance 1000 within 5 standard errors", () => {
    const rng = new RandomStreams(86).stream("mt");
    const m = sampleMoments(() => marsagliaTsang(rng, 1000), 200_000, 1000);
    expect(Math.abs(m.mean - 1000)).toBeLessThan(5 * m.meanStandardError);
    expect(Math.abs(m.variance - 1000)).toBeLessThan(5 * m.varianceStandardError);
  });
});
