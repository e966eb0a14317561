import { describe, expect, it } from "vitest";
import { Environment } from "../../sim/Environment.ts";

describe("allOf / anyOf", () => {
  it("allOf succeeds when every event has, with the values in the order given", () => {
    const env = new Environment();
    let got: unknown;
    env.process(
      "p",
      (function* () {
        got = yield env.allOf([env.timeout(3, "slow"), env.timeout(1, "fast")]);
        expect(env.now).toBe(3);
      })(),
    );
    env.run();
    expect(got).toEqual(["slow", "fast"]);
  });

  it("anyOf succeeds with the first event's index and value", () => {
    const env = new Environment();
    let got: unknown;
    env.process(
      "p",
      (function* () {
        got = yield env.anyOf([env.timeout(3, "slow"), env.timeout(1, "fast")]);
        expect(env.now).toBe(1);
      })(),
    );
    env.run();
    expect(got).toEqual({ index: 1, value: "fast" });
  });

  it("fails with the first failure, which the waiting process can catch", () => {
    const env = new Environment();
    const failing = env.event();
    let caught = "";
    env.process(
      "p",
      (function* () {
        try {
          yield env.allOf([env.timeout(5), failing]);
        } catch (error) {
          caught = `${(error as Error).message} at ${env.now}`;
        }
      })(),
    );
    env.timeout(2).onProcessed(() => failing.fail(new Error("preflight failed")));
    env.run();
    expect(caught).toBe("preflight failed at 2");
  });

  it("counts events that were already processed", () => {
    const env = new Environment();
    const early = env.timeout(1, "early");
    let got: unknown;
    env.process(
      "p",
      (function* () {
        yield env.timeout(2);
        got = yield env.allOf([early, env.timeout(1, "late")]);
      })(),
    );
    env.run();
    expect(got).toEqual(["early", "late"]);
  });

  it("an empty list succeeds at once", () => {
    const env = new Environment();
    let times: number[] = [];
    env.process(
      "p",
      (function* () {
        yield env.allOf([]);
        yield env.anyOf([]);
        times = [env.now];
      })(),
    );
    env.run();
    expect(times).toEqual([0]);
  });

  it("refuses events of another environment", () => {
    const a = new Environment();
    const b = new Environment();
    expect(() => a.allOf([b.timeout(1)])).toThrow(/different environments/);
  });
});
