import { describe, expect, it } from "vitest";
import { EventQueue } from "../../sim/EventQueue.ts";

describe("EventQueue", () => {
  it("peek gives the first item by (time, key) and leaves it in place", () => {
    const queue = new EventQueue<string>(4);
    expect(queue.peek()).toBeUndefined();
    queue.push(2, 0, "b");
    queue.push(1, 1, "a2");
    queue.push(1, 0, "a1");
    expect(queue.peek()).toBe("a1");
    expect(queue.size).toBe(3);
    expect([queue.pop(), queue.pop(), queue.pop()]).toEqual(["a1", "a2", "b"]);
  });

  it("clear empties it, and it fills again in order past its first capacity", () => {
    const queue = new EventQueue<number>(4);
    for (let i = 0; i < 10; i++) queue.push(10 - i, i, i);
    queue.clear();
    expect(queue.size).toBe(0);
    expect(queue.peek()).toBeUndefined();
    expect(queue.peekTime()).toBe(Number.POSITIVE_INFINITY);
    for (let i = 0; i < 10; i++) queue.push(i % 3, i, i);
    const popped: number[] = [];
    while (queue.size > 0) popped.push(queue.pop()!);
    expect(popped).toEqual([0, 3, 6, 9, 1, 4, 7, 2, 5, 8]);
  });
});
