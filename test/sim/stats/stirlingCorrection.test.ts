import { describe, expect, it } from "vitest";
import { stirlingCorrection } from "../../../sim/stats/stirlingCorrection.ts";

describe("stirlingCorrection(x)", () => {
  it("is ln Γ(x) minus Stirling's formula: at x = 10, ln 9! − (9.5 ln 10 − 10 + ½ ln 2π)", () => {
    // 9! = 362880 exactly; the subtraction costs ~1e-15 absolute.
    const expected = Math.log(362880) - (9.5 * Math.log(10) - 10 + 0.5 * Math.log(2 * Math.PI));
    expect(Math.abs(stirlingCorrection(10) - expected)).toBeLessThan(5e-15);
  });

  it("approaches 1/(12x) for large x", () => {
    expect(Math.abs(stirlingCorrection(1e6) * 12e6 - 1)).toBeLessThan(1e-12);
  });
});
