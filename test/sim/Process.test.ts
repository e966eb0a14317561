import { describe, expect, it } from "vitest";
import { Environment } from "../../sim/Environment.ts";
import type { Event } from "../../sim/Event.ts";
import { Interrupt } from "../../sim/Interrupt.ts";
import type { Process } from "../../sim/Process.ts";
import { ProcessError } from "../../sim/ProcessError.ts";
import { Resource } from "../../sim/resources/Resource.ts";

describe("Process", () => {
  it("starts at the current time, after the code that created it", () => {
    const env = new Environment();
    const trace: string[] = [];
    env.process(
      "child",
      (function* () {
        trace.push(`child starts at ${env.now}`);
        yield env.timeout(0);
      })(),
    );
    trace.push("creator continues");
    env.run();
    expect(trace).toEqual(["creator continues", "child starts at 0"]);
  });

  it("receives the value of each event it yields", () => {
    const env = new Environment();
    const got: unknown[] = [];
    env.process(
      "p",
      (function* () {
        got.push(yield env.timeout(1, "one"));
        got.push(yield env.timeout(2, { two: 2 }));
      })(),
    );
    env.run();
    expect(got).toEqual(["one", { two: 2 }]);
  });

  it("is an event: another process can wait for its return value", () => {
    const env = new Environment();
    const trace: [string, number][] = [];
    const worker = env.process(
      "worker",
      (function* () {
        yield env.timeout(3);
        return "result";
      })(),
    );
    env.process(
      "boss",
      (function* () {
        const value = yield worker;
        trace.push([String(value), env.now]);
      })(),
    );
    env.run();
    expect(trace).toEqual([["result", 3]]);
    expect(worker.isAlive).toBe(false);
  });

  it("yielding a process that already ended resumes at once with its value", () => {
    const env = new Environment();
    const quick = env.process(
      "quick",
      (function* () {
        yield env.timeout(1);
        return 7;
      })(),
    );
    let seen: unknown;
    env.process(
      "late",
      (function* () {
        yield env.timeout(5);
        seen = yield quick;
        expect(env.now).toBe(5);
      })(),
    );
    env.run();
    expect(seen).toBe(7);
  });

  it("an error inside a process surfaces with the process's name and the simulated time", () => {
    const env = new Environment();
    env.process(
      "vm-042 migration",
      (function* () {
        yield env.timeout(12.5);
        throw new Error("link lost");
      })(),
    );
    let caught: unknown;
    try {
      env.run();
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ProcessError);
    const error = caught as ProcessError;
    expect(error.message).toBe('process "vm-042 migration" failed at t=12.5 s: link lost');
    expect(error.processName).toBe("vm-042 migration");
    expect(error.timeSeconds).toBe(12.5);
    expect((error.cause as Error).message).toBe("link lost");
  });

  it("a process waiting on a failing process receives the error and may handle it", () => {
    const env = new Environment();
    const failing = env.process(
      "failing",
      (function* () {
        yield env.timeout(1);
        throw new Error("disk full");
      })(),
    );
    let handled = "";
    env.process(
      "supervisor",
      (function* () {
        try {
          yield failing;
        } catch (error) {
          handled = (error as Error).message;
        }
      })(),
    );
    expect(env.run().reason).toBe("empty");
    expect(handled).toBe('process "failing" failed at t=1 s: disk full');
  });

  it("an unhandled error keeps the innermost process's name when it propagates", () => {
    const env = new Environment();
    const inner = env.process(
      "inner",
      (function* () {
        yield env.timeout(2);
        throw new Error("bad");
      })(),
    );
    env.process(
      "outer",
      (function* () {
        yield inner;
      })(),
    );
    expect(() => env.run()).toThrow('process "inner" failed at t=2 s: bad');
  });

  it("yielding something that is not an event is an error naming the process", () => {
    const env = new Environment();
    env.process(
      "confused",
      (function* () {
        yield 5 as unknown as Event<unknown>;
      })(),
    );
    expect(() => env.run()).toThrow(/process "confused" failed at t=0 s: .*may only yield events/);
  });

  it("interrupt throws an Interrupt at the current yield, at the current time", () => {
    const env = new Environment();
    const trace: [string, number][] = [];
    const sleeper = env.process(
      "sleeper",
      (function* () {
        try {
          yield env.timeout(100);
          trace.push(["woke normally", env.now]);
        } catch (error) {
          expect(error).toBeInstanceOf(Interrupt);
          trace.push([`interrupted: ${(error as Interrupt).cause}`, env.now]);
          yield env.timeout(1);
          trace.push(["carried on", env.now]);
        }
      })(),
    );
    env.process(
      "alarm",
      (function* () {
        yield env.timeout(7);
        sleeper.interrupt("alarm");
      })(),
    );
    env.run();
    expect(trace).toEqual([
      ["interrupted: alarm", 7],
      ["carried on", 8],
    ]);
  });

  it("an uncaught interrupt ends the process with an error naming it", () => {
    const env = new Environment();
    const victim = env.process(
      "victim",
      (function* () {
        yield env.timeout(10);
      })(),
    );
    env.process(
      "killer",
      (function* () {
        yield env.timeout(1);
        victim.interrupt("stop");
      })(),
    );
    expect(() => env.run()).toThrow('process "victim" failed at t=1 s: interrupted: stop');
  });

  it("an interrupted request can be cancelled so that the slot goes to the next in line", () => {
    const env = new Environment();
    const slot = new Resource(env, { capacity: 1 });
    const trace: [string, number][] = [];
    env.process(
      "holder",
      (function* () {
        const request = slot.request();
        yield request;
        yield env.timeout(10);
        slot.release(request);
      })(),
    );
    const impatient = env.process(
      "impatient",
      (function* () {
        const request = slot.request();
        try {
          yield request;
          trace.push(["impatient served", env.now]);
        } catch {
          request.cancel();
          trace.push(["impatient gave up", env.now]);
        }
      })(),
    );
    env.process(
      "patient",
      (function* () {
        const request = slot.request();
        yield request;
        trace.push(["patient served", env.now]);
        slot.release(request);
      })(),
    );
    env.process(
      "timer",
      (function* () {
        yield env.timeout(3);
        impatient.interrupt();
      })(),
    );
    env.run();
    expect(trace).toEqual([
      ["impatient gave up", 3],
      ["patient served", 10],
    ]);
  });

  it("a process cannot interrupt itself, and another may interrupt it while it waits", () => {
    const env = new Environment();
    const errors: string[] = [];
    const processes: Process<void>[] = [];
    const self = env.process(
      "self",
      (function* () {
        try {
          processes[0]?.interrupt();
        } catch (error) {
          errors.push((error as Error).message);
        }
        try {
          yield env.timeout(5);
        } catch (error) {
          errors.push(`${(error as Interrupt).name} at ${env.now}`);
        }
      })(),
    );
    processes.push(self);
    env.process(
      "other",
      (function* () {
        yield env.timeout(2);
        self.interrupt();
      })(),
    );
    env.run();
    expect(errors).toEqual(['process "self" cannot interrupt itself', "Interrupt at 2"]);
  });

  it("cannot interrupt a process that has ended", () => {
    const env = new Environment();
    const done = env.process(
      "done",
      (function* () {
        yield env.timeout(1);
      })(),
    );
    env.run();
    expect(() => done.interrupt()).toThrow(/has ended/);
  });

  it("exposes the event it waits for", () => {
    const env = new Environment();
    const timeout = env.timeout(5);
    const p = env.process(
      "p",
      (function* () {
        yield timeout;
      })(),
    );
    env.step();
    expect(p.target).toBe(timeout);
    expect(p.isAlive).toBe(true);
  });
});
