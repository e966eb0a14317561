import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { WholeProcessRow } from "../../bench/montecarlo/compareWholeProcess.ts";
import { amdahlBound, fitScaling, fixedCostAllowed } from "../../bench/montecarlo/workerScaling.ts";

function row(workers: number, replications: number, wallSeconds: number): WholeProcessRow {
  return {
    workers,
    replications,
    wallSeconds,
    allWallSeconds: [wallSeconds],
    replicationsPerSecond: replications / wallSeconds,
    inRunReplicationsPerSecond: Number.NaN,
  };
}

describe("worker scaling arithmetic (bench, issue 16)", () => {
  it("fits T(N) = a + bN through two sizes per worker count", () => {
    // 1 worker: 1 s + 3 ms per replication; 2 workers: 1.2 s + 2 ms
    const fits = fitScaling(
      [row(1, 1_000, 4), row(2, 1_000, 3.2)],
      [row(1, 3_000, 10), row(2, 3_000, 7.2)],
    );
    expect(fits[0]!.fixedSeconds).toBeCloseTo(1, 12);
    expect(fits[0]!.perReplicationSeconds).toBeCloseTo(0.003, 12);
    expect(fits[1]!.fixedSeconds).toBeCloseTo(1.2, 12);
    expect(fits[1]!.perReplicationSeconds).toBeCloseTo(0.002, 12);
  });

  it("bounds the speed-up by Amdahl's law with the fixed cost as the serial part", () => {
    // a = 1 s, b·N = 3 s: (1 + 3) / (1 + 1.5) = 1.6 on two workers
    const fit = { workers: 1, fixedSeconds: 1, perReplicationSeconds: 0.003 };
    expect(amdahlBound(fit, 1_000, 2)).toBeCloseTo(1.6, 12);
    // no fixed cost: K workers give K
    expect(amdahlBound({ ...fit, fixedSeconds: 0 }, 1_000, 2)).toBeCloseTo(2, 12);
  });

  it("gives the fixed cost at which the bound meets a target, the inverse of the bound", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-4, max: 0.1, noNaN: true }),
        fc.integer({ min: 10, max: 100_000 }),
        fc.integer({ min: 2, max: 64 }),
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        (b, n, k, fraction) => {
          const speedUp = 1 + (k - 1) * fraction;
          const a = fixedCostAllowed(b, n, k, speedUp);
          expect(a).toBeGreaterThanOrEqual(0);
          const bound = amdahlBound(
            { workers: 1, fixedSeconds: a, perReplicationSeconds: b },
            n,
            k,
          );
          expect(bound).toBeCloseTo(speedUp, 9);
        },
      ),
    );
    // the case: 1.8× on 2 workers of 1,000 replications at 3 ms needs a ≤ 0.375 s
    // (3 s of work: (a + 3) / (a + 1.5) = 1.8 ⇔ a = 0.3 / 0.8)
    expect(fixedCostAllowed(0.003, 1_000, 2, 1.8)).toBeCloseTo(0.375, 12);
  });
});
