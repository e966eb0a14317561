import { describe, expect, it } from "vitest";
import { Environment } from "../../../sim/Environment.ts";
import { Flow } from "../../../sim/link/Flow.ts";
import { FlowCancelledError } from "../../../sim/link/FlowCancelledError.ts";
import { FluidNetwork } from "../../../sim/link/FluidNetwork.ts";

/** A 100 B/s link with two 1000 B flows started at t = 0 (50 B/s each). */
function twoFlows() {
  const env = new Environment();
  const net = new FluidNetwork(env);
  const link = net.addLink({ name: "L", capacityBytesPerSecond: 100 });
  const a = net.transfer({ bytes: 1000, links: [link], name: "a", kind: "vmotion" });
  const b = net.transfer({ bytes: 1000, links: [link], name: "b" });
  return { env, net, link, a, b };
}

describe("Flow", () => {
  it("is an engine event carrying its size, kind, name, cap and start time", () => {
    const { a, b } = twoFlows();
    expect(a).toBeInstanceOf(Flow);
    expect(a.bytes).toBe(1000);
    expect(a.kind).toBe("vmotion");
    expect(b.kind).toBe("default");
    expect(a.name).toBe("a");
    expect(a.capBytesPerSecond).toBe(Number.POSITIVE_INFINITY);
    expect(a.startSeconds).toBe(0);
    expect(a.endSeconds).toBeNaN();
    expect([a.id, b.id]).toEqual([0, 1]);
    expect(a.triggered).toBe(false);
  });

  it("computes transferredBytes on read from its rate and the time elapsed", () => {
    const { env, a } = twoFlows();
    env.run({ until: 3.5 });
    // 50 B/s for 3.5 s
    expect(a.transferredBytes).toBe(175);
    expect(a.remainingBytes).toBe(825);
    expect(a.active).toBe(true);
  });

  it("defaults the name to 'flow N' in order of creation", () => {
    const env = new Environment();
    const net = new FluidNetwork(env);
    const link = net.addLink({ name: "L", capacityBytesPerSecond: 1 });
    expect(net.transfer({ bytes: 1, links: [link] }).name).toBe("flow 0");
    expect(net.transfer({ bytes: 1, links: [link] }).name).toBe("flow 1");
  });

  it("cancel() stops it, keeps the bytes sent so far and gives its share to the others", () => {
    const { env, a, b } = twoFlows();
    let caught: unknown;
    env.process(
      "waiter",
      (function* () {
        try {
          yield a;
        } catch (error) {
          caught = error;
        }
      })(),
    );
    env.timeout(4).onProcessed(() => expect(a.cancel("operator abort")).toBe(true));
    env.run();
    // at 4: 200 B each; a stops with 200; b alone at 100 B/s: 800 B left → done at 12
    expect(a.cancelled).toBe(true);
    expect(a.done).toBe(false);
    expect(a.transferredBytes).toBe(200);
    expect(a.rateBytesPerSecond).toBe(0);
    expect(a.endSeconds).toBe(4);
    expect(Math.abs(b.endSeconds - 12)).toBeLessThan(1e-9);
    expect(caught).toBeInstanceOf(FlowCancelledError);
    const error = caught as FlowCancelledError;
    expect(error.flow).toBe(a);
    expect(error.timeSeconds).toBe(4);
    expect(error.cause).toBe("operator abort");
    expect(error.message).toMatch(
      /flow "a" cancelled at t=4 s after 200 of 1000 bytes: operator abort/,
    );
  });

  it("a cancelled flow nobody waits for does not throw out of the run", () => {
    const { env, a, b } = twoFlows();
    env.timeout(1).onProcessed(() => a.cancel());
    expect(() => env.run()).not.toThrow();
    expect(a.ok).toBe(false);
    expect(b.done).toBe(true);
  });

  it("cancel() on a finished or already cancelled flow does nothing and returns false", () => {
    const { env, a, b } = twoFlows();
    env.run();
    expect(a.cancel()).toBe(false);
    expect(a.done).toBe(true);
    const env2 = twoFlows();
    expect(env2.a.cancel()).toBe(true);
    expect(env2.a.cancel()).toBe(false);
    expect(b.transferredBytes).toBe(1000);
  });

  it("after completion: done, rate 0, every byte delivered, the end time set", () => {
    const { env, a } = twoFlows();
    env.run();
    // 1000 B each at 50 B/s: 20 s
    expect(a.done).toBe(true);
    expect(a.processed).toBe(true);
    expect(a.value).toBe(a);
    expect(a.rateBytesPerSecond).toBe(0);
    expect(a.transferredBytes).toBe(1000);
    expect(a.endSeconds).toBe(20);
  });

  it("setCap rejects a cap that is not > 0, naming the field; on a finished flow it only records it", () => {
    const { env, a } = twoFlows();
    expect(() => a.setCap(0)).toThrow(/capBytesPerSecond/);
    expect(() => a.setCap(Number.NaN)).toThrow(RangeError);
    env.run();
    a.setCap(5);
    expect(a.capBytesPerSecond).toBe(5);
    expect(a.rateBytesPerSecond).toBe(0);
  });
});
