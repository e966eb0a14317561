import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type DuringMigrationInput,
  type DuringWebVm,
  duringMigrationLatency,
} from "../../../models/latency/duringMigrationLatency.ts";
import type { MmcQueue } from "../../../models/latency/mmcResponseSurvival.ts";
import { responseTimePercentile } from "../../../models/latency/responseTimePercentile.ts";

const HOUR = 3600;
const mm1 = (arrivalRatePerSecond: number, serviceRatePerSecond: number): MmcQueue => ({
  arrivalRatePerSecond,
  serviceRatePerSecond,
  servers: 1,
});
const web = (over: Partial<DuringWebVm> = {}): DuringWebVm => ({
  name: "web",
  group: "g",
  switchoverSeconds: 1800,
  downtimeSeconds: 0,
  sites: 10,
  sourceQueues: [mm1(5, 10)],
  targetQueues: [mm1(5, 20)],
  sourceNetworkRttSeconds: 0.001,
  targetNetworkRttSeconds: 0.0005,
  ...over,
});
const input = (over: Partial<DuringMigrationInput> = {}): DuringMigrationInput => ({
  webVms: [web()],
  backendVms: [{ name: "db", group: "g", switchoverSeconds: 1800, downtimeSeconds: 0 }],
  windowSeconds: HOUR,
  stepSeconds: HOUR,
  interSiteRttSeconds: 0.004,
  callsPerRequest: 15,
  trombone: true,
  ...over,
});

describe("duringMigrationLatency(input)", () => {
  it("equals the base latency of the platform each VM is on with zero RTT and zero stun", () => {
    // Half the hour on the source (M/M/1, μ − λ = 5/s, + 1 ms), half on the target (15/s, + 0.5 ms).
    const r = duringMigrationLatency(
      input({
        interSiteRttSeconds: 0,
        backendVms: [{ name: "db", group: "g", switchoverSeconds: 3000, downtimeSeconds: 0 }],
      }),
    );
    const base = [
      { weight: 1800, queue: mm1(5, 10), fixedSeconds: 0.001 },
      { weight: 1800, queue: mm1(5, 20), fixedSeconds: 0.0005 },
    ];
    expect(r.overall.p50Ms).toBeCloseTo(responseTimePercentile(base, 0.5) * 1000, 6);
    expect(r.overall.p95Ms).toBeCloseTo(responseTimePercentile(base, 0.95) * 1000, 6);
    expect(r.overall.p99Ms).toBeCloseTo(responseTimePercentile(base, 0.99) * 1000, 6);
    expect(r.groups).toEqual([]);
  });

  it("adds 15 × RTT + one tromboned RTT to every request of a group split for the whole hour (hand calculation)", () => {
    // Web VM at the target from t = 0, its db at the source until the end of the hour.
    // Requests: T ~ Exp(μ = 20/s) (no queueing, λ = 0) + 0.5 ms + 15 × 4 ms + 4 ms, so
    // p95 = ln(20)/20 s + 64.5 ms = 149.787 + 64.5 ms.
    const r = duringMigrationLatency(
      input({
        webVms: [web({ switchoverSeconds: 0, targetQueues: [mm1(0, 20)] })],
        backendVms: [{ name: "db", group: "g", switchoverSeconds: HOUR, downtimeSeconds: 0 }],
      }),
    );
    expect(r.overall.p95Ms).toBeCloseTo((Math.log(20) / 20) * 1000 + 64.5, 5);
    expect(r.overall.p50Ms).toBeCloseTo((Math.log(2) / 20) * 1000 + 64.5, 5);
    expect(r.groups).toHaveLength(1);
    expect(r.groups[0]?.group).toBe("g");
    expect(r.groups[0]?.fromSeconds).toBe(0);
    expect(r.groups[0]?.toSeconds).toBe(HOUR);
    expect(r.groups[0]?.splitSeconds).toBe(HOUR);
    expect(r.groups[0]?.maxExtraMs).toBeCloseTo(64, 9);
    expect(r.groups[0]?.meanExtraMs).toBeCloseTo(64, 9);
  });

  it("weighs a stun by the fraction of the hour it lasts: requests in a 36 s stun (1 %) wait 18 s", () => {
    // λ = 0, T ~ Exp(20/s) + 0.5 ms on either site; the 1 % of requests arriving in the stun
    // wait 18 s more, so they are all above p95: solve 0.99·e^(−20(t − 0.0005)) + 0.01 = 0.05
    // → t = 0.0005 + ln(0.99/0.04)/20 s.
    const r = duringMigrationLatency(
      input({
        webVms: [
          web({
            group: null,
            switchoverSeconds: 1800,
            downtimeSeconds: 36,
            sourceQueues: [mm1(0, 20)],
            targetQueues: [mm1(0, 20)],
            sourceNetworkRttSeconds: 0.0005,
          }),
        ],
        backendVms: [],
      }),
    );
    expect(r.overall.p95Ms).toBeCloseTo((0.0005 + Math.log(0.99 / 0.04) / 20) * 1000, 4);
    expect(r.overall.p99Ms).toBeGreaterThan(1000);
  });

  it("reports a p95 per step and the worst step", () => {
    const r = duringMigrationLatency(
      input({
        windowSeconds: 2.5 * HOUR,
        webVms: [
          web({
            switchoverSeconds: 2 * HOUR,
            sourceQueues: [mm1(1, 10), mm1(8, 10), mm1(2, 10)],
            targetQueues: [mm1(1, 20), mm1(8, 20), mm1(2, 20)],
          }),
        ],
        backendVms: [{ name: "db", group: "g", switchoverSeconds: 2 * HOUR, downtimeSeconds: 0 }],
      }),
    );
    expect(r.p95MsByStep).toHaveLength(3);
    // Hour 1 on the source at λ = 8/s: M/M/1 p95 = ln(20)/(10 − 8) s + 1 ms.
    expect(r.p95MsByStep[1]).toBeCloseTo((Math.log(20) / 2) * 1000 + 1, 4);
    expect(r.worstStep).toEqual({ step: 1, p95Ms: r.p95MsByStep[1] });
  });

  it("throws a RangeError when a web VM has fewer queues than steps", () => {
    expect(() => duringMigrationLatency(input({ windowSeconds: 2 * HOUR }))).toThrow(RangeError);
  });

  const fleet = fc.record({
    vms: fc.array(
      fc.record({
        group: fc.constantFrom("a", "b", null),
        switchoverSeconds: fc.double({ min: 0, max: 2 * HOUR, noNaN: true }),
        downtimeSeconds: fc.double({ min: 0, max: 2, noNaN: true }),
        sites: fc.integer({ min: 1, max: 30 }),
        utilization: fc.double({ min: 0, max: 0.9, noNaN: true }),
        servers: fc.integer({ min: 1, max: 8 }),
      }),
      { minLength: 1, maxLength: 5 },
    ),
    backends: fc.array(
      fc.record({
        group: fc.constantFrom("a", "b"),
        switchoverSeconds: fc.double({ min: 0, max: 2 * HOUR, noNaN: true }),
        downtimeSeconds: fc.double({ min: 0, max: 2, noNaN: true }),
      }),
      { maxLength: 4 },
    ),
    // The target's cores run at speedup × the source's, for every VM: one platform dominates.
    speedup: fc.double({ min: 0.5, max: 2, noNaN: true }),
    rttSeconds: fc.double({ min: 0, max: 0.05, noNaN: true }),
    trombone: fc.boolean(),
  });
  type FleetValue = typeof fleet extends fc.Arbitrary<infer T> ? T : never;
  const build = (f: FleetValue, rttSeconds: number): DuringMigrationInput => ({
    webVms: f.vms.map((v, i) => {
      const mu = 40;
      const queue = {
        arrivalRatePerSecond: v.utilization * v.servers * mu,
        serviceRatePerSecond: mu,
        servers: v.servers,
      };
      return {
        name: `w${i}`,
        group: v.group,
        switchoverSeconds: v.switchoverSeconds,
        downtimeSeconds: v.downtimeSeconds,
        sites: v.sites,
        sourceQueues: [queue, queue],
        targetQueues: Array(2).fill({ ...queue, serviceRatePerSecond: mu * f.speedup }),
        sourceNetworkRttSeconds: 0.001,
        targetNetworkRttSeconds: 0.001,
      };
    }),
    backendVms: f.backends.map((b, i) => ({ name: `b${i}`, ...b })),
    windowSeconds: 2 * HOUR,
    stepSeconds: HOUR,
    interSiteRttSeconds: rttSeconds,
    callsPerRequest: 15,
    trombone: f.trombone,
  });

  it("is never below the better of staying at the source and being at the target, when one platform dominates", () => {
    fc.assert(
      fc.property(fleet, (f) => {
        const r = duringMigrationLatency(build(f, f.rttSeconds));
        for (const k of ["p50Ms", "p95Ms", "p99Ms"] as const) {
          expect(r.overall[k]).toBeGreaterThanOrEqual(
            Math.min(r.sourceOnly[k], r.targetOnly[k]) * (1 - 1e-6),
          );
        }
      }),
      { numRuns: 60 },
    );
  });

  it("never falls as the inter-site RTT rises", () => {
    fc.assert(
      fc.property(fleet, fc.double({ min: 0, max: 0.05, noNaN: true }), (f, more) => {
        const low = duringMigrationLatency(build(f, f.rttSeconds));
        const high = duringMigrationLatency(build(f, f.rttSeconds + more));
        for (const k of ["p50Ms", "p95Ms", "p99Ms"] as const) {
          expect(high.overall[k]).toBeGreaterThanOrEqual(low.overall[k] * (1 - 1e-6));
        }
        expect(high.worstStep.p95Ms).toBeGreaterThanOrEqual(low.worstStep.p95Ms * (1 - 1e-6));
      }),
      { numRuns: 60 },
    );
  });
});
