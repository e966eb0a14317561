import { describe, expect, it } from "vitest";
import { Environment } from "../../../sim/Environment.ts";
import { FluidNetwork } from "../../../sim/link/FluidNetwork.ts";
import { SharedLink } from "../../../sim/link/SharedLink.ts";
import { scheduleCapacity } from "../../../sim/link/scheduleCapacity.ts";

describe("scheduleCapacity", () => {
  it("sets the capacity at each step's time, and the process ends after the last step", () => {
    const env = new Environment();
    const link = new FluidNetwork(env).addLink({ name: "L", capacityBytesPerSecond: 10 });
    const seen: [number, number][] = [];
    const process = scheduleCapacity(env, link, [
      { atSeconds: 0.1, capacityBytesPerSecond: 5 },
      { atSeconds: 0.7, capacityBytesPerSecond: 0 },
      { atSeconds: 0.7, capacityBytesPerSecond: 7 },
      { atSeconds: 3, capacityBytesPerSecond: 20 },
    ]);
    for (const t of [0.1, 0.7, 3])
      env.timeout(t).onProcessed(() => seen.push([env.now, link.capacityBytesPerSecond]));
    env.run();
    // steps at equal times apply in list order: 0 then 7 at 0.7
    expect(seen).toEqual([
      [0.1, 5],
      [0.7, 7],
      [3, 20],
    ]);
    expect(process.processed).toBe(true);
    expect(link.series.map((p) => [p.timeSeconds, p.capacityBytesPerSecond])).toEqual([
      [0, 10],
      [0.1, 5],
      [0.7, 7],
      [3, 20],
    ]);
  });

  it("drives a SharedLink as well", () => {
    const env = new Environment(10);
    const link = new SharedLink(env, { name: "wan", capacityBytesPerSecond: 100 });
    scheduleCapacity(env, link, [{ atSeconds: 12, capacityBytesPerSecond: 40 }]);
    env.run();
    expect(link.capacityBytesPerSecond).toBe(40);
    expect(link.series.map((p) => p.timeSeconds)).toEqual([10, 12]);
  });

  it("ends quietly when its process is interrupted, leaving the capacity as it is", () => {
    const env = new Environment();
    const link = new FluidNetwork(env).addLink({ name: "L", capacityBytesPerSecond: 10 });
    const process = scheduleCapacity(env, link, [
      { atSeconds: 1, capacityBytesPerSecond: 5 },
      { atSeconds: 2, capacityBytesPerSecond: 1 },
    ]);
    env.timeout(1.5).onProcessed(() => process.interrupt("cancelled window"));
    expect(() => env.run()).not.toThrow();
    expect(link.capacityBytesPerSecond).toBe(5);
    expect(process.ok).toBe(true);
  });

  it("rejects steps out of order, in the past, non-finite, or with a bad capacity, naming the step", () => {
    const env = new Environment(5);
    const link = new FluidNetwork(env).addLink({ name: "L", capacityBytesPerSecond: 10 });
    const step = (atSeconds: number, capacityBytesPerSecond = 1) => ({
      atSeconds,
      capacityBytesPerSecond,
    });
    expect(() => scheduleCapacity(env, link, [step(4)])).toThrow(/steps\[0\]\.atSeconds/);
    expect(() => scheduleCapacity(env, link, [step(6), step(5.5)])).toThrow(
      /steps\[1\]\.atSeconds/,
    );
    expect(() => scheduleCapacity(env, link, [step(Number.NaN)])).toThrow(RangeError);
    expect(() => scheduleCapacity(env, link, [step(6, -1)])).toThrow(
      /steps\[0\]\.capacityBytesPerSecond/,
    );
    expect(() => scheduleCapacity(env, link, [step(6, Number.POSITIVE_INFINITY)])).toThrow(
      RangeError,
    );
  });
});
