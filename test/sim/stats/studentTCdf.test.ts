import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { studentTCdf } from "../../../sim/stats/studentTCdf.ts";

// Closed forms (A&S 26.7.3 for odd and even ν): ν = 1: ½ + atan(t)/π;
// ν = 2: ½ + t/(2√(2 + t²)); ν = 3: ½ + (1/π)[t/(√3(1 + t²/3)) + atan(t/√3)].
const CLOSED_FORMS: readonly [number, (t: number) => number][] = [
  [1, (t) => 0.5 + Math.atan(t) / Math.PI],
  [2, (t) => 0.5 + t / (2 * Math.sqrt(2 + t * t))],
  [
    3,
    (t) => 0.5 + (t / (Math.sqrt(3) * (1 + (t * t) / 3)) + Math.atan(t / Math.sqrt(3))) / Math.PI,
  ],
];

describe("studentTCdf(t, degreesOfFreedom)", () => {
  it("matches the closed forms for ν = 1, 2, 3 to 1e-13 absolute", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e3, max: 1e3, noNaN: true }), (t) => {
        for (const [degreesOfFreedom, closedForm] of CLOSED_FORMS) {
          expect(Math.abs(studentTCdf(t, degreesOfFreedom) - closedForm(t))).toBeLessThan(1e-13);
        }
      }),
    );
  });

  it("keeps relative precision in the lower tail: P(T ≤ −1e6) for ν = 1 is 1/(π·1e6) to 1e-12", () => {
    // Cauchy tail: atan(−x)/π + ½ = atan(1/x)/π ≈ 1/(πx) − 1/(3πx³).
    const expected = Math.atan(1e-6) / Math.PI;
    expect(Math.abs(studentTCdf(-1e6, 1) - expected)).toBeLessThan(1e-12 * expected);
  });

  it("is 1/2 at 0, 0 at −∞ and 1 at +∞", () => {
    expect(studentTCdf(0, 7)).toBe(0.5);
    expect(studentTCdf(Number.NEGATIVE_INFINITY, 7)).toBe(0);
    expect(studentTCdf(Number.POSITIVE_INFINITY, 7)).toBe(1);
  });

  it("throws a RangeError for NaN t or non-positive degrees of freedom", () => {
    expect(() => studentTCdf(Number.NaN, 3)).toThrow(/t must be a number/);
    expect(() => studentTCdf(1, -2)).toThrow(/degreesOfFreedom .*got -2/);
    expect(() => studentTCdf(1, Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});
