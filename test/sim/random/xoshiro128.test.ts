import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Xoshiro128 } from "../../../sim/random/xoshiro128.ts";

// Oracle: the reference C code of https://prng.di.unimi.it/xoshiro128starstar.c (next, jump,
// long_jump copied verbatim), compiled with gcc 12.2 and run from the stated states.
const REFERENCE_FROM_1_2_3_4 = [
  11520, 0, 5927040, 70819200, 2031721883, 1637235492, 1287239034, 3734860849, 3729100597,
  4258142804,
];

describe("Xoshiro128", () => {
  it("fromState(1, 2, 3, 4) yields the first ten outputs of the reference C code", () => {
    const rng = Xoshiro128.fromState(1, 2, 3, 4);
    const outputs = REFERENCE_FROM_1_2_3_4.map(() => rng.nextUint32());
    expect(outputs).toEqual(REFERENCE_FROM_1_2_3_4);
  });

  it("fromState(1, 2, 3, 4) yields 3170714187 as its 1000th output, as the reference C code", () => {
    const rng = Xoshiro128.fromState(1, 2, 3, 4);
    for (let i = 0; i < 999; i++) rng.nextUint32();
    expect(rng.nextUint32()).toBe(3170714187);
  });

  it("jump() from state [1, 2, 3, 4] reaches the reference state and outputs", () => {
    const rng = Xoshiro128.fromState(1, 2, 3, 4);
    rng.jump();
    expect(rng.state()).toEqual([2843103750, 2038079848, 1533207345, 44816753]);
    expect([rng.nextUint32(), rng.nextUint32(), rng.nextUint32()]).toEqual([
      1194304935, 745561276, 25819468,
    ]);
  });

  it("longJump() from state [1, 2, 3, 4] reaches the reference state and outputs", () => {
    const rng = Xoshiro128.fromState(1, 2, 3, 4);
    rng.longJump();
    expect(rng.state()).toEqual([1611968294, 2125834322, 966769569, 3193880526]);
    expect([rng.nextUint32(), rng.nextUint32()]).toEqual([4148901660, 60341234]);
  });

  it("new Xoshiro128(42) takes its state from splitmix32 outputs 0..3 of 42, as the C oracle", () => {
    // C oracle: sm = 42; four calls of { z = (sm += 0x9e3779b9); fmix32(z) }.
    const rng = new Xoshiro128(42);
    expect(rng.state()).toEqual([939911724, 3948730756, 321366731, 3317318717]);
    expect([rng.nextUint32(), rng.nextUint32(), rng.nextUint32()]).toEqual([
      2837322924, 544945897, 479756282,
    ]);
  });

  it("jump() gives a sequence different from the unjumped one, and the same after every jump from the same state", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (seed) => {
        const plain = new Xoshiro128(seed);
        const jumpedA = new Xoshiro128(seed);
        const jumpedB = new Xoshiro128(seed);
        jumpedA.jump();
        jumpedB.jump();
        const a = Array.from({ length: 8 }, () => jumpedA.nextUint32());
        const b = Array.from({ length: 8 }, () => jumpedB.nextUint32());
        const p = Array.from({ length: 8 }, () => plain.nextUint32());
        expect(a).toEqual(b);
        expect(a).not.toEqual(p);
      }),
      { numRuns: 50 },
    );
  });

  it("the same seed always gives the same sequence", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (seed) => {
        const a = new Xoshiro128(seed);
        const b = new Xoshiro128(seed);
        for (let i = 0; i < 20; i++) expect(a.nextUint32()).toBe(b.nextUint32());
      }),
    );
  });

  it("nextUint32 is an integer in [0, 2^32) and nextFloat is in [0, 1)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (seed) => {
        const rng = new Xoshiro128(seed);
        for (let i = 0; i < 50; i++) {
          const word = rng.nextUint32();
          expect(Number.isInteger(word) && word >= 0 && word < 2 ** 32).toBe(true);
          const x = rng.nextFloat();
          expect(x >= 0 && x < 1).toBe(true);
        }
      }),
    );
  });

  it("nextFloat joins the top 27 bits of one output and the top 26 bits of the next", () => {
    const words = Xoshiro128.fromState(1, 2, 3, 4);
    const floats = Xoshiro128.fromState(1, 2, 3, 4);
    const high = words.nextUint32() >>> 5;
    const low = words.nextUint32() >>> 6;
    expect(floats.nextFloat()).toBe((high * 2 ** 26 + low) / 2 ** 53);
  });

  it("nextFloatOpen is strictly inside (0, 1), even for the extreme outputs", () => {
    const zeros = { nextUint32: () => 0 };
    const ones = { nextUint32: () => 0xffffffff };
    const open = Xoshiro128.prototype.nextFloatOpen;
    expect(open.call(zeros as unknown as Xoshiro128)).toBe(2 ** -53);
    expect(open.call(ones as unknown as Xoshiro128)).toBe(1 - 2 ** -53);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (seed) => {
        const rng = new Xoshiro128(seed);
        for (let i = 0; i < 50; i++) {
          const x = rng.nextFloatOpen();
          expect(x > 0 && x < 1).toBe(true);
        }
      }),
    );
  });

  it("the mean of 200,000 nextFloat draws is 1/2 within 5 standard errors (sd 1/sqrt(12))", () => {
    const rng = new Xoshiro128(2024);
    const n = 200_000;
    let sum = 0;
    for (let i = 0; i < n; i++) sum += rng.nextFloat();
    expect(Math.abs(sum / n - 0.5)).toBeLessThan(5 * Math.sqrt(1 / 12 / n));
  });

  it("clone() continues the same sequence without advancing the original", () => {
    const original = new Xoshiro128(7);
    original.nextUint32();
    const copy = original.clone();
    expect(copy.nextUint32()).toBe(original.nextUint32());
    expect(copy.state()).toEqual(original.state());
  });

  it("the constructor rejects seeds that are not 32-bit unsigned integers, naming the value", () => {
    for (const seed of [-1, 1.5, 2 ** 32, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => new Xoshiro128(seed)).toThrow(RangeError);
    }
    expect(() => new Xoshiro128(1.5)).toThrow(/got 1\.5/);
  });

  it("fromState rejects the all-zero state and words outside [0, 2^32)", () => {
    expect(() => Xoshiro128.fromState(0, 0, 0, 0)).toThrow(/all zero/);
    expect(() => Xoshiro128.fromState(1, -1, 0, 0)).toThrow(/s1 .*got -1/);
    expect(() => Xoshiro128.fromState(1, 0, 2 ** 32, 0)).toThrow(RangeError);
  });
});
