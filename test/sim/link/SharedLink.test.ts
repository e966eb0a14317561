import { describe, expect, it } from "vitest";
import { Environment } from "../../../sim/Environment.ts";
import type { Flow } from "../../../sim/link/Flow.ts";
import { SharedLink } from "../../../sim/link/SharedLink.ts";

/** Completion times are compared to the hand calculation with this absolute tolerance. */
const EXACT = 1e-9;

/** Calls `action` at absolute time `atSeconds`. */
function at(env: Environment, atSeconds: number, action: () => void): void {
  env.timeout(atSeconds - env.now).onProcessed(action);
}

describe("SharedLink", () => {
  it("two flows started together on 100 B/s, one capped at 30 B/s: the other gets the remaining 70 B/s", () => {
    const env = new Environment();
    const link = new SharedLink(env, { name: "wan", capacityBytesPerSecond: 100 });
    const capped = link.transfer(300, { capBytesPerSecond: 30 });
    const free = link.transfer(700);
    // equal share 100 / 2 = 50 > cap 30, so the capped flow freezes at 30 and the other
    // takes 100 − 30 = 70
    expect(capped.rateBytesPerSecond).toBe(30);
    expect(free.rateBytesPerSecond).toBe(70);
    expect(link.utilizationBytesPerSecond).toBe(100);
  });

  it("a third flow joining later re-splits the rates; completion times are exact", () => {
    const env = new Environment();
    const link = new SharedLink(env, { name: "wan", capacityBytesPerSecond: 100 });
    const a = link.transfer(300, { capBytesPerSecond: 30, kind: "replication", name: "a" });
    const b = link.transfer(700, { kind: "vmotion", name: "b" });
    let c: Flow | undefined;
    let rates: number[] = [];
    at(env, 5, () => {
      c = link.transfer(1000, { kind: "vmotion", name: "c" });
      rates = [a.rateBytesPerSecond, b.rateBytesPerSecond, c.rateBytesPerSecond];
    });
    env.run();
    // [0, 5): a = 30, b = 70                                  → at 5: a 150, b 350
    // [5, 10): share 100/3 = 33.3 > 30: a = 30, b = c = 35    → at 10: a 300 (done), b 525, c 175
    // [10, 13.5): b = c = 50; b has 175 left → 3.5 s          → b done at 13.5, c at 350
    // [13.5, 20): c alone at 100; 650 left → 6.5 s            → c done at 20
    expect(rates).toEqual([30, 35, 35]);
    expect(Math.abs(a.endSeconds - 10)).toBeLessThan(EXACT);
    expect(Math.abs(b.endSeconds - 13.5)).toBeLessThan(EXACT);
    expect(Math.abs(c!.endSeconds - 20)).toBeLessThan(EXACT);
    expect([a.transferredBytes, b.transferredBytes, c!.transferredBytes]).toEqual([300, 700, 1000]);
  });

  it("records one point per change: equal states at successive instants are not repeated", () => {
    const env = new Environment();
    const link = new SharedLink(env, { name: "wan", capacityBytesPerSecond: 100 });
    link.transfer(300, { capBytesPerSecond: 30, kind: "replication" });
    link.transfer(700, { kind: "vmotion" });
    at(env, 5, () => link.transfer(1000, { kind: "vmotion" }));
    env.run();
    // same scenario as above: at 5 the split by kind is still 30 + (35 + 35) = 30 + 70, and
    // at 13.5 it is still vmotion 100, so only 0, 10 and 20 are changes
    expect(link.series).toEqual([
      {
        timeSeconds: 0,
        capacityBytesPerSecond: 100,
        usedBytesPerSecond: 100,
        usedByKind: { replication: 30, vmotion: 70 },
      },
      {
        timeSeconds: 10,
        capacityBytesPerSecond: 100,
        usedBytesPerSecond: 100,
        usedByKind: { vmotion: 100 },
      },
      { timeSeconds: 20, capacityBytesPerSecond: 100, usedBytesPerSecond: 0, usedByKind: {} },
    ]);
  });

  it("usage() integrates the series: bytes carried in total and per kind, mean rate, utilisation", () => {
    const env = new Environment();
    const link = new SharedLink(env, { name: "wan", capacityBytesPerSecond: 100 });
    link.transfer(300, { capBytesPerSecond: 30, kind: "replication" });
    link.transfer(700, { kind: "vmotion" });
    at(env, 5, () => link.transfer(1000, { kind: "vmotion" }));
    env.run({ until: 40 });
    const usage = link.usage();
    // carried = 300 + 700 + 1000 = 2000 B over [0, 40]: mean 50 B/s; offered 100 · 40 = 4000 B
    expect(usage.fromSeconds).toBe(0);
    expect(usage.toSeconds).toBe(40);
    expect(usage.carriedBytes).toBeCloseTo(2000, 9);
    expect(usage.carriedBytesByKind.replication).toBeCloseTo(300, 9);
    expect(usage.carriedBytesByKind.vmotion).toBeCloseTo(1700, 9);
    expect(usage.meanUsedBytesPerSecond).toBeCloseTo(50, 9);
    expect(usage.meanCapacityBytesPerSecond).toBeCloseTo(100, 9);
    expect(usage.utilization).toBeCloseTo(0.5, 12);
  });

  it("usage() counts the current segment up to now, mid-transfer", () => {
    const env = new Environment();
    const link = new SharedLink(env, { name: "wan", capacityBytesPerSecond: 100 });
    link.transfer(1000, { kind: "storage" });
    env.run({ until: 2.5 });
    // 100 B/s for 2.5 s = 250 B
    expect(link.usage().carriedBytes).toBeCloseTo(250, 9);
    expect(link.usage().carriedBytesByKind).toEqual({ storage: 250 });
  });

  it("a capacity drop mid-transfer slows every flow from that instant", () => {
    const env = new Environment();
    const link = new SharedLink(env, { name: "wan", capacityBytesPerSecond: 100 });
    const a = link.transfer(300);
    const b = link.transfer(1000);
    at(env, 2, () => link.setCapacity(40));
    env.run();
    // [0, 2): 50 each                         → 100 each at 2
    // [2, 12): 20 each; a has 200 left → 10 s → a done at 12, b at 300
    // [12, 29.5): b alone at 40; 700 left → 17.5 s
    expect(Math.abs(a.endSeconds - 12)).toBeLessThan(EXACT);
    expect(Math.abs(b.endSeconds - 29.5)).toBeLessThan(EXACT);
    expect(
      link.series.map((p) => [p.timeSeconds, p.capacityBytesPerSecond, p.usedBytesPerSecond]),
    ).toEqual([
      [0, 100, 100],
      [2, 40, 40],
      [29.5, 40, 0],
    ]);
  });

  it("a flow on a link of capacity 0 waits with rate 0 and resumes when capacity returns", () => {
    const env = new Environment();
    const link = new SharedLink(env, { name: "wan", capacityBytesPerSecond: 100 });
    const flow = link.transfer(500);
    let during: number[] = [];
    at(env, 2, () => link.setCapacity(0));
    at(env, 3, () => (during = [flow.rateBytesPerSecond, flow.transferredBytes]));
    at(env, 7, () => link.setCapacity(50));
    env.run();
    // [0, 2): 100 → 200 sent; [2, 7): nothing; [7, 13): 50 B/s for the 300 left = 6 s
    expect(during).toEqual([0, 200]);
    expect(Math.abs(flow.endSeconds - 13)).toBeLessThan(EXACT);
  });

  it("a flow on a link created with capacity 0 never completes while the capacity stays 0", () => {
    const env = new Environment();
    const link = new SharedLink(env, { name: "down", capacityBytesPerSecond: 0 });
    const flow = link.transfer(10);
    const result = env.run();
    expect(result.reason).toBe("empty");
    expect(flow.active).toBe(true);
    expect(flow.transferredBytes).toBe(0);
    expect(flow.endSeconds).toBeNaN();
  });

  it("setCap(x) re-shares the link at once; setCap(Infinity) removes the cap", () => {
    const env = new Environment();
    const link = new SharedLink(env, { name: "wan", capacityBytesPerSecond: 100 });
    const a = link.transfer(1000);
    const b = link.transfer(1000);
    at(env, 2, () => a.setCap(10));
    at(env, 20, () => a.setCap(Number.POSITIVE_INFINITY));
    env.run();
    // [0, 2): 50 each → 100 each
    // [2, 12): a = 10, b = 90; b has 900 left → 10 s → b done at 12; a at 200
    // [12, 20): a alone but capped at 10 → a at 280
    // [20, 27.2): a uncapped at 100; 720 left → 7.2 s
    expect(Math.abs(b.endSeconds - 12)).toBeLessThan(EXACT);
    expect(Math.abs(a.endSeconds - 27.2)).toBeLessThan(EXACT);
    expect(a.capBytesPerSecond).toBe(Number.POSITIVE_INFINITY);
  });

  it("exposes its name, capacity, network, link and active flows", () => {
    const env = new Environment();
    const link = new SharedLink(env, { name: "wan", capacityBytesPerSecond: 100 });
    const flow = link.transfer(10);
    expect(link.name).toBe("wan");
    expect(link.capacityBytesPerSecond).toBe(100);
    expect(link.network.links).toEqual([link.link]);
    expect(link.flows).toEqual([flow]);
    link.setCapacity(50);
    expect(link.capacityBytesPerSecond).toBe(50);
  });

  it("rejects a negative or non-finite capacity and bad transfers, naming the field", () => {
    const env = new Environment();
    expect(() => new SharedLink(env, { name: "x", capacityBytesPerSecond: -1 })).toThrow(
      /capacityBytesPerSecond/,
    );
    const link = new SharedLink(env, { name: "wan", capacityBytesPerSecond: 100 });
    expect(() => link.transfer(-1)).toThrow(RangeError);
    expect(() => link.transfer(Number.NaN)).toThrow(/bytes/);
    expect(() => link.transfer(10, { capBytesPerSecond: 0 })).toThrow(/capBytesPerSecond/);
    expect(() => link.setCapacity(Number.NaN)).toThrow(/capacityBytesPerSecond/);
  });
});
