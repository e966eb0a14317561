import { describe, expect, it } from "vitest";
import { Environment } from "../../sim/Environment.ts";

describe("Event", () => {
  it("is pending, then triggered, then processed", () => {
    const env = new Environment();
    const event = env.event<number>();
    expect(event.triggered).toBe(false);
    expect(() => event.value).toThrow(/pending/);
    expect(() => event.ok).toThrow(/pending/);
    event.succeed(42);
    expect(event.triggered).toBe(true);
    expect(event.processed).toBe(false);
    env.run();
    expect(event.processed).toBe(true);
    expect(event.ok).toBe(true);
    expect(event.value).toBe(42);
  });

  it("cannot be triggered twice", () => {
    const env = new Environment();
    const event = env.event().succeed();
    expect(() => event.succeed()).toThrow(/already/);
    expect(() => event.fail(new Error("x"))).toThrow(/already/);
  });

  it("value throws the error of a failed event", () => {
    const env = new Environment();
    const event = env.event().fail(new Error("boom")).defuse();
    env.run();
    expect(event.ok).toBe(false);
    expect(() => event.value).toThrow("boom");
  });

  it("onProcessed calls back once processed, or at once if it already was", () => {
    const env = new Environment();
    const seen: string[] = [];
    const event = env.timeout(1, "v");
    event.onProcessed((e) => seen.push(`first ${e.value} at ${env.now}`));
    env.run();
    event.onProcessed((e) => seen.push(`late ${e.value} at ${env.now}`));
    expect(seen).toEqual(["first v at 1", "late v at 1"]);
  });

  it("notifies several waiters in the order they started waiting", () => {
    const env = new Environment();
    const order: number[] = [];
    const event = env.timeout(1);
    for (let i = 0; i < 4; i++) event.onProcessed(() => order.push(i));
    env.run();
    expect(order).toEqual([0, 1, 2, 3]);
  });
});
