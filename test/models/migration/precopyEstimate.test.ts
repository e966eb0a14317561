import { describe, expect, it } from "vitest";
import { precopyEstimate } from "../../../models/migration/precopyEstimate.ts";
import { GBIT_PER_SECOND, GIB, MB } from "../../../models/units.ts";

// FACTS.md worked checks: R = 0.9 × line rate, stun budget 0.5 s, V = 8 GiB, T_resume = 0.
const base = {
  memoryBytes: 8 * GIB,
  stunBudgetSeconds: 0.5,
  maxRounds: 30,
  resumeSeconds: 0,
};
const R10 = 0.9 * 10 * GBIT_PER_SECOND; // 1.125e9 B/s
const R1 = 0.9 * 1 * GBIT_PER_SECOND; // 1.125e8 B/s

/** Liu et al. (HPDC 2011) written literally, for λ < 1. */
function liu(V: number, R: number, D: number, budget: number, nMax: number) {
  const lambda = D / R;
  const n = Math.min(Math.ceil(Math.log((R * budget) / V) / Math.log(lambda)), nMax);
  const vMig = (V * (1 - lambda ** (n + 1))) / (1 - lambda);
  return { n, vMig, tMig: vMig / R, tDown: (V * lambda ** n) / R };
}

describe("precopyEstimate (Liu et al. HPDC 2011)", () => {
  it("8 GiB on 10 GbE dirtying 100 MB/s: ≈8.4 s and ≈60 ms (FACTS.md)", () => {
    // λ = 1e8 / 1.125e9 = 0.0889; V_thd/V = 5.625e8 / 8.59e9 = 0.0655; log_λ = 1.126 → n = 2
    // V_mig = V (1 − λ³)/(1 − λ) = 9.421e9 B → 8.374 s; T_down = V λ² / R = 0.0603 s
    const e = precopyEstimate({
      ...base,
      rateBytesPerSecond: R10,
      dirtyRateBytesPerSecond: 100 * MB,
    });
    expect(e.rounds).toBe(2);
    expect(e.totalSeconds).toBeCloseTo(8.4, 1);
    expect(e.downtimeSeconds).toBeCloseTo(0.06, 2);
    expect(e.converged).toBe(true);
    expect(e.throttled).toBe(false);
  });

  it("8 GiB on 1 GbE dirtying 50 MB/s: ≈137 s and ≈0.26 s (FACTS.md)", () => {
    // λ = 0.4444; V_thd/V = 0.006548; log_λ = 6.20 → n = 7
    // V_mig = V (1 − λ⁸)/(1 − λ) = 1.5437e10 B → 137.2 s; T_down = V λ⁷ / R = 0.2615 s
    const e = precopyEstimate({
      ...base,
      rateBytesPerSecond: R1,
      dirtyRateBytesPerSecond: 50 * MB,
    });
    expect(e.rounds).toBe(7);
    expect(e.totalSeconds).toBeGreaterThan(136.5);
    expect(e.totalSeconds).toBeLessThan(137.5);
    expect(e.downtimeSeconds).toBeCloseTo(0.26, 2);
  });

  it("agrees with the literal closed form to 1e-12 relative for λ < 1", () => {
    for (const [R, D] of [
      [R10, 100 * MB],
      [R1, 50 * MB],
      [R1, 100 * MB],
      [R10, 900 * MB],
    ] as const) {
      const e = precopyEstimate({ ...base, rateBytesPerSecond: R, dirtyRateBytesPerSecond: D });
      const l = liu(base.memoryBytes, R, D, 0.5, 30);
      expect(e.rounds).toBe(l.n);
      expect(Math.abs(e.transferredBytes - l.vMig) / l.vMig).toBeLessThan(1e-12);
      expect(Math.abs(e.totalSeconds - l.tMig) / l.tMig).toBeLessThan(1e-12);
      expect(Math.abs(e.downtimeSeconds - l.tDown) / l.tDown).toBeLessThan(1e-12);
    }
  });

  it("8 GiB on 1 GbE dirtying 150 MB/s does not converge without throttling (FACTS.md)", () => {
    // λ = 1.333 ≥ 1: every round re-sends all 8 GiB until the cap forces stop-and-copy
    const e = precopyEstimate({
      ...base,
      rateBytesPerSecond: R1,
      dirtyRateBytesPerSecond: 150 * MB,
    });
    expect(e.converged).toBe(false);
    expect(e.rounds).toBe(30);
    expect(e.transferredBytes).toBe(31 * 8 * GIB);
    expect(e.downtimeSeconds).toBeCloseTo((8 * GIB) / R1, 9); // 76.4 s: far over the budget
  });

  it("converges by throttling the guest (Stun During Page Send) and records the slowdown", () => {
    // f = 0.5: round 0 sends V, round 1 re-sends V (dirtied at full speed), then λ′ = 0.5:
    // 8 GiB × 0.5^k ≤ 5.625e7 B ⇒ k = 8; rounds = 1 + 8 = 9; slowdown = 1 − 0.5 × R / D.
    const e = precopyEstimate({
      ...base,
      rateBytesPerSecond: R1,
      dirtyRateBytesPerSecond: 150 * MB,
      throttleDirtyFraction: 0.5,
    });
    expect(e.converged).toBe(true);
    expect(e.throttled).toBe(true);
    expect(e.rounds).toBe(9);
    expect(e.throttleSlowdownFraction).toBeCloseTo(1 - (0.5 * R1) / (150 * MB), 12);
    expect(e.downtimeSeconds).toBeCloseTo((8 * GIB * 0.5 ** 8) / R1, 12);
    expect(e.throttleSeconds).toBeCloseTo(e.totalSeconds - (8 * GIB) / R1, 9);
  });

  it("always sends a small VM in a live pass first: the stun is the re-dirtied pages only", () => {
    // 100 MB on 10 GbE would fit the 0.5 s budget whole (89 ms), but no hypervisor stops a VM
    // before a first live pass: round 0 sends 100 MB in 88.9 ms while the guest dirties
    // 100 MB/s × 88.9 ms = 8.89 MB, which is the stop-and-copy: 7.9 ms + 50 ms resume.
    const e = precopyEstimate({
      ...base,
      memoryBytes: 100 * MB,
      rateBytesPerSecond: R10,
      dirtyRateBytesPerSecond: 100 * MB,
      resumeSeconds: 0.05,
    });
    const round0 = (100 * MB) / R10;
    expect(e.rounds).toBe(1);
    expect(e.roundBytes[0]).toBe(100 * MB);
    expect(e.roundBytes[1]).toBeCloseTo(round0 * 100 * MB, 3);
    expect(e.transferredBytes).toBeCloseTo(100 * MB + round0 * 100 * MB, 3);
    expect(e.downtimeSeconds).toBeCloseTo((round0 * 100 * MB) / R10 + 0.05, 12);
    expect(e.downtimeSeconds).toBeLessThan(0.1);
  });
});
