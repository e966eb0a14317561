import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { studentTCdf } from "../../../sim/stats/studentTCdf.ts";
import { studentTQuantile } from "../../../sim/stats/studentTQuantile.ts";

// Published t-table values, 4 decimals (e.g. NIST/SEMATECH e-Handbook of Statistical Methods,
// §1.3.6.7.2, "Critical values of the Student's t distribution"; A&S Table 26.10). A 4-decimal
// entry is exact to ±5e-5.
const TABLE: readonly [p: number, degreesOfFreedom: number, t: number][] = [
  [0.975, 1, 12.7062],
  [0.995, 1, 63.6567],
  [0.975, 4, 2.7764],
  [0.95, 5, 2.015],
  [0.975, 9, 2.2622],
  [0.975, 10, 2.2281],
  [0.99, 20, 2.528],
  [0.995, 29, 2.7564],
  [0.975, 30, 2.0423],
  [0.975, 100, 1.984],
  [0.9995, 3, 12.924],
  [0.975, 1e6, 1.96],
];

describe("studentTQuantile(p, degreesOfFreedom)", () => {
  for (const [p, degreesOfFreedom, t] of TABLE) {
    it(`t(${p}, ${degreesOfFreedom}) = ${t} as in the published table (±5e-5)`, () => {
      expect(Math.abs(studentTQuantile(p, degreesOfFreedom) - t)).toBeLessThanOrEqual(5e-5);
    });
  }

  it("tends to the normal quantile: t(0.975, ∞) = 1.959963984540054 (Φ⁻¹(0.975))", () => {
    expect(
      Math.abs(studentTQuantile(0.975, Number.POSITIVE_INFINITY) - 1.959963984540054),
    ).toBeLessThan(1e-15);
    expect(Math.abs(studentTQuantile(0.975, 1e9) - 1.95996)).toBeLessThan(5e-6);
  });

  it("matches the closed forms for ν = 1, 2 and 4 to 1e-12 relative", () => {
    // Closed forms (W. T. Shaw, "Sampling Student's T distribution", J. Comp. Finance 9(4), 2006;
    // also in Wikipedia, "Student's t-distribution"): ν = 1: tan(π(p − ½)); ν = 2:
    // (2p − 1)/√(2p(1 − p)); ν = 4: sign(p − ½)·2√(q − 1), q = cos(⅓ arccos √α)/√α, α = 4p(1 − p).
    const closedForms: [number, (p: number) => number][] = [
      [1, (p) => Math.tan(Math.PI * (p - 0.5))],
      [2, (p) => (2 * p - 1) / Math.sqrt(2 * p * (1 - p))],
      [
        4,
        (p) => {
          const alpha = 4 * p * (1 - p);
          const q = Math.cos(Math.acos(Math.sqrt(alpha)) / 3) / Math.sqrt(alpha);
          return Math.sign(p - 0.5) * 2 * Math.sqrt(q - 1);
        },
      ],
    ];
    for (const [degreesOfFreedom, closedForm] of closedForms) {
      for (const p of [0.001, 0.01, 0.1, 0.3, 0.45, 0.7, 0.9, 0.975, 0.999]) {
        const expected = closedForm(p);
        const actual = studentTQuantile(p, degreesOfFreedom);
        expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-12 * Math.abs(expected));
      }
    }
  });

  it("inverts studentTCdf to 1e-10 relative over ν in [0.5, 1e6] and p in [1e-12, 1 − 1e-12]", () => {
    // Both functions carry errors of ~1e-12 relative at ν ~ 1e6 (the continued fraction runs
    // for ~√ν terms); 1e-10 leaves room for both and is far inside the 1e-6 requirement.
    fc.assert(
      fc.property(
        fc.double({ min: Math.log(0.5), max: Math.log(1e6), noNaN: true }),
        fc.double({ min: 1e-12, max: 1 - 1e-12, noNaN: true }),
        (logDegreesOfFreedom, p) => {
          const degreesOfFreedom = Math.exp(logDegreesOfFreedom);
          const t = studentTQuantile(p, degreesOfFreedom);
          const tailProbability = Math.min(p, 1 - p);
          const back = studentTCdf(t, degreesOfFreedom);
          expect(Math.abs(back - p)).toBeLessThanOrEqual(1e-10 * tailProbability + 1e-15);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("is antisymmetric about p = 1/2 and increasing in p", () => {
    fc.assert(
      // Dyadic p, so that 1 − p is exact and only the quantile's own error is measured.
      fc.property(
        fc.integer({ min: 1, max: 2 ** 19 - 1 }),
        fc.integer({ min: 1, max: 200 }),
        (k, degreesOfFreedom) => {
          const p = k / 2 ** 20;
          const lower = studentTQuantile(p, degreesOfFreedom);
          const upper = studentTQuantile(1 - p, degreesOfFreedom);
          expect(Math.abs(lower + upper)).toBeLessThanOrEqual(1e-12 * Math.abs(upper));
          expect(lower).toBeLessThan(studentTQuantile((k + 1) / 2 ** 20, degreesOfFreedom));
        },
      ),
    );
  });

  it("returns 0 at p = 1/2 and stays finite far into the tails", () => {
    expect(studentTQuantile(0.5, 3)).toBe(0);
    expect(Number.isFinite(studentTQuantile(1e-300, 1.5))).toBe(true);
    expect(studentTQuantile(1e-300, 1.5)).toBeLessThan(-1e199);
  });

  it("throws a RangeError for p outside (0, 1) or non-positive degrees of freedom", () => {
    expect(() => studentTQuantile(0, 5)).toThrow(/p must be in \(0, 1\), got 0/);
    expect(() => studentTQuantile(1, 5)).toThrow(RangeError);
    expect(() => studentTQuantile(Number.NaN, 5)).toThrow(RangeError);
    expect(() => studentTQuantile(0.9, 0)).toThrow(/degreesOfFreedom .*got 0/);
    expect(() => studentTQuantile(0.9, Number.NaN)).toThrow(RangeError);
  });
});
