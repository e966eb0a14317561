import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { smallestCount } from "../../../models/sizing/smallestCount.ts";

describe("smallestCount", () => {
  it("finds the first count that holds, from a guess below, above or on it", () => {
    for (const guess of [1, 3, 5, 40, 100]) {
      expect(smallestCount(guess, (n) => n * 10 >= 45, 1, 100)).toBe(5);
    }
  });

  it("returns null when even the highest count does not hold", () => {
    expect(smallestCount(2, () => false, 1, 50)).toBeNull();
  });

  it("never goes below lo", () => {
    expect(smallestCount(7, () => true, 4, 10)).toBe(4);
  });

  it("agrees with a linear scan for any threshold and guess", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: -10, max: 600 }),
        (threshold, guess) => {
          let evaluations = 0;
          const holds = (n: number) => {
            evaluations++;
            return n >= threshold;
          };
          expect(smallestCount(guess, holds, 1, 500)).toBe(threshold);
          expect(evaluations).toBeLessThanOrEqual(Math.abs(guess - threshold) + 2 * 10 + 4);
        },
      ),
    );
  });
});
