import { describe, expect, it } from "vitest";
import { Environment } from "../../sim/Environment.ts";
import { NORMAL, URGENT } from "../../sim/priority.ts";

/** Records (name, time) pairs, SimPy-style, to compare whole traces. */
function tracer(env: Environment) {
  const trace: [string, number][] = [];
  return { trace, log: (name: string) => trace.push([name, env.now]) };
}

describe("Environment", () => {
  it("runs processes in time order and records who did what, when", () => {
    const env = new Environment();
    const { trace, log } = tracer(env);
    env.process(
      "car",
      (function* () {
        for (let i = 0; i < 3; i++) {
          log("park");
          yield env.timeout(5);
          log("drive");
          yield env.timeout(2);
        }
      })(),
    );
    const result = env.run({ until: 15 });
    expect(trace).toEqual([
      ["park", 0],
      ["drive", 5],
      ["park", 7],
      ["drive", 12],
      ["park", 14],
    ]);
    // the start-up event and the timeouts ending at 5, 7, 12 and 14 s
    expect(result).toEqual({ reason: "until", nowSeconds: 15, eventCount: 5 });
  });

  it("breaks ties at equal time by priority, then by insertion order", () => {
    const env = new Environment();
    const { trace, log } = tracer(env);
    for (const [name, priority] of [
      ["a", NORMAL],
      ["b", 5],
      ["c", URGENT],
      ["d", NORMAL],
      ["e", URGENT],
    ] as const) {
      const event = env.event();
      event.onProcessed(() => log(name));
      env.schedule(event, 1, priority);
    }
    env.run();
    expect(trace.map(([name]) => name)).toEqual(["c", "e", "a", "d", "b"]);
  });

  it("merges zero-delay events with heap events of the same instant in (priority, sequence) order", () => {
    const env = new Environment();
    const { trace, log } = tracer(env);
    const early = env.event();
    early.onProcessed(() => {
      log("early");
      const now1 = env.event();
      now1.onProcessed(() => log("zero-delay normal"));
      env.schedule(now1, 0, NORMAL);
      const now2 = env.event();
      now2.onProcessed(() => log("zero-delay urgent"));
      env.schedule(now2, 0, URGENT);
    });
    env.schedule(early, 2, NORMAL);
    const later = env.event();
    later.onProcessed(() => log("scheduled earlier, same instant"));
    env.schedule(later, 2, NORMAL);
    const low = env.event();
    low.onProcessed(() => log("low priority, same instant"));
    env.schedule(low, 2, 9);
    env.run();
    expect(trace).toEqual([
      ["early", 2],
      ["zero-delay urgent", 2],
      ["scheduled earlier, same instant", 2],
      ["zero-delay normal", 2],
      ["low priority, same instant", 2],
    ]);
  });

  it("run({ until }) processes events strictly before the limit and sets the clock to it", () => {
    const env = new Environment();
    const { trace, log } = tracer(env);
    env.timeout(10).onProcessed(() => log("at 10"));
    env.timeout(9.5).onProcessed(() => log("at 9.5"));
    expect(env.run({ until: 10 })).toMatchObject({ reason: "until", nowSeconds: 10 });
    expect(trace).toEqual([["at 9.5", 9.5]]);
    expect(env.run()).toMatchObject({ reason: "empty", nowSeconds: 10 });
    expect(trace).toEqual([
      ["at 9.5", 9.5],
      ["at 10", 10],
    ]);
  });

  it("run({ until: event }) returns once that event is processed", () => {
    const env = new Environment();
    const target = env.timeout(3, "done");
    env.timeout(7);
    expect(env.run({ until: target })).toMatchObject({ reason: "event", nowSeconds: 3 });
    expect(target.value).toBe("done");
  });

  it("stop() ends the run after the current event, with reason 'stopped'", () => {
    const env = new Environment();
    env.timeout(1).onProcessed(() => env.stop());
    env.timeout(2);
    expect(env.run()).toMatchObject({ reason: "stopped", nowSeconds: 1, eventCount: 1 });
    expect(env.run()).toMatchObject({ reason: "empty", nowSeconds: 2, eventCount: 1 });
  });

  it("step() processes one event at a time and reports an empty queue", () => {
    const env = new Environment();
    env.timeout(4);
    env.timeout(1);
    expect(env.peek()).toBe(1);
    expect(env.step()).toBe(true);
    expect(env.now).toBe(1);
    expect(env.step()).toBe(true);
    expect(env.now).toBe(4);
    expect(env.step()).toBe(false);
    expect(env.peek()).toBe(Number.POSITIVE_INFINITY);
  });

  it("at(time) schedules at an absolute time and refuses the past", () => {
    const env = new Environment(100);
    const { trace, log } = tracer(env);
    env.at(130).onProcessed(() => log("at"));
    env.run();
    expect(trace).toEqual([["at", 130]]);
    expect(() => env.at(50)).toThrow(/before now/);
  });

  it("rejects negative, NaN and infinite delays, bad priorities and a run into the past", () => {
    const env = new Environment(5);
    expect(() => env.timeout(-1)).toThrow(RangeError);
    expect(() => env.timeout(Number.NaN)).toThrow(RangeError);
    expect(() => env.timeout(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => env.schedule(env.event(), 1, 1.5)).toThrow(/priority/);
    expect(() => env.schedule(env.event(), 1, 999)).toThrow(/priority/);
    expect(() => env.run({ until: 4 })).toThrow(/before now/);
    expect(() => new Environment(Number.NaN)).toThrow(RangeError);
  });

  it("throws a failed event that nobody handles out of the run", () => {
    const env = new Environment();
    env.event().fail(new Error("link down"));
    expect(() => env.run()).toThrow("link down");
  });

  it("does not throw a failed event that was defused", () => {
    const env = new Environment();
    env.event().fail(new Error("expected")).defuse();
    expect(env.run().reason).toBe("empty");
  });

  it("counts processed events and queued events", () => {
    const env = new Environment();
    env.timeout(1);
    env.timeout(2);
    expect(env.queueSize).toBe(2);
    env.run();
    expect(env.eventCount).toBe(2);
    expect(env.queueSize).toBe(0);
  });
});
