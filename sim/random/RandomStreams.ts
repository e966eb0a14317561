import { murmurHash3x86_128 } from "./murmurHash3x86_128.ts";
import type { RandomStream } from "./RandomStream.ts";
import { splitmix32 } from "./splitmix32.ts";
import { Xoshiro128 } from "./xoshiro128.ts";

const TWO_POW_32 = 4294967296;
const KEY_HEADER_BYTES = 16;
const utf8 = new TextEncoder();

/**
 * The family of independent random streams of one simulation run: one named stream per
 * stochastic source ("arrivals", "vmotion.dirtyRate", ...).
 *
 * A stream's generator state is a hash of (seed, replication, name), so
 * - a named stream's values do not depend on which other streams exist or in what order they
 *   were created: adding a source to a model leaves every other source's numbers unchanged;
 * - replication r of two scenarios run with the same seed sees the same numbers per name
 *   (common random numbers), which sharpens comparisons between scenarios.
 *
 * Key encoding: seed and replication as 64-bit two's-complement little-endian integers, then
 * the UTF-8 bytes of the name; hashed with MurmurHash3_x86_128, each of the four words then
 * passed through one SplitMix32 step to form the xoshiro128** state.
 *
 * Reference for the practice: P. L'Ecuyer et al., "An object-oriented random-number package
 * with many long streams and substreams", Operations Research 50(6), 2002; A. M. Law,
 * "Simulation Modeling and Analysis", 5th ed., ch. 11 (common random numbers).
 *
 * @example
 * const streams = new RandomStreams(42);
 * const arrivals = streams.stream("arrivals");
 * arrivals === streams.stream("arrivals"); // => true
 * new RandomStreams(42).stream("arrivals").nextUint32() === arrivals.nextUint32(); // => true
 */
export class RandomStreams {
  /** The run's seed, a safe integer. */
  readonly seed: number;
  /** The replication number, a non-negative safe integer. */
  readonly replication: number;
  private readonly streams = new Map<string, Xoshiro128>();

  /**
   * @param seed - the run's seed: an integer with |seed| ≤ 2^53 − 1.
   * @param replication - the replication number: an integer in [0, 2^53 − 1]; 0 by default.
   * @throws {RangeError} if `seed` is not a safe integer (for example 1.5, NaN or Infinity),
   *   or `replication` is not a non-negative safe integer; the message names the value.
   */
  constructor(seed: number, replication = 0) {
    if (!Number.isSafeInteger(seed)) {
      throw new RangeError(
        `RandomStreams: seed must be an integer with |seed| <= 2^53 - 1, got ${String(seed)}`,
      );
    }
    if (!Number.isSafeInteger(replication) || replication < 0) {
      throw new RangeError(
        `RandomStreams: replication must be a non-negative integer, got ${String(replication)}`,
      );
    }
    this.seed = seed;
    this.replication = replication;
  }

  /**
   * The stream for one named stochastic source; asking again for the same name returns the
   * same object, which continues where it left off.
   *
   * @param name - any string; streams are told apart by its exact UTF-8 bytes.
   * @throws {TypeError} if `name` is not a string.
   * @example
   * new RandomStreams(7).stream("service").nextFloat(); // the same float on every run
   */
  stream(name: string): RandomStream {
    let stream = this.streams.get(name);
    if (stream === undefined) {
      if (typeof name !== "string") {
        throw new TypeError(`RandomStreams.stream: name must be a string, got ${typeof name}`);
      }
      stream = streamGenerator(this.seed, this.replication, name);
      this.streams.set(name, stream);
    }
    return stream;
  }

  /**
   * The streams of another replication of the same run: same seed, fresh streams.
   *
   * @param replication - an integer in [0, 2^53 − 1].
   * @throws {RangeError} if `replication` is not a non-negative safe integer.
   * @example
   * const second = new RandomStreams(42).forReplication(1);
   * second.replication; // => 1
   */
  forReplication(replication: number): RandomStreams {
    return new RandomStreams(this.seed, replication);
  }
}

function streamGenerator(seed: number, replication: number, name: string): Xoshiro128 {
  const nameBytes = utf8.encode(name);
  const key = new Uint8Array(KEY_HEADER_BYTES + nameBytes.length);
  const header = new DataView(key.buffer);
  header.setUint32(0, seed >>> 0, true);
  header.setUint32(4, Math.floor(seed / TWO_POW_32) >>> 0, true);
  header.setUint32(8, replication >>> 0, true);
  header.setUint32(12, Math.floor(replication / TWO_POW_32) >>> 0, true);
  key.set(nameBytes, KEY_HEADER_BYTES);
  const [h0, h1, h2, h3] = murmurHash3x86_128(key);
  const s0 = splitmix32(h0, 0);
  const s1 = splitmix32(h1, 1);
  const s2 = splitmix32(h2, 2);
  const s3 = splitmix32(h3, 3);
  // All four zero has probability 2^-128; replace it rather than fail.
  const allZero = s0 === 0 && s1 === 0 && s2 === 0 && s3 === 0;
  return Xoshiro128.fromState(allZero ? 1 : s0, s1, s2, s3);
}
