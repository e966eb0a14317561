import { describe, expect, it } from "vitest";
import { changedBlockBytes } from "../../../models/storage/changedBlockBytes.ts";
import { deltaSync, replicateVolume } from "../../../models/storage/replicateVolume.ts";
import { Environment } from "../../../sim/Environment.ts";
import { FluidNetwork } from "../../../sim/link/FluidNetwork.ts";

describe("changedBlockBytes(disk, rate, elapsed)", () => {
  it("is the change rate times the elapsed time", () => {
    expect(changedBlockBytes(100e9, 1e6, 3600)).toBe(3.6e9);
  });
  it("never exceeds the whole disk, nor goes below 0", () => {
    expect(changedBlockBytes(1e9, 1e6, 1e6)).toBe(1e9);
    expect(changedBlockBytes(1e9, 1e6, -5)).toBe(0);
  });
});

describe("replicateVolume then deltaSync share the link as storage flows", () => {
  it("seeds at the link rate, then sends the blocks changed since", () => {
    const env = new Environment();
    const network = new FluidNetwork(env);
    const link = network.addLink({ name: "wan", capacityBytesPerSecond: 1e8 });
    const volume = {
      name: "vm",
      diskBytes: 1e10,
      changeRateBytesPerSecond: 1e6,
      links: [link],
      capBytesPerSecond: Number.POSITIVE_INFINITY,
    };
    const times: number[] = [];
    env.process(
      "vm",
      (function* () {
        const seeded = yield* replicateVolume(env, network, volume);
        times.push(seeded.endSeconds);
        yield env.timeout(900);
        const delta = yield* deltaSync(env, network, volume, seeded.endSeconds);
        times.push(delta.bytes, delta.endSeconds);
      })(),
    );
    env.run();
    // 1e10 B / 1e8 B/s = 100 s; 900 s later 9e8 B changed → 9 s more
    expect(times[0]).toBeCloseTo(100, 9);
    expect(times[1]).toBeCloseTo(9e8, 3);
    expect(times[2]).toBeCloseTo(1009, 9);
    expect(link.usage().carriedBytesByKind.storage).toBeCloseTo(1.09e10, 0);
  });
});
