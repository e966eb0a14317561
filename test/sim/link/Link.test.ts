import { describe, expect, it } from "vitest";
import { Environment } from "../../../sim/Environment.ts";
import { FluidNetwork } from "../../../sim/link/FluidNetwork.ts";

describe("Link", () => {
  it("starts its series with one idle point at its creation time", () => {
    const env = new Environment(5);
    const link = new FluidNetwork(env).addLink({ name: "L", capacityBytesPerSecond: 10 });
    expect(link.name).toBe("L");
    expect(link.series).toEqual([
      { timeSeconds: 5, capacityBytesPerSecond: 10, usedBytesPerSecond: 0, usedByKind: {} },
    ]);
    expect(link.utilizationBytesPerSecond).toBe(0);
  });

  it("keeps one point per instant: the last state of the instant wins", () => {
    const env = new Environment();
    const net = new FluidNetwork(env);
    const link = net.addLink({ name: "L", capacityBytesPerSecond: 10 });
    net.transfer({ bytes: 100, links: [link], kind: "a" });
    expect(link.series).toHaveLength(1); // settled on read: a at 10 B/s replaces the idle point
    link.setCapacity(20);
    net.transfer({ bytes: 100, links: [link], kind: "b" });
    expect(link.series).toEqual([
      {
        timeSeconds: 0,
        capacityBytesPerSecond: 20,
        usedBytesPerSecond: 20,
        usedByKind: { a: 10, b: 10 },
      },
    ]);
  });

  it("drops a point that merely restores the previous state within an instant", () => {
    const env = new Environment();
    const link = new FluidNetwork(env).addLink({ name: "L", capacityBytesPerSecond: 10 });
    env.run({ until: 2 });
    link.setCapacity(5);
    expect(link.series).toHaveLength(2);
    link.setCapacity(10);
    expect(link.series.map((p) => p.timeSeconds)).toEqual([0]);
  });

  it("records a capacity change with no flows, and the integral of capacity in usage()", () => {
    const env = new Environment();
    const link = new FluidNetwork(env).addLink({ name: "L", capacityBytesPerSecond: 10 });
    env.timeout(4).onProcessed(() => link.setCapacity(30));
    env.run({ until: 10 });
    // offered: 10 · 4 + 30 · 6 = 220 B over 10 s → mean 22 B/s; nothing carried
    const usage = link.usage();
    expect(link.series.map((p) => [p.timeSeconds, p.capacityBytesPerSecond])).toEqual([
      [0, 10],
      [4, 30],
    ]);
    expect(usage.meanCapacityBytesPerSecond).toBeCloseTo(22, 12);
    expect(usage.carriedBytes).toBe(0);
    expect(usage.utilization).toBe(0);
    expect(usage.carriedBytesByKind).toEqual({});
  });

  it("with series: false keeps its first point alone, and usage() exact all the same", () => {
    const env = new Environment();
    const net = new FluidNetwork(env);
    const kept = net.addLink({ name: "kept", capacityBytesPerSecond: 100 });
    const bare = net.addLink({ name: "bare", capacityBytesPerSecond: 100, series: false });
    net.transfer({ bytes: 400, links: [kept, bare], kind: "vmotion" });
    net.transfer({ bytes: 100, links: [bare], kind: "storage" });
    env.run();
    expect(kept.recordsSeries).toBe(true);
    expect(bare.recordsSeries).toBe(false);
    expect(bare.series).toEqual([
      { timeSeconds: 0, capacityBytesPerSecond: 100, usedBytesPerSecond: 0, usedByKind: {} },
    ]);
    expect(kept.series.length).toBeGreaterThan(1);
    expect(bare.usage().carriedBytesByKind).toEqual({ vmotion: 400, storage: 100 });
    expect(bare.usage().carriedBytes).toBe(500);
  });

  it("usage() over an empty interval has NaN means and utilisation", () => {
    const env = new Environment();
    const link = new FluidNetwork(env).addLink({ name: "L", capacityBytesPerSecond: 10 });
    const usage = link.usage();
    expect(usage.carriedBytes).toBe(0);
    expect(usage.meanUsedBytesPerSecond).toBeNaN();
    expect(usage.utilization).toBeNaN();
  });

  it("splits bytes carried by kind over the flows' lifetimes", () => {
    const env = new Environment();
    const net = new FluidNetwork(env);
    const link = net.addLink({ name: "wan", capacityBytesPerSecond: 100 });
    const other = net.addLink({ name: "nic", capacityBytesPerSecond: 100 });
    net.transfer({ bytes: 400, links: [link, other], kind: "vmotion" });
    net.transfer({ bytes: 100, links: [link], kind: "storage" });
    env.run();
    // [0, 2): 50 + 50 → storage done at 2; [2, 5): vmotion alone at 100 → 300 B more
    expect(link.usage().carriedBytesByKind).toEqual({ vmotion: 400, storage: 100 });
    expect(other.usage().carriedBytesByKind).toEqual({ vmotion: 400 });
    expect(other.usage().carriedBytes).toBe(400);
  });
});
