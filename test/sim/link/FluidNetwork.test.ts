import { describe, expect, it } from "vitest";
import { Environment } from "../../../sim/Environment.ts";
import type { Flow } from "../../../sim/link/Flow.ts";
import { FluidNetwork } from "../../../sim/link/FluidNetwork.ts";
import { scheduleCapacity } from "../../../sim/link/scheduleCapacity.ts";

/** Completion times are compared to the hand calculation with this absolute tolerance. */
const EXACT = 1e-9;

function rates(flows: readonly Flow[]): number[] {
  return flows.map((flow) => flow.rateBytesPerSecond);
}

describe("FluidNetwork", () => {
  it("max-min over three links: the flow crossing all three is held by the narrowest, the others share the rest", () => {
    // Links X = 100, Y = 60, Z = 40 B/s. f1 crosses X, Y and Z; f2 only X; f3 only Y; f4 only Z.
    // Progressive filling, every flow at level λ:
    //   X: 2 flows → 50, Y: 2 flows → 30, Z: 2 flows → 20: Z saturates first, f1 = f4 = 20.
    //   Y: (60 − 20) / 1 = 40, X: (100 − 20) / 1 = 80: Y saturates, f3 = 40; then X, f2 = 80.
    // (max-min fairness as in Bertsekas & Gallager, Data Networks, ch. 6)
    const env = new Environment();
    const net = new FluidNetwork(env);
    const x = net.addLink({ name: "X", capacityBytesPerSecond: 100 });
    const y = net.addLink({ name: "Y", capacityBytesPerSecond: 60 });
    const z = net.addLink({ name: "Z", capacityBytesPerSecond: 40 });
    const f1 = net.transfer({ bytes: 1e6, links: [x, y, z] });
    const f2 = net.transfer({ bytes: 1e6, links: [x] });
    const f3 = net.transfer({ bytes: 1e6, links: [y] });
    const f4 = net.transfer({ bytes: 200, links: [z] });
    expect(rates([f1, f2, f3, f4])).toEqual([20, 80, 40, 20]);
    expect([x, y, z].map((link) => link.utilizationBytesPerSecond)).toEqual([100, 60, 40]);
    env.run({ until: 11 });
    // f4 sends 200 B at 20 B/s: done at 10. Then Z holds only f1 (share 40), X: 2 flows → 50,
    // Y: 2 flows → 30: Y saturates first, f1 = f3 = 30; X: (100 − 30) / 1 = 70 → f2 = 70.
    expect(Math.abs(f4.endSeconds - 10)).toBeLessThan(EXACT);
    expect(rates([f1, f2, f3])).toEqual([30, 70, 30]);
    expect(z.utilizationBytesPerSecond).toBe(30);
  });

  it("a flow across two links is limited by the narrower one; its unused share goes to the others", () => {
    // W = 100 B/s shared by f1, f2, f3; f1 also crosses a 20 B/s NIC.
    // Level: NIC 20 / 1 = 20 < W 100 / 3: f1 = 20; then W: (100 − 20) / 2 = 40 for f2 and f3.
    const env = new Environment();
    const net = new FluidNetwork(env);
    const w = net.addLink({ name: "W", capacityBytesPerSecond: 100 });
    const nic = net.addLink({ name: "NIC", capacityBytesPerSecond: 20 });
    const f1 = net.transfer({ bytes: 200, links: [w, nic] });
    const f2 = net.transfer({ bytes: 1000, links: [w] });
    const f3 = net.transfer({ bytes: 500, links: [w] });
    expect(rates([f1, f2, f3])).toEqual([20, 40, 40]);
    env.run();
    // [0, 10): f1 20 → done at 10; f2, f3 40 → 400 each
    // [10, 12): f2 = f3 = 50; f3 has 100 left → 2 s → done at 12; f2 at 500
    // [12, 17): f2 alone at 100, 500 left → 5 s
    expect(Math.abs(f1.endSeconds - 10)).toBeLessThan(EXACT);
    expect(Math.abs(f3.endSeconds - 12)).toBeLessThan(EXACT);
    expect(Math.abs(f2.endSeconds - 17)).toBeLessThan(EXACT);
  });

  it("a capped flow below every share frees its unused share for the others on each of its links", () => {
    // A = 90 B/s carries f1 (cap 10, also on B), f2; B = 90 B/s carries f1, f3, f4.
    // Level 10 reaches f1's cap first (A share 45, B share 30): f1 = 10. Then A: 80 / 1 = 80,
    // B: 80 / 2 = 40: B saturates, f3 = f4 = 40; then A: f2 = 80.
    const env = new Environment();
    const net = new FluidNetwork(env);
    const a = net.addLink({ name: "A", capacityBytesPerSecond: 90 });
    const b = net.addLink({ name: "B", capacityBytesPerSecond: 90 });
    const f1 = net.transfer({ bytes: 1, links: [a, b], capBytesPerSecond: 10 });
    const f2 = net.transfer({ bytes: 1, links: [a] });
    const f3 = net.transfer({ bytes: 1, links: [b] });
    const f4 = net.transfer({ bytes: 1, links: [b] });
    expect(rates([f1, f2, f3, f4])).toEqual([10, 80, 40, 40]);
  });

  it("a zero-byte flow completes at once, at the current time, and takes no capacity", () => {
    const env = new Environment();
    const net = new FluidNetwork(env);
    const link = net.addLink({ name: "L", capacityBytesPerSecond: 100 });
    const other = net.transfer({ bytes: 1000, links: [link] });
    let empty: Flow | undefined;
    let resumedAt = Number.NaN;
    env.process(
      "zero",
      (function* () {
        yield env.timeout(3);
        empty = net.transfer({ bytes: 0, links: [link], name: "empty" });
        const value = yield empty;
        expect(value).toBe(empty);
        resumedAt = env.now;
      })(),
    );
    env.run();
    expect(empty!.done).toBe(true);
    expect(empty!.startSeconds).toBe(3);
    expect(empty!.endSeconds).toBe(3);
    expect(empty!.transferredBytes).toBe(0);
    expect(resumedAt).toBe(3);
    // the other flow had the whole link all along: 1000 B / 100 B/s = 10 s
    expect(Math.abs(other.endSeconds - 10)).toBeLessThan(EXACT);
  });

  it("a process that yields a flow resumes when its last byte arrives, with the flow as value", () => {
    const env = new Environment();
    const net = new FluidNetwork(env);
    const link = net.addLink({ name: "L", capacityBytesPerSecond: 50 });
    const trace: [string, number][] = [];
    env.process(
      "copy",
      (function* () {
        // pre-copy style chain: 100 B, then 50 B, then 25 B at 50 B/s: 2 s, 1 s, 0.5 s
        for (const bytes of [100, 50, 25]) {
          const flow = net.transfer({ bytes, links: [link], kind: "vmotion" });
          const done = (yield flow) as Flow;
          trace.push([`${done.bytes} B`, env.now]);
        }
      })(),
    );
    env.run();
    expect(trace).toEqual([
      ["100 B", 2],
      ["50 B", 3],
      ["25 B", 3.5],
    ]);
  });

  it("flows completing at one instant succeed in order of creation", () => {
    const env = new Environment();
    const net = new FluidNetwork(env);
    const link = net.addLink({ name: "L", capacityBytesPerSecond: 40 });
    const order: string[] = [];
    // x (1 B) goes first and reshuffles the network's internal lists when it leaves
    const x = net.transfer({ bytes: 1, links: [link], name: "x" });
    const flows = ["a", "b", "c"].map((name) => net.transfer({ bytes: 10, links: [link], name }));
    for (const flow of [...flows].reverse()) flow.onProcessed(() => order.push(flow.name));
    env.run();
    // [0, 0.1): 10 B/s each, x done at 0.1; then 40 / 3 B/s each for the 9 B left: 0.675 s
    expect(Math.abs(x.endSeconds - 0.1)).toBeLessThan(EXACT);
    expect(order).toEqual(["a", "b", "c"]);
    const end = flows[0]!.endSeconds;
    expect(Math.abs(end - 0.775)).toBeLessThan(EXACT);
    expect(flows.map((f) => f.endSeconds)).toEqual([end, end, end]);
  });

  it("batches changes: ten flows started at one instant cost one allocation and one wake-up", () => {
    const env = new Environment();
    const net = new FluidNetwork(env);
    const link = net.addLink({ name: "L", capacityBytesPerSecond: 100 });
    for (let i = 0; i < 10; i++) net.transfer({ bytes: 100, links: [link] });
    const result = env.run();
    // events: 1 re-allocation at t = 0; 1 completion wake-up at t = 10 (100 B at 10 B/s);
    // 10 flow successes; 1 re-allocation after them (the link falls idle). No stale events.
    expect(result.eventCount).toBe(13);
    expect(result.nowSeconds).toBe(10);
  });

  it("completes a flow due at t exactly at t despite rounding: no second event a hair later", () => {
    // 0.3 B/s shared by three 0.15 B flows; the capacity alternates 0.6 / 0.3 every 0.1 s.
    // Each flow gets 0.1 then 0.2 B/s: 0.01 + 0.02 = 0.03 B per 0.2 s, so 0.15 B at t = 1.0.
    // In binary floating point neither 0.1 nor 0.3 / 3 is exact.
    const env = new Environment();
    const net = new FluidNetwork(env);
    const link = net.addLink({ name: "L", capacityBytesPerSecond: 0.3 });
    const flows = [0, 1, 2].map(() => net.transfer({ bytes: 0.15, links: [link] }));
    const steps = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((k) => ({
      atSeconds: k / 10,
      capacityBytesPerSecond: k % 2 === 1 ? 0.6 : 0.3,
    }));
    scheduleCapacity(env, link, steps);
    env.run();
    const end = flows[0]!.endSeconds;
    expect(Math.abs(end - 1)).toBeLessThan(1e-12);
    expect(flows.map((f) => f.endSeconds)).toEqual([end, end, end]);
    const times = link.series.map((p) => p.timeSeconds);
    expect(times[times.length - 1]).toBe(end);
    expect(times).toHaveLength(11);
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThan(0.09);
  });

  it("keeps completion exact late in a long run, where an ulp of the clock is 6e-11 s", () => {
    const start = 259_200; // 72 h
    const env = new Environment(start);
    const net = new FluidNetwork(env);
    const link = net.addLink({ name: "wan", capacityBytesPerSecond: 1.25e9 });
    const tiny = net.transfer({ bytes: 1, links: [link] });
    const big = net.transfer({ bytes: 8 * 2 ** 30, links: [link] });
    env.run();
    // tiny: 1 B at 6.25e8 B/s = 1.6 ns; big: 1 B at 6.25e8 then the rest at 1.25e9 B/s:
    // 1.6e-9 + (8 GiB − 1 B) / 1.25e9 = (8 GiB + 1 B) / 1.25e9 s
    expect(tiny.done).toBe(true);
    expect(tiny.endSeconds - start).toBeGreaterThanOrEqual(0);
    expect(tiny.endSeconds - start).toBeLessThan(1e-6);
    expect(Math.abs(big.endSeconds - (start + (8 * 2 ** 30 + 1) / 1.25e9))).toBeLessThan(1e-6);
  });

  it("lists its links in order of creation and its active flows", () => {
    const env = new Environment();
    const net = new FluidNetwork(env);
    const a = net.addLink({ name: "a", capacityBytesPerSecond: 1 });
    const b = net.addLink({ name: "b", capacityBytesPerSecond: 1 });
    const flow = net.transfer({ bytes: 1, links: [b, a] });
    expect(net.links).toEqual([a, b]);
    expect(net.flows).toEqual([flow]);
    expect(flow.links).toEqual([b, a]);
    expect(a.flows).toEqual([flow]);
    env.run();
    expect(net.flows).toEqual([]);
    expect(a.flows).toEqual([]);
  });

  it("rejects bad links and transfers with RangeErrors naming the field", () => {
    const env = new Environment();
    const net = new FluidNetwork(env);
    const link = net.addLink({ name: "L", capacityBytesPerSecond: 100 });
    const foreign = new FluidNetwork(env).addLink({ name: "F", capacityBytesPerSecond: 1 });
    const ok = { bytes: 10, links: [link] };
    const cases: [() => unknown, RegExp][] = [
      [
        () => net.addLink({ name: "neg", capacityBytesPerSecond: -1 }),
        /capacityBytesPerSecond.*-1/,
      ],
      [
        () => net.addLink({ name: "nan", capacityBytesPerSecond: Number.NaN }),
        /capacityBytesPerSecond/,
      ],
      [
        () => net.addLink({ name: "inf", capacityBytesPerSecond: Number.POSITIVE_INFINITY }),
        /finite/,
      ],
      [() => net.addLink({ name: "L", capacityBytesPerSecond: 1 }), /already used/],
      [() => net.transfer({ ...ok, bytes: -5 }), /bytes.*-5/],
      [() => net.transfer({ ...ok, bytes: Number.NaN }), /bytes/],
      [() => net.transfer({ ...ok, bytes: Number.POSITIVE_INFINITY }), /bytes/],
      [() => net.transfer({ ...ok, capBytesPerSecond: 0 }), /capBytesPerSecond.*0/],
      [() => net.transfer({ ...ok, capBytesPerSecond: -1 }), /capBytesPerSecond/],
      [() => net.transfer({ ...ok, capBytesPerSecond: Number.NaN }), /capBytesPerSecond/],
      [() => net.transfer({ ...ok, links: [] }), /links/],
      [() => net.transfer({ ...ok, links: [link, link] }), /links\[1\]/],
      [() => net.transfer({ ...ok, links: [link, foreign] }), /links\[1\].*network/],
      [() => link.setCapacity(-0.5), /capacityBytesPerSecond/],
    ];
    for (const [call, message] of cases) {
      expect(call).toThrow(RangeError);
      expect(call).toThrow(message);
    }
    expect(net.flows).toEqual([]);
  });
});
