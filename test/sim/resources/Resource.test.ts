import { describe, expect, it } from "vitest";
import { Environment } from "../../../sim/Environment.ts";
import { Resource } from "../../../sim/resources/Resource.ts";

/** Three users of `resource` each hold a slot for `holdSeconds`; returns (name, start) pairs. */
function users(env: Environment, resource: Resource, specs: [string, number, number][]) {
  const trace: [string, number][] = [];
  for (const [name, arriveSeconds, priority] of specs) {
    env.process(
      name,
      (function* () {
        yield env.timeout(arriveSeconds);
        const request = resource.request(priority);
        yield request;
        trace.push([name, env.now]);
        yield env.timeout(10);
        resource.release(request);
      })(),
    );
  }
  return trace;
}

describe("Resource", () => {
  it("serves waiting requests first come, first served", () => {
    const env = new Environment();
    const r = new Resource(env, { capacity: 1 });
    const trace = users(env, r, [
      ["a", 0, 0],
      ["b", 1, 9],
      ["c", 2, 0],
    ]);
    env.run();
    expect(trace).toEqual([
      ["a", 0],
      ["b", 10],
      ["c", 20],
    ]);
  });

  it("with the priority discipline serves the lowest priority value first, ties by arrival", () => {
    const env = new Environment();
    const r = new Resource(env, { capacity: 1, discipline: "priority" });
    const trace = users(env, r, [
      ["first", 0, 5],
      ["low", 1, 5],
      ["high", 2, 0],
      ["high-later", 3, 0],
    ]);
    env.run();
    expect(trace).toEqual([
      ["first", 0],
      ["high", 10],
      ["high-later", 20],
      ["low", 30],
    ]);
  });

  it("grants up to capacity at once and queues the rest, never failing", () => {
    const env = new Environment();
    const r = new Resource(env, { capacity: 2, name: "vMotion slots" });
    const trace = users(env, r, [
      ["a", 0, 0],
      ["b", 0, 0],
      ["c", 0, 0],
    ]);
    env.run({ until: 1 });
    expect(r.count).toBe(2);
    expect(r.queueLength).toBe(1);
    env.run();
    expect(trace).toEqual([
      ["a", 0],
      ["b", 0],
      ["c", 10],
    ]);
  });

  it("measures utilisation and mean queue length as time averages", () => {
    const env = new Environment();
    const r = new Resource(env, { capacity: 2 });
    users(env, r, [
      ["a", 0, 0],
      ["b", 0, 0],
      ["c", 0, 0],
    ]);
    env.run();
    // busy slots: 2 during [0,10), 1 during [10,20) → 30 slot-seconds of 2 × 20
    expect(r.utilization()).toBeCloseTo(30 / 40, 12);
    // one waiting during [0,10) → 10 / 20
    expect(r.meanQueueLength()).toBeCloseTo(0.5, 12);
    r.resetStatistics();
    env.run({ until: 30 });
    expect(r.utilization()).toBe(0);
  });

  it("release of a waiting request withdraws it; releasing twice is harmless", () => {
    const env = new Environment();
    const r = new Resource(env, { capacity: 1 });
    const held = r.request();
    const waiting = r.request();
    expect(r.queueLength).toBe(1);
    r.release(waiting);
    expect(r.queueLength).toBe(0);
    r.release(held);
    r.release(held);
    expect(r.count).toBe(0);
    const again = r.request();
    env.run();
    expect(again.granted).toBe(true);
    expect(again.grantedAtSeconds).toBe(0);
  });

  it("refuses a capacity that is not a whole number ≥ 1, naming the resource", () => {
    const env = new Environment();
    expect(() => new Resource(env, { capacity: 0, name: "host-1 vMotion" })).toThrow(
      "host-1 vMotion: capacity must be a whole number ≥ 1, got 0",
    );
    expect(() => new Resource(env, { capacity: 1.5 })).toThrow(RangeError);
  });

  it("refuses a request that belongs to another resource", () => {
    const env = new Environment();
    const a = new Resource(env, { capacity: 1, name: "a" });
    const b = new Resource(env, { capacity: 1, name: "b" });
    expect(() => b.release(a.request())).toThrow(/another resource/);
  });

  it("keeps FIFO order through many wrap-arounds of its queue", () => {
    const env = new Environment();
    const r = new Resource(env, { capacity: 1 });
    const served: number[] = [];
    for (let i = 0; i < 100; i++) {
      env.process(
        `u${i}`,
        (function* () {
          yield env.timeout(i * 0.1);
          const request = r.request();
          yield request;
          served.push(i);
          yield env.timeout(1);
          r.release(request);
        })(),
      );
    }
    env.run();
    expect(served).toEqual(Array.from({ length: 100 }, (_, i) => i));
  });
});
