import { describe, expect, it } from "vitest";
import { debounce, type Timers } from "../../../web/interactive/debounce.ts";

/** A hand-driven clock: timers fire when `advance` passes their time. */
function fakeTimers() {
  let now = 0;
  let next = 1;
  const pending = new Map<number, { at: number; callback: () => void }>();
  const timers: Timers = {
    setTimeout: (callback, ms) => {
      pending.set(next, { at: now + ms, callback });
      return next++;
    },
    clearTimeout: (handle) => pending.delete(handle as number),
  };
  const advance = (ms: number) => {
    now += ms;
    for (const [id, t] of [...pending]) {
      if (t.at <= now) {
        pending.delete(id);
        t.callback();
      }
    }
  };
  return { timers, advance, pending };
}

describe("debounce(f, waitMs)", () => {
  it("calls once, with the last arguments, waitMs after the last call", () => {
    const { timers, advance } = fakeTimers();
    const calls: number[] = [];
    const d = debounce((n: number) => calls.push(n), 300, timers);
    d(1);
    advance(200);
    d(2);
    advance(299);
    expect(calls).toEqual([]);
    advance(1);
    expect(calls).toEqual([2]);
    advance(1000);
    expect(calls).toEqual([2]);
  });

  it("drops the pending call on cancel", () => {
    const { timers, advance, pending } = fakeTimers();
    const calls: number[] = [];
    const d = debounce((n: number) => calls.push(n), 300, timers);
    d(1);
    d.cancel();
    advance(1000);
    expect(calls).toEqual([]);
    expect(pending.size).toBe(0);
  });
});
