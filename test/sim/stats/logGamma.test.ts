import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { logGamma } from "../../../sim/stats/logGamma.ts";

describe("logGamma(x)", () => {
  it("equals ln((n − 1)!) for n = 1..19, where the factorial is exact in doubles", () => {
    let factorial = 1;
    for (let n = 1; n <= 19; n++) {
      if (n > 1) factorial *= n - 1;
      const expected = Math.log(factorial);
      expect(Math.abs(logGamma(n) - expected)).toBeLessThanOrEqual(2e-15 * Math.max(1, expected));
    }
  });

  it("equals ln √π at 1/2 (Γ(1/2) = √π)", () => {
    expect(Math.abs(logGamma(0.5) - 0.5 * Math.log(Math.PI))).toBeLessThan(1e-15);
  });

  it("satisfies ln Γ(x + 1) − ln Γ(x) = ln x across both methods (Lanczos below 10, Stirling above)", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e4, noNaN: true }), (x) => {
        const difference = logGamma(x + 1) - logGamma(x);
        const scale = Math.max(1, Math.abs(logGamma(x + 1)));
        expect(Math.abs(difference - Math.log(x))).toBeLessThanOrEqual(4e-15 * scale);
      }),
    );
  });

  it("throws a RangeError for x ≤ 0 or NaN", () => {
    expect(() => logGamma(0)).toThrow(/got 0/);
    expect(() => logGamma(Number.NaN)).toThrow(RangeError);
  });
});
