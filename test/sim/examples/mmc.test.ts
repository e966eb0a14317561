import { describe, expect, it } from "vitest";
import { simulateMmc } from "../../../sim/examples/mmc.ts";
import { replicationSummary } from "../../../sim/stats/replicationSummary.ts";
import { erlangC } from "../../../sim/theory/erlangC.ts";

/** Mean waits of `replications` independent runs with warm-up deletion. */
function replicate(servers: number, lambda: number, mu: number, replications: number) {
  const waits: number[] = [];
  for (let r = 0; r < replications; r++) {
    const run = simulateMmc({
      servers,
      arrivalRatePerSecond: lambda,
      serviceRatePerSecond: mu,
      customers: 40_000,
      warmupCustomers: 4_000,
      seed: 2026,
      replication: r,
    });
    waits.push(run.meanWaitSeconds);
  }
  return replicationSummary(waits, 0.99);
}

describe("simulateMmc (engine validation against queueing theory)", () => {
  it("M/M/1 at ρ = 0.9: the Erlang-C wait Wq = 9 s lies inside the 99% CI over replications", () => {
    const summary = replicate(1, 0.9, 1, 40);
    const theory = erlangC(0.9, 1, 1).meanWaitSeconds;
    expect(theory).toBeCloseTo(9, 12);
    expect(summary.lower).toBeLessThanOrEqual(theory);
    expect(summary.upper).toBeGreaterThanOrEqual(theory);
    // and the interval is tight enough to mean something (±10%)
    expect(summary.halfWidth / theory).toBeLessThan(0.1);
  });

  it("M/M/4 at ρ = 0.8: the Erlang-C wait lies inside the 99% CI over replications", () => {
    const summary = replicate(4, 3.2, 1, 30);
    const theory = erlangC(3.2, 1, 4).meanWaitSeconds;
    expect(summary.lower).toBeLessThanOrEqual(theory);
    expect(summary.upper).toBeGreaterThanOrEqual(theory);
    expect(summary.halfWidth / theory).toBeLessThan(0.1);
  });

  it("utilisation and queue length agree with ρ and Lq = λ·Wq (Little's law)", () => {
    const run = simulateMmc({
      servers: 2,
      arrivalRatePerSecond: 1.5,
      serviceRatePerSecond: 1,
      customers: 200_000,
      warmupCustomers: 5_000,
      seed: 7,
    });
    expect(run.utilization).toBeCloseTo(0.75, 2);
    expect(run.meanQueueLength).toBeCloseTo(1.5 * run.meanWaitSeconds, 1);
    expect(run.customers).toBe(195_000);
  });

  it("is deterministic: the same seed gives the same result, another seed another", () => {
    const options = {
      servers: 3,
      arrivalRatePerSecond: 2.4,
      serviceRatePerSecond: 1,
      customers: 5_000,
      seed: 11,
    };
    expect(simulateMmc(options)).toEqual(simulateMmc(options));
    expect(simulateMmc({ ...options, seed: 12 }).meanWaitSeconds).not.toBe(
      simulateMmc(options).meanWaitSeconds,
    );
  });

  it("rejects impossible inputs", () => {
    const ok = {
      servers: 1,
      arrivalRatePerSecond: 1,
      serviceRatePerSecond: 2,
      customers: 10,
      seed: 1,
    };
    expect(() => simulateMmc({ ...ok, servers: 0 })).toThrow(/servers/);
    expect(() => simulateMmc({ ...ok, customers: 0 })).toThrow(/customers/);
    expect(() => simulateMmc({ ...ok, warmupCustomers: 10 })).toThrow(/warmupCustomers/);
  });
});
