import { describe, expect, it } from "vitest";
import { type PrecopyOutcome, precopy } from "../../../models/migration/precopy.ts";
import { precopyEstimate } from "../../../models/migration/precopyEstimate.ts";
import { GBIT_PER_SECOND, GIB, MB } from "../../../models/units.ts";
import { Environment } from "../../../sim/Environment.ts";
import { FluidNetwork } from "../../../sim/link/FluidNetwork.ts";

const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);

function simulateAlone(R: number, D: number, memoryBytes: number, throttle?: number) {
  const env = new Environment();
  const network = new FluidNetwork(env);
  const link = network.addLink({ name: "wan", capacityBytesPerSecond: R });
  let outcome: PrecopyOutcome | undefined;
  env.process(
    "vm",
    (function* () {
      outcome = yield* precopy(env, network, {
        name: "vm",
        memoryBytes,
        dirtyRateBytesPerSecond: D,
        stunBudgetSeconds: 0.5,
        maxRounds: 30,
        resumeSeconds: 0.05,
        ...(throttle === undefined ? {} : { throttleDirtyFraction: throttle }),
        links: [link],
        capBytesPerSecond: Number.POSITIVE_INFINITY,
      });
    })(),
  );
  env.run();
  return outcome!;
}

describe("precopy (simulated, one VM alone on a link)", () => {
  const cases = [
    ["10 GbE, 100 MB/s", 0.9 * 10 * GBIT_PER_SECOND, 100 * MB, undefined],
    ["1 GbE, 50 MB/s", 0.9 * GBIT_PER_SECOND, 50 * MB, undefined],
    ["1 GbE, 150 MB/s, no throttling", 0.9 * GBIT_PER_SECOND, 150 * MB, undefined],
    ["1 GbE, 150 MB/s, Stun During Page Send", 0.9 * GBIT_PER_SECOND, 150 * MB, 0.5],
    ["10 GbE, 1 GB/s", 0.9 * 10 * GBIT_PER_SECOND, 1e9, undefined],
  ] as const;
  for (const [label, R, D, throttle] of cases) {
    it(`equals the closed form within 1e-9 relative: ${label}`, () => {
      const V = 8 * GIB;
      const sim = simulateAlone(R, D, V, throttle);
      const est = precopyEstimate({
        memoryBytes: V,
        rateBytesPerSecond: R,
        dirtyRateBytesPerSecond: D,
        stunBudgetSeconds: 0.5,
        maxRounds: 30,
        resumeSeconds: 0.05,
        ...(throttle === undefined ? {} : { throttleDirtyFraction: throttle }),
      });
      expect(sim.rounds).toBe(est.rounds);
      expect(sim.converged).toBe(est.converged);
      expect(sim.throttled).toBe(est.throttled);
      expect(rel(sim.transferredBytes, est.transferredBytes)).toBeLessThan(1e-9);
      expect(rel(sim.endSeconds - sim.startSeconds, est.totalSeconds)).toBeLessThan(1e-9);
      expect(rel(sim.downtimeSeconds, est.downtimeSeconds)).toBeLessThan(1e-9);
      expect(Math.abs(sim.throttleSlowdownFraction - est.throttleSlowdownFraction)).toBeLessThan(
        1e-9,
      );
      expect(Math.abs(sim.throttleSeconds - est.throttleSeconds)).toBeLessThan(
        1e-9 * est.totalSeconds + 1e-12,
      );
    });
  }

  it("a round slows down when another flow shares the link, and more rounds follow", () => {
    const R = 0.9 * GBIT_PER_SECOND;
    const env = new Environment();
    const network = new FluidNetwork(env);
    const link = network.addLink({ name: "wan", capacityBytesPerSecond: R });
    network.transfer({ bytes: 50 * GIB, links: [link], kind: "storage" });
    let shared: PrecopyOutcome | undefined;
    env.process(
      "vm",
      (function* () {
        shared = yield* precopy(env, network, {
          name: "vm",
          memoryBytes: 8 * GIB,
          dirtyRateBytesPerSecond: 20 * MB,
          stunBudgetSeconds: 0.5,
          maxRounds: 30,
          resumeSeconds: 0,
          links: [link],
          capBytesPerSecond: Number.POSITIVE_INFINITY,
        });
      })(),
    );
    env.run();
    const alone = simulateAlone(R, 20 * MB, 8 * GIB);
    // Half the rate: λ doubles (0.178 → 0.356) and the threshold halves, so more rounds.
    expect(shared!.rounds).toBeGreaterThan(alone.rounds);
    expect(shared!.endSeconds - shared!.startSeconds).toBeGreaterThan(
      1.9 * (alone.endSeconds - alone.startSeconds),
    );
    expect(shared!.converged).toBe(true);
  });
});
