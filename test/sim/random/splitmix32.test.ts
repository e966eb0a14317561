import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitmix32 } from "../../../sim/random/splitmix32.ts";

describe("splitmix32", () => {
  it("splitmix32(0, i) for i = 0..3 matches the C oracle (Weyl step 0x9e3779b9, then fmix32)", () => {
    // C oracle (gcc 12.2): uint32_t z = (sm += 0x9e3779b9u); z = (z ^ (z >> 16)) * 0x85ebca6bu;
    // z = (z ^ (z >> 13)) * 0xc2b2ae35u; return z ^ (z >> 16); starting from sm = 0.
    expect([0, 1, 2, 3].map((i) => splitmix32(0, i))).toEqual([
      2462723854, 1020716019, 454327756, 1275600319,
    ]);
  });

  it("four consecutive outputs are pairwise distinct, so a seeded state is never all zero", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (seed) => {
        const words = [0, 1, 2, 3].map((i) => splitmix32(seed, i));
        expect(new Set(words).size).toBe(4);
        for (const word of words) expect(word >= 0 && word < 2 ** 32).toBe(true);
      }),
    );
  });
});
