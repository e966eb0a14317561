import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TimeWeighted } from "../../../sim/stats/TimeWeighted.ts";

describe("TimeWeighted", () => {
  it("integrates a queue of 0 on [0, 2), 3 on [2, 5), 1 on [5, 10): area 14, mean 1.4", () => {
    // Hand calculation: 0·2 + 3·3 + 1·5 = 14 over 10 s.
    const queue = new TimeWeighted(0, 0);
    queue.update(2, 3);
    queue.update(5, 1);
    expect(Math.abs(queue.integral(10) - 14)).toBeLessThan(1e-12);
    expect(Math.abs(queue.mean(10) - 1.4)).toBeLessThan(1e-12);
    expect(queue.min).toBe(0);
    expect(queue.max).toBe(3);
    expect(queue.level).toBe(1);
  });

  it("averages from its start time: level 2 on [100, 110), 4 on [110, 120) has mean 3", () => {
    const busy = new TimeWeighted(100, 2);
    busy.update(110, 4);
    expect(Math.abs(busy.mean(120) - 3)).toBeLessThan(1e-12);
    expect(Math.abs(busy.integral(120) - 60)).toBeLessThan(1e-12);
  });

  it("gives weight only to the last of several updates at the same instant", () => {
    const level = new TimeWeighted();
    level.update(1, 50);
    level.update(1, 2);
    expect(Math.abs(level.integral(3) - 4)).toBeLessThan(1e-12);
    expect(level.max).toBe(50);
  });

  it("reset(now) keeps the current level and forgets the past (warm-up deletion)", () => {
    const queue = new TimeWeighted(0, 0);
    queue.update(2, 3);
    queue.update(5, 1);
    queue.reset(10);
    queue.update(15, 2);
    // Window [10, 20): level 1 for 5 s, then 2 for 5 s.
    expect(queue.startSeconds).toBe(10);
    expect(Math.abs(queue.integral(20) - 15)).toBeLessThan(1e-12);
    expect(Math.abs(queue.mean(20) - 1.5)).toBeLessThan(1e-12);
    expect(queue.min).toBe(1);
    expect(queue.max).toBe(2);
  });

  it("reports the current level as the mean of an empty window", () => {
    expect(new TimeWeighted(5, 7).mean(5)).toBe(7);
  });

  it("has mean equal to the level when the level never changes", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e6, noNaN: true }),
        (level, start, duration) => {
          const constant = new TimeWeighted(start, level);
          const mean = constant.mean(start + duration);
          expect(Math.abs(mean - level)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(level)));
        },
      ),
    );
  });

  it("integrates to Σ level·duration over any sequence of non-decreasing updates", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            // Multiples of 1/64 s, so that the clock itself adds exactly.
            durationSeconds: fc.integer({ min: 0, max: 64_000 }).map((n) => n / 64),
            level: fc.double({ min: -1000, max: 1000, noNaN: true }),
          }),
          { maxLength: 50 },
        ),
        (segments) => {
          const accumulator = new TimeWeighted(0, 0);
          let now = 0;
          let expected = 0;
          let bound = 0;
          for (const { durationSeconds, level } of segments) {
            accumulator.update(now, level);
            expected += level * durationSeconds;
            bound += Math.abs(level * durationSeconds);
            now += durationSeconds;
          }
          expect(Math.abs(accumulator.integral(now) - expected)).toBeLessThanOrEqual(1e-12 * bound);
        },
      ),
    );
  });

  it("throws a RangeError when time goes backwards, naming both times", () => {
    const level = new TimeWeighted(10, 1);
    expect(() => level.update(9, 2)).toThrow(/from 10 s to 9 s/);
    expect(() => level.mean(5)).toThrow(RangeError);
    expect(() => level.integral(9.5)).toThrow(RangeError);
    expect(() => level.reset(0)).toThrow(RangeError);
  });

  it("throws a RangeError for non-finite times or levels", () => {
    expect(() => new TimeWeighted(Number.NaN)).toThrow(/startSeconds .*got NaN/);
    expect(() => new TimeWeighted(0, Number.POSITIVE_INFINITY)).toThrow(/initialLevel/);
    const level = new TimeWeighted();
    expect(() => level.update(1, Number.NaN)).toThrow(/level .*got NaN/);
    expect(() => level.update(Number.POSITIVE_INFINITY, 1)).toThrow(/nowSeconds/);
  });
});
