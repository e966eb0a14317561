import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalQuantile } from "../../../sim/stats/normalQuantile.ts";

// Reference values Φ⁻¹(p) to 16 significant digits (computed with 30-digit arithmetic as
// √2·erfinv(2p − 1); the first digits agree with A&S Table 26.5).
const REFERENCE: readonly [number, number][] = [
  [0.975, 1.959963984540054],
  [0.995, 2.5758293035489],
  [0.999, 3.090232306167813],
  [1e-10, -6.361340902404056],
];

describe("normalQuantile(p)", () => {
  for (const [p, z] of REFERENCE) {
    it(`Φ⁻¹(${p}) = ${z} to 1e-15 relative`, () => {
      expect(Math.abs(normalQuantile(p) - z)).toBeLessThanOrEqual(1e-15 * Math.abs(z));
    });
  }

  it("is 0 at 1/2 and antisymmetric about it", () => {
    expect(normalQuantile(0.5)).toBe(0);
    fc.assert(
      // Dyadic p, so that 1 − p is exact and only the quantile's own error is measured.
      fc.property(fc.integer({ min: 1, max: 2 ** 20 - 1 }), (k) => {
        const p = k / 2 ** 20;
        expect(Math.abs(normalQuantile(p) + normalQuantile(1 - p))).toBeLessThan(1e-12);
      }),
    );
  });

  it("throws a RangeError for p outside (0, 1)", () => {
    expect(() => normalQuantile(0)).toThrow(/got 0/);
    expect(() => normalQuantile(1.5)).toThrow(RangeError);
  });
});
