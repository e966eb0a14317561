import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { regularizedIncompleteBeta } from "../../../sim/stats/regularizedIncompleteBeta.ts";

const unit = fc.double({ min: 0, max: 1, noNaN: true });
const shape = fc.double({ min: 0.05, max: 200, noNaN: true });

describe("regularizedIncompleteBeta(x, a, b)", () => {
  it("matches the closed forms I_x(a, 1) = x^a, I_x(1, b) = 1 − (1 − x)^b, I_x(2, 2) = 3x² − 2x³", () => {
    // DLMF 8.17.iii special cases / direct integration of the beta density.
    fc.assert(
      fc.property(unit, shape, (x, s) => {
        expect(Math.abs(regularizedIncompleteBeta(x, s, 1) - x ** s)).toBeLessThan(1e-13);
        expect(
          Math.abs(regularizedIncompleteBeta(x, 1, s) + Math.expm1(s * Math.log1p(-x))),
        ).toBeLessThan(1e-13);
        expect(
          Math.abs(regularizedIncompleteBeta(x, 2, 2) - (3 * x * x - 2 * x ** 3)),
        ).toBeLessThan(1e-14);
      }),
    );
  });

  it("satisfies the symmetry I_x(a, b) = 1 − I_{1−x}(b, a), given 1 − x and its exact complement", () => {
    fc.assert(
      fc.property(unit, shape, shape, (x, a, b) => {
        const sum = regularizedIncompleteBeta(x, a, b) + regularizedIncompleteBeta(1 - x, b, a, x);
        expect(Math.abs(sum - 1)).toBeLessThan(1e-12);
      }),
    );
  });

  it("is 0 at x = 0 and 1 at x = 1", () => {
    expect(regularizedIncompleteBeta(0, 3, 4)).toBe(0);
    expect(regularizedIncompleteBeta(1, 3, 4)).toBe(1);
  });

  it("throws a RangeError for x outside [0, 1] or non-positive shapes", () => {
    expect(() => regularizedIncompleteBeta(1.5, 1, 1)).toThrow(/x must be in \[0, 1\], got 1\.5/);
    expect(() => regularizedIncompleteBeta(0.5, 0, 1)).toThrow(/got a 0, b 1/);
  });
});
