import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { migrationStack, transportOf } from "../../../models/migration/MIGRATION_STACKS.ts";
import {
  NO_TRANSPORT_COSTS,
  type PrecopyTransport,
  transportCapBytesPerSecond,
} from "../../../models/migration/PrecopyTransport.ts";
import { type PrecopyOutcome, precopy } from "../../../models/migration/precopy.ts";
import { type PrecopyInput, precopyEstimate } from "../../../models/migration/precopyEstimate.ts";
import { GBIT_PER_SECOND, GIB, MIB } from "../../../models/units.ts";
import { Environment } from "../../../sim/Environment.ts";
import { FluidNetwork } from "../../../sim/link/FluidNetwork.ts";
import { maxOf } from "../../../sim/stats/extremes.ts";

/** Equal to 1e-9 relative, or within a nanosecond (the network settles flows to about that). */
const closeSeconds = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.abs(b) + 1e-9;
/** Equal to 1e-9 relative, or within a microbyte (sub-normal remainders lose their digits). */
const closeBytes = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.abs(b) + 1e-6;

/** The engine process alone on one link of the estimate's rate. */
function simulateAlone(input: PrecopyInput): PrecopyOutcome {
  const env = new Environment();
  const network = new FluidNetwork(env);
  const link = network.addLink({ name: "wan", capacityBytesPerSecond: input.rateBytesPerSecond });
  let outcome: PrecopyOutcome | undefined;
  env.process(
    "vm",
    (function* () {
      outcome = yield* precopy(env, network, {
        name: "vm",
        links: [link],
        capBytesPerSecond: Number.POSITIVE_INFINITY,
        ...input,
      });
    })(),
  );
  env.run();
  return outcome!;
}

function expectEqual(input: PrecopyInput) {
  const est = precopyEstimate(input);
  const sim = simulateAlone(input);
  expect(sim.rounds).toBe(est.rounds);
  expect(sim.converged).toBe(est.converged);
  expect(sim.throttled).toBe(est.throttled);
  expect(closeBytes(sim.transferredBytes, est.transferredBytes)).toBe(true);
  expect(closeBytes(sim.wireBytes, est.wireBytes)).toBe(true);
  expect(closeSeconds(sim.endSeconds - sim.startSeconds, est.totalSeconds)).toBe(true);
  expect(closeSeconds(sim.downtimeSeconds, est.downtimeSeconds)).toBe(true);
  expect(closeSeconds(sim.compressionCoreSeconds, est.compressionCoreSeconds)).toBe(true);
  expect(Math.abs(sim.throttleSeconds - est.throttleSeconds)).toBeLessThan(
    1e-9 * est.totalSeconds + 1e-12,
  );
  return est;
}

const TEN_GBE = 0.9 * 10 * GBIT_PER_SECOND;
const base = {
  memoryBytes: 8 * GIB,
  rateBytesPerSecond: TEN_GBE,
  dirtyRateBytesPerSecond: 20 * MIB,
  stunBudgetSeconds: 0.5,
  maxRounds: 30,
  resumeSeconds: 0.05,
};

describe("pre-copy with real hypervisors' terms (issue 14)", () => {
  it("sends only the touched memory in the first pass, walking every page meanwhile", () => {
    const transport = { ...NO_TRANSPORT_COSTS, scanBytesPerSecond: 8e9 };
    const all = precopyEstimate({ ...base, transport });
    const touched = precopyEstimate({ ...base, touchedBytes: 1 * GIB, transport });
    expect(touched.roundBytes[0]).toBe(1 * GIB);
    // the walk over 8 GiB at 8 GB/s (1.07 s) outlasts sending 1 GiB (0.95 s): round 0 is the walk
    expect(touched.scanSeconds).toBeCloseTo((8 * GIB) / 8e9, 12);
    expect(touched.totalSeconds).toBeGreaterThan(touched.scanSeconds);
    // against 8 GiB sent in 7.6 s
    expect(touched.totalSeconds).toBeLessThan(all.totalSeconds / 3);
    expectEqual({ ...base, touchedBytes: 1 * GIB, transport });
  });

  it("re-sends at most the writable working set, whatever the memory size", () => {
    // 1 GbE, dirtying 150 MB/s: λ > 1, so without a working set every round re-sends all
    // 64 GiB; with a 2 GiB working set the remainder stays at 2 GiB (then throttled)
    const oneGbe = { ...base, memoryBytes: 64 * GIB, rateBytesPerSecond: 0.9 * GBIT_PER_SECOND };
    const input = { ...oneGbe, dirtyRateBytesPerSecond: 150e6, throttleDirtyFraction: 0.5 };
    const whole = precopyEstimate(input);
    const capped = precopyEstimate({ ...input, workingSetBytes: 2 * GIB });
    expect(maxOf(capped.roundBytes.slice(1))).toBeLessThanOrEqual(2 * GIB);
    expect(whole.roundBytes[1]).toBe(64 * GIB);
    expect(capped.transferredBytes).toBeLessThan(whole.transferredBytes / 1.8);
    expectEqual({ ...input, workingSetBytes: 2 * GIB });
  });

  it("pays the set-up and the handshakes' round trips, and RTT caps a stream at window ÷ RTT", () => {
    const transport: PrecopyTransport = {
      ...NO_TRANSPORT_COSTS,
      setupSeconds: 2,
      handshakeRoundTrips: 4,
      switchoverRoundTrips: 2,
      rttSeconds: 0.1,
      windowBytes: 8 * MIB,
    };
    const e = expectEqual({ ...base, transport });
    expect(e.setupSeconds).toBeCloseTo(2.4, 12);
    // one stream: 8 MiB ÷ 0.1 s = 83.9 MB/s, far below the 10 GbE link
    expect(e.memoryRateBytesPerSecond).toBeCloseTo((8 * MIB) / 0.1, 6);
    const noRtt = precopyEstimate({ ...base, transport: { ...transport, rttSeconds: 0 } });
    expect(e.totalSeconds).toBeGreaterThan(10 * noRtt.totalSeconds);
    // the stun holds the switchover's two round trips
    expect(e.downtimeSeconds).toBeGreaterThanOrEqual(0.2 + 0.05);
  });

  it("compression multiplies the memory rate on a link-bound transfer and costs CPU", () => {
    const transport = { ...NO_TRANSPORT_COSTS, compressionRatio: 2.5 };
    const plain = precopyEstimate({ ...base, rateBytesPerSecond: 0.9 * GBIT_PER_SECOND });
    const packed = expectEqual({ ...base, rateBytesPerSecond: 0.9 * GBIT_PER_SECOND, transport });
    expect(packed.memoryRateBytesPerSecond).toBeCloseTo(2.5 * 0.9 * GBIT_PER_SECOND, 3);
    expect(packed.wireBytes).toBeCloseTo(packed.transferredBytes / 2.5, 3);
    expect(packed.totalSeconds).toBeLessThan(plain.totalSeconds / 2.3);
    const cpuBound = precopyEstimate({
      ...base,
      transport: { ...transport, compressBytesPerSecondPerCore: 0.5e9 },
    });
    // one core compresses 0.5 GB/s: on 10 GbE compression is the limit
    expect(cpuBound.memoryRateBytesPerSecond).toBeCloseTo(0.5e9, 3);
    expect(cpuBound.compressionCoreSeconds).toBeCloseTo(cpuBound.transferredBytes / 0.5e9, 6);
  });

  it("vSphere 7 U2 opens one stream per 15 Gbit/s: a 100 GbE vmknic gets 7 streams of 15 Gbit/s", () => {
    const stack = migrationStack("vsphere-7u2");
    const t = transportOf(stack, {
      nicBytesPerSecond: 100 * GBIT_PER_SECOND,
      nics: 1,
      rttSeconds: 0,
    });
    expect(t.streams).toBe(7);
    expect(transportCapBytesPerSecond(t)).toBeCloseTo(105 * GBIT_PER_SECOND, 3);
    const before = transportOf(migrationStack("vsphere-6"), {
      nicBytesPerSecond: 40 * GBIT_PER_SECOND,
      nics: 1,
      rttSeconds: 0,
    });
    // KB 323379: one vmknic on 40 GbE peaks at 18 Gbit/s
    expect(before.streams).toBe(1);
    expect(transportCapBytesPerSecond(before)).toBeCloseTo(18 * GBIT_PER_SECOND, 3);
  });

  it("engine and closed form agree on a lone link with every term (fast-check)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.25, max: 512, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0.1, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 2_000, noNaN: true }),
        fc.double({ min: 0, max: 0.15, noNaN: true }),
        fc.integer({ min: 1, max: 8 }),
        fc.double({ min: 1, max: 4, noNaN: true }),
        fc.boolean(),
        fc.integer({ min: 1, max: 40 }),
        fc.constantFrom("round" as const, "continuous" as const),
        (
          memGib,
          touchedF,
          wsF,
          gbps,
          dirtyMib,
          rtt,
          streams,
          ratio,
          throttle,
          maxRounds,
          check,
        ) => {
          const memoryBytes = memGib * GIB;
          expectEqual({
            memoryBytes,
            touchedBytes: touchedF * memoryBytes,
            workingSetBytes: wsF * memoryBytes,
            rateBytesPerSecond: gbps * GBIT_PER_SECOND,
            dirtyRateBytesPerSecond: dirtyMib * MIB,
            stunBudgetSeconds: 0.5,
            maxRounds,
            resumeSeconds: 0.05,
            ...(throttle ? { throttleDirtyFraction: 0.5 } : {}),
            transport: {
              setupSeconds: 2,
              handshakeRoundTrips: 4,
              switchoverRoundTrips: 2,
              rttSeconds: rtt,
              streams,
              streamBytesPerSecond: 15 * GBIT_PER_SECOND,
              windowBytes: 64 * MIB,
              compressionRatio: ratio,
              compressBytesPerSecondPerCore: 4e9,
              scanBytesPerSecond: 8e9,
              switchoverCheck: check,
            },
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});
