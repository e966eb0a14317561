import type { RandomStream } from "./RandomStream.ts";
import { splitmix32 } from "./splitmix32.ts";

const TWO_POW_26 = 67108864;
const TWO_POW_MINUS_52 = 1 / 4503599627370496;
const TWO_POW_MINUS_53 = 1 / 9007199254740992;
const UINT32_MAX = 0xffffffff;

// Published jump polynomials for xoshiro128** (https://prng.di.unimi.it/xoshiro128starstar.c).
const JUMP = [0x8764000b, 0xf542d2d3, 0x6fa035c3, 0x77f2db5b] as const;
const LONG_JUMP = [0xb523952e, 0x0b6f099f, 0xccf5a0ef, 0x1c580662] as const;

/**
 * The xoshiro128** 1.1 generator of D. Blackman and S. Vigna: 128 bits of state, period
 * 2^128 − 1, 32-bit outputs, passes BigCrush. The state is held in four int32 fields and
 * updated with plain 32-bit integer operations, so `nextUint32` allocates nothing.
 *
 * Reference: D. Blackman, S. Vigna, "Scrambled linear pseudorandom number generators",
 * ACM TOMS 47(4), 2021; reference C code at https://prng.di.unimi.it/xoshiro128starstar.c.
 *
 * @example
 * const rng = Xoshiro128.fromState(1, 2, 3, 4);
 * rng.nextUint32(); // => 11520 (first output of the reference C code for this state)
 * new Xoshiro128(42).nextUint32(); // => 2837322924
 */
export class Xoshiro128 implements RandomStream {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  /**
   * A generator seeded from one 32-bit word: the four state words are outputs 0–3 of
   * `splitmix32(seed, ·)`, which are pairwise distinct, so the state is never all zero.
   *
   * @param seed - an integer in [0, 2^32 − 1].
   * @throws {RangeError} if `seed` is not an integer in [0, 2^32 − 1].
   * @example
   * new Xoshiro128(42).nextFloat(); // a float in [0, 1), always the same one for seed 42
   */
  constructor(seed: number) {
    if (!Number.isInteger(seed) || seed < 0 || seed > UINT32_MAX) {
      throw new RangeError(
        `Xoshiro128: seed must be an integer in [0, 2^32 - 1], got ${String(seed)}`,
      );
    }
    this.s0 = splitmix32(seed, 0) | 0;
    this.s1 = splitmix32(seed, 1) | 0;
    this.s2 = splitmix32(seed, 2) | 0;
    this.s3 = splitmix32(seed, 3) | 0;
  }

  /**
   * A generator with the given raw state, word for word as `s[0..3]` of the reference C code.
   *
   * @param s0 - state word 0, an integer in [0, 2^32 − 1]; likewise `s1`, `s2`, `s3`.
   * @throws {RangeError} if a word is not an integer in [0, 2^32 − 1], or all four are zero
   *   (the one state the generator never leaves).
   * @example
   * Xoshiro128.fromState(1, 2, 3, 4).nextUint32(); // => 11520
   */
  static fromState(s0: number, s1: number, s2: number, s3: number): Xoshiro128 {
    const words = [s0, s1, s2, s3];
    words.forEach((word, index) => {
      if (!Number.isInteger(word) || word < 0 || word > UINT32_MAX) {
        throw new RangeError(
          `Xoshiro128.fromState: s${index} must be an integer in [0, 2^32 - 1], got ${String(word)}`,
        );
      }
    });
    if (s0 === 0 && s1 === 0 && s2 === 0 && s3 === 0) {
      throw new RangeError("Xoshiro128.fromState: the state must not be all zero");
    }
    const rng = new Xoshiro128(0);
    rng.s0 = s0 | 0;
    rng.s1 = s1 | 0;
    rng.s2 = s2 | 0;
    rng.s3 = s3 | 0;
    return rng;
  }

  /**
   * The current state as four unsigned 32-bit words, in the order of `fromState`.
   *
   * @example
   * Xoshiro128.fromState(1, 2, 3, 4).state(); // => [1, 2, 3, 4]
   */
  state(): [number, number, number, number] {
    return [this.s0 >>> 0, this.s1 >>> 0, this.s2 >>> 0, this.s3 >>> 0];
  }

  /**
   * An independent copy: it continues with the same sequence without advancing this one.
   *
   * @example
   * const a = new Xoshiro128(1);
   * a.clone().nextUint32() === a.nextUint32(); // => true
   */
  clone(): Xoshiro128 {
    return Xoshiro128.fromState(this.s0 >>> 0, this.s1 >>> 0, this.s2 >>> 0, this.s3 >>> 0);
  }

  /**
   * The next 32-bit output, uniform on [0, 2^32): `rotl(s1 * 5, 7) * 9`, then the
   * xoshiro state transition.
   */
  nextUint32(): number {
    const s0 = this.s0;
    const s1 = this.s1;
    const s2 = this.s2 ^ s0;
    const s3 = this.s3 ^ s1;
    const product = Math.imul(s1, 5);
    const result = Math.imul((product << 7) | (product >>> 25), 9);
    this.s1 = s1 ^ s2;
    this.s0 = s0 ^ s3;
    this.s2 = s2 ^ (s1 << 9);
    this.s3 = (s3 << 11) | (s3 >>> 21);
    return result >>> 0;
  }

  /**
   * A float uniform on [0, 1) with 53 random bits: the top 27 bits of one output and the
   * top 26 bits of the next, as in M. Matsumoto's `genrand_res53`. Consumes two outputs.
   */
  nextFloat(): number {
    const high = this.nextUint32() >>> 5;
    const low = this.nextUint32() >>> 6;
    return (high * TWO_POW_26 + low) * TWO_POW_MINUS_53;
  }

  /**
   * A float uniform on the open interval (0, 1): a multiple of 2^-52 shifted by half a step,
   * so it lies in [2^-53, 1 − 2^-53] and is safe to pass to `Math.log`. Consumes two outputs.
   */
  nextFloatOpen(): number {
    const high = this.nextUint32() >>> 6;
    const low = this.nextUint32() >>> 6;
    return (high * TWO_POW_26 + low + 0.5) * TWO_POW_MINUS_52;
  }

  /**
   * Advances the state by 2^64 outputs, in 128 steps, with the published jump polynomial.
   * Generators derived by successive jumps produce non-overlapping sequences of length 2^64.
   *
   * Reference: https://prng.di.unimi.it/xoshiro128starstar.c (`jump`).
   *
   * @example
   * const rng = Xoshiro128.fromState(1, 2, 3, 4);
   * rng.jump();
   * rng.state(); // => [2843103750, 2038079848, 1533207345, 44816753]
   */
  jump(): void {
    this.applyJump(JUMP);
  }

  /**
   * Advances the state by 2^96 outputs with the published long-jump polynomial: 2^32
   * starting points, from each of which `jump` yields 2^32 non-overlapping sequences.
   *
   * Reference: https://prng.di.unimi.it/xoshiro128starstar.c (`long_jump`).
   *
   * @example
   * const rng = Xoshiro128.fromState(1, 2, 3, 4);
   * rng.longJump();
   * rng.state(); // => [1611968294, 2125834322, 966769569, 3193880526]
   */
  longJump(): void {
    this.applyJump(LONG_JUMP);
  }

  private applyJump(polynomial: readonly number[]): void {
    let t0 = 0;
    let t1 = 0;
    let t2 = 0;
    let t3 = 0;
    for (const word of polynomial) {
      for (let bit = 0; bit < 32; bit++) {
        if ((word >>> bit) & 1) {
          t0 ^= this.s0;
          t1 ^= this.s1;
          t2 ^= this.s2;
          t3 ^= this.s3;
        }
        this.nextUint32();
      }
    }
    this.s0 = t0;
    this.s1 = t1;
    this.s2 = t2;
    this.s3 = t3;
  }
}
