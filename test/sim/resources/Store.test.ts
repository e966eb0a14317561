import { describe, expect, it } from "vitest";
import { Environment } from "../../../sim/Environment.ts";
import { Store } from "../../../sim/resources/Store.ts";

describe("Store", () => {
  it("gets items oldest first and waits when empty", () => {
    const env = new Environment();
    const store = new Store<string>(env);
    const got: [string, number][] = [];
    env.process(
      "consumer",
      (function* () {
        for (let i = 0; i < 3; i++) got.push([(yield store.get()) as string, env.now]);
      })(),
    );
    env.process(
      "producer",
      (function* () {
        yield store.put("vm-a");
        yield store.put("vm-b");
        yield env.timeout(4);
        yield store.put("vm-c");
      })(),
    );
    env.run();
    expect(got).toEqual([
      ["vm-a", 0],
      ["vm-b", 0],
      ["vm-c", 4],
    ]);
  });

  it("a filtered get takes the oldest matching item and does not block others", () => {
    const env = new Environment();
    const store = new Store<{ name: string; wave: number }>(env);
    const got: string[] = [];
    env.process(
      "wave 2",
      (function* () {
        const vm = (yield store.get((v) => v.wave === 2)) as { name: string };
        got.push(`wave2:${vm.name}`);
      })(),
    );
    env.process(
      "any",
      (function* () {
        const vm = (yield store.get()) as { name: string };
        got.push(`any:${vm.name}`);
      })(),
    );
    store.put({ name: "web-1", wave: 1 });
    store.put({ name: "db-1", wave: 2 });
    env.run();
    expect(got.sort()).toEqual(["any:web-1", "wave2:db-1"]);
  });

  it("a put waits for room when the store is full", () => {
    const env = new Environment();
    const store = new Store<number>(env, { capacity: 1 });
    let secondPutAt = -1;
    env.process(
      "producer",
      (function* () {
        yield store.put(1);
        yield store.put(2);
        secondPutAt = env.now;
      })(),
    );
    env.process(
      "consumer",
      (function* () {
        yield env.timeout(6);
        yield store.get();
      })(),
    );
    env.run();
    expect(secondPutAt).toBe(6);
    expect(store.items).toEqual([2]);
  });

  it("refuses a capacity below one", () => {
    const env = new Environment();
    expect(() => new Store(env, { capacity: 0, name: "buffer" })).toThrow(/buffer: capacity/);
  });
});
