import { describe, expect, it } from "vitest";
import { sharedLinkCli, sharedLinkReport } from "../../../sim/examples/cli/sharedLink.ts";
import { simulateSharedLink } from "../../../sim/examples/sharedLink.ts";

/** 8 GiB in bytes: 8 · 2^30. */
const B = 8_589_934_592;
/** 10 Gbit/s and 1 Gbit/s in bytes per second. */
const LINK = 1.25e9;
const CAP = 1.25e8;

describe("simulateSharedLink (10 Gbit/s link, three 8 GiB flows + one at 5 s, capacity halved at 10 s)", () => {
  const result = simulateSharedLink();
  const end = (name: string) => result.flows.find((f) => f.name === name)!.endSeconds;

  it("the capped flow always gets its 1 Gbit/s cap: it ends at B / 1.25e8 = 68.719476736 s", () => {
    // every fair share stays above the cap: 1.25e9/3, 1.25e9/4, 6.25e8/4, 6.25e8/2, 6.25e8
    expect(B / CAP).toBe(68.719476736);
    expect(Math.abs(end("db-01") - 68.719476736)).toBeLessThan(1e-9);
  });

  it("the two uncapped flows started at 0 end together at 33.414607552 s", () => {
    // [0, 5): (1.25e9 − 1.25e8) / 2 = 5.625e8 B/s each        → 2.8125e9 B at 5
    // [5, 10): (1.25e9 − 1.25e8) / 3 = 3.75e8 B/s each        → 4.6875e9 B at 10
    // [10, …): capacity 6.25e8: (6.25e8 − 1.25e8) / 3 B/s each; B − 4.6875e9 = 3 902 434 592 B left
    //          → 3 902 434 592 · 3 / 5e8 = 23.414607552 s
    const t = 10 + ((B - 4.6875e9) * 3) / 5e8;
    expect(Math.abs(t - 33.414607552)).toBeLessThan(1e-12);
    expect(Math.abs(end("web-01") - 33.414607552)).toBeLessThan(1e-9);
    expect(Math.abs(end("web-02") - 33.414607552)).toBeLessThan(1e-9);
  });

  it("the flow that joined at 5 s ends at 39.039607552 s", () => {
    // at 10: 3.75e8 · 5 = 1.875e9 B; at 33.414607552: + 3 902 434 592 = 5 777 434 592 B
    // then alone beside the capped flow: 6.25e8 − 1.25e8 = 5e8 B/s for 2 812 500 000 B = 5.625 s
    expect(B - (1.875e9 + 3_902_434_592)).toBe(2_812_500_000);
    expect(Math.abs(end("web-03") - 39.039607552)).toBeLessThan(1e-9);
    expect(result.flows.find((f) => f.name === "web-03")!.startSeconds).toBe(5);
  });

  it("reports the flows in order of start, with sizes, caps and kinds", () => {
    expect(
      result.flows.map((f) => [f.name, f.kind, f.bytes, f.capBytesPerSecond, f.startSeconds]),
    ).toEqual([
      ["web-01", "vmotion", B, Number.POSITIVE_INFINITY, 0],
      ["web-02", "vmotion", B, Number.POSITIVE_INFINITY, 0],
      ["db-01", "hcx", B, CAP, 0],
      ["web-03", "vmotion", B, Number.POSITIVE_INFINITY, 5],
    ]);
    expect(Math.abs(result.makespanSeconds - 68.719476736)).toBeLessThan(1e-9);
  });

  it("records the link's changes only: full at 0, halved at 10, one flow left at 39.04, idle at 68.72", () => {
    // at 5 the split is still hcx 1.25e8 + vmotion 1.125e9, and at 33.41 still
    // hcx 1.25e8 + vmotion 5e8, so those instants add no point
    const rows = result.series.map((p) => [
      p.timeSeconds,
      p.capacityBytesPerSecond,
      p.usedBytesPerSecond,
    ]);
    const expected = [
      [0, LINK, LINK],
      [10, LINK / 2, LINK / 2],
      [39.039607552, LINK / 2, CAP],
      [68.719476736, LINK / 2, 0],
    ];
    expect(rows).toHaveLength(expected.length);
    rows.forEach((row, i) => {
      expect(Math.abs(row[0]! - expected[i]![0]!)).toBeLessThan(1e-9);
      expect(row[1]).toBe(expected[i]![1]);
      // the used rate is a sum of shares such as 5e8 / 3: equal to the capacity but for rounding
      expect(Math.abs(row[2]! - expected[i]![2]!)).toBeLessThanOrEqual(1e-12 * LINK);
    });
    expect(result.series[0]!.usedByKind).toEqual({ vmotion: LINK - CAP, hcx: CAP });
    expect(result.series[1]!.usedByKind.hcx).toBe(CAP);
    expect(Math.abs(result.series[1]!.usedByKind.vmotion! - (LINK / 2 - CAP))).toBeLessThan(1e-3);
  });

  it("carries 4 × 8 GiB, 8 GiB of it as hcx", () => {
    expect(Math.abs(result.usage.carriedBytes - 4 * B)).toBeLessThan(1e-3);
    expect(Math.abs(result.usage.carriedBytesByKind.hcx! - B)).toBeLessThan(1e-3);
    expect(Math.abs(result.usage.carriedBytesByKind.vmotion! - 3 * B)).toBeLessThan(1e-3);
  });

  it("is pure: two calls give the same result", () => {
    expect(simulateSharedLink()).toEqual(result);
  });
});

describe("sharedLink command line", () => {
  it("prints a table with one row per flow and per series point", () => {
    const out: string[] = [];
    expect(sharedLinkCli([], (text) => out.push(text))).toBe(0);
    const text = out.join("\n");
    expect(text).toBe(sharedLinkReport(simulateSharedLink()));
    expect(text).toMatch(/db-01 +hcx +8\.00 +1\.000/);
    expect(text).toMatch(/68\.719476736/);
    expect(text).toMatch(/utilisation/);
  });

  it("--json prints the result as JSON only", () => {
    const out: string[] = [];
    expect(sharedLinkCli(["--json"], (text) => out.push(text))).toBe(0);
    const parsed = JSON.parse(out.join(""));
    expect(parsed.flows).toHaveLength(4);
    expect(parsed.flows[0].capBytesPerSecond).toBeNull();
    expect(parsed.series).toHaveLength(4);
  });

  it("rejects an unknown argument with exit code 2 and the usage on the warning stream", () => {
    const out: string[] = [];
    const errors: string[] = [];
    const code = sharedLinkCli(
      ["--csv"],
      (t) => out.push(t),
      (t) => errors.push(t),
    );
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(errors.join("")).toMatch(/^error: .*--csv[\s\S]*usage/);
  });
});
