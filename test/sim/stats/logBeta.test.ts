import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { logBeta } from "../../../sim/stats/logBeta.ts";

describe("logBeta(a, b)", () => {
  it("matches B(1, b) = 1/b, B(1/2, 1/2) = π and B(2, 3) = 1/12", () => {
    // Closed forms from B(a, b) = Γ(a)Γ(b)/Γ(a + b) (A&S 6.2.2).
    expect(Math.abs(logBeta(1, 7) + Math.log(7))).toBeLessThan(1e-14);
    expect(Math.abs(logBeta(0.5, 0.5) - Math.log(Math.PI))).toBeLessThan(1e-14);
    expect(Math.abs(logBeta(2, 3) + Math.log(12))).toBeLessThan(1e-14);
  });

  it("keeps full precision for a huge argument: ln B(1e6, 1) = −ln 1e6 and ln B(a, 1/2) ~ ln √(π/a)", () => {
    expect(Math.abs(logBeta(1e6, 1) + Math.log(1e6))).toBeLessThan(1e-14);
    // B(a, ½) = √π Γ(a)/Γ(a + ½) = √(π/a)(1 + 1/(8a) + 1/(128a²) + …) (A&S 6.1.47).
    const a = 5e4;
    const expected = 0.5 * Math.log(Math.PI / a) + Math.log1p(1 / (8 * a) + 1 / (128 * a * a));
    expect(Math.abs(logBeta(a, 0.5) - expected)).toBeLessThan(1e-14);
  });

  it("is symmetric and satisfies B(a + 1, b) = B(a, b)·a/(a + b)", () => {
    const shape = fc.double({ min: 1e-2, max: 1e5, noNaN: true });
    fc.assert(
      fc.property(shape, shape, (a, b) => {
        const scale = Math.max(1, Math.abs(logBeta(a, b)));
        expect(Math.abs(logBeta(a, b) - logBeta(b, a))).toBeLessThanOrEqual(1e-15 * scale);
        const recurrence = logBeta(a, b) + Math.log(a / (a + b));
        expect(Math.abs(logBeta(a + 1, b) - recurrence)).toBeLessThanOrEqual(1e-13 * scale);
      }),
    );
  });

  it("throws a RangeError for a non-positive argument", () => {
    expect(() => logBeta(0, 1)).toThrow(/got a 0, b 1/);
  });
});
