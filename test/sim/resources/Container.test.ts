import { describe, expect, it } from "vitest";
import { Environment } from "../../../sim/Environment.ts";
import { Container } from "../../../sim/resources/Container.ts";

describe("Container", () => {
  it("a get waits until the level holds the amount", () => {
    const env = new Environment();
    const ram = new Container(env, { capacity: 100, initialLevel: 10, name: "RAM" });
    const trace: [string, number, number][] = [];
    env.process(
      "consumer",
      (function* () {
        yield ram.get(30);
        trace.push(["got 30", env.now, ram.level]);
      })(),
    );
    env.process(
      "producer",
      (function* () {
        yield env.timeout(5);
        yield ram.put(25);
        trace.push(["put 25", env.now, ram.level]);
      })(),
    );
    env.run();
    expect(trace).toEqual([
      ["put 25", 5, 5],
      ["got 30", 5, 5],
    ]);
  });

  it("a put waits until there is room under the capacity", () => {
    const env = new Environment();
    const tank = new Container(env, { capacity: 10, initialLevel: 8 });
    let putAt = -1;
    env.process(
      "filler",
      (function* () {
        yield tank.put(5);
        putAt = env.now;
      })(),
    );
    env.process(
      "drainer",
      (function* () {
        yield env.timeout(3);
        yield tank.get(4);
      })(),
    );
    env.run();
    expect(putAt).toBe(3);
    expect(tank.level).toBe(9);
  });

  it("serves gets first come, first served: a large head blocks smaller ones", () => {
    const env = new Environment();
    const c = new Container(env, { initialLevel: 5 });
    const order: string[] = [];
    env.process(
      "big",
      (function* () {
        yield c.get(8);
        order.push("big");
      })(),
    );
    env.process(
      "small",
      (function* () {
        yield c.get(1);
        order.push("small");
      })(),
    );
    env.process(
      "refill",
      (function* () {
        yield env.timeout(1);
        yield c.put(10);
      })(),
    );
    env.run();
    expect(order).toEqual(["big", "small"]);
    expect(c.level).toBe(6);
  });

  it("validates amounts, capacity and the initial level", () => {
    const env = new Environment();
    expect(() => new Container(env, { capacity: 0 })).toThrow(RangeError);
    expect(() => new Container(env, { capacity: 5, initialLevel: 6 })).toThrow(RangeError);
    const c = new Container(env, { capacity: 5, name: "pool" });
    expect(() => c.get(-1)).toThrow("pool: get amount must be a finite number > 0, got -1");
    expect(() => c.put(6)).toThrow(/more than the capacity/);
  });
});
