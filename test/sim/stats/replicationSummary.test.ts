import { describe, expect, it } from "vitest";
import { normal } from "../../../sim/random/normal.ts";
import { RandomStreams } from "../../../sim/random/RandomStreams.ts";
import { replicationSummary } from "../../../sim/stats/replicationSummary.ts";

describe("replicationSummary(values, confidence = 0.95)", () => {
  it("gives 11 ± 2.7764·√2.5/√5 for [10, 12, 11, 13, 9] at 95%", () => {
    // Hand calculation: mean 11, s² = (1 + 1 + 0 + 4 + 4)/4 = 2.5; t(0.975, 4) = 2.7764 (t table,
    // ±5e-5), so the half-width is 2.7764·√0.5 = 1.9632 ± 4e-5.
    const summary = replicationSummary([10, 12, 11, 13, 9]);
    expect(summary.count).toBe(5);
    expect(summary.confidence).toBe(0.95);
    expect(Math.abs(summary.mean - 11)).toBeLessThan(1e-12);
    expect(Math.abs(summary.standardDeviation - Math.sqrt(2.5))).toBeLessThan(1e-12);
    expect(Math.abs(summary.halfWidth - 2.7764 * Math.sqrt(0.5))).toBeLessThan(4e-5);
    expect(Math.abs(summary.lower - (11 - summary.halfWidth))).toBeLessThan(1e-12);
    expect(Math.abs(summary.upper - (11 + summary.halfWidth))).toBeLessThan(1e-12);
  });

  it("uses t(0.995, n − 1) for a 99% interval: 2 replications give t(0.995, 1) = 63.6567", () => {
    // [0, 2]: mean 1, s = √2, half-width 63.6567·√2/√2 = 63.6567 (t table, ±5e-5).
    const summary = replicationSummary([0, 2], 0.99);
    expect(Math.abs(summary.halfWidth - 63.6567)).toBeLessThan(5e-5);
  });

  it("covers the true mean in 95% ± 1.5% of 2,000 independent experiments of 10 normal replications", () => {
    // Coverage of the t interval is exactly 95% for normal data (Law, ch. 9); the binomial
    // standard error of the observed rate is √(0.95·0.05/2000) = 0.49%, so ±1.5% is ~3 SE.
    const trueMean = 5;
    const streams = new RandomStreams(2024);
    let covered = 0;
    const experiments = 2000;
    for (let experiment = 0; experiment < experiments; experiment++) {
      const rng = streams.forReplication(experiment).stream("output");
      const values = Array.from({ length: 10 }, () => normal(rng, trueMean, 2));
      const { lower, upper } = replicationSummary(values);
      if (lower <= trueMean && trueMean <= upper) covered++;
    }
    expect(Math.abs(covered / experiments - 0.95)).toBeLessThanOrEqual(0.015);
  });

  it("throws a RangeError for fewer than 2 values", () => {
    expect(() => replicationSummary([])).toThrow(/at least 2 replications.*got 0/);
    expect(() => replicationSummary([3])).toThrow(/got 1/);
  });

  it("throws a RangeError naming the index of a NaN or infinite value", () => {
    expect(() => replicationSummary([1, 2, Number.NaN])).toThrow(/values\[2\] is NaN/);
    expect(() => replicationSummary([Number.POSITIVE_INFINITY, 2])).toThrow(
      /values\[0\] is Infinity/,
    );
  });

  it("throws a RangeError for a confidence level outside (0, 1)", () => {
    expect(() => replicationSummary([1, 2], 95)).toThrow(/confidence must be in \(0, 1\), got 95/);
    expect(() => replicationSummary([1, 2], 0)).toThrow(RangeError);
  });
});
