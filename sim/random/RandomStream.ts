/**
 * A source of uniform random numbers: the one thing every distribution in `sim/random`
 * draws from. Each stochastic source of a model owns its own stream (see `RandomStreams`),
 * so that adding a draw in one place never shifts the numbers seen elsewhere.
 *
 * Implementations must be deterministic: the same seed yields the same sequence.
 *
 * @example
 * const rng: RandomStream = new Xoshiro128(42);
 * rng.nextUint32(); // => 2837322924
 */
export interface RandomStream {
  /**
   * The next output of the generator: an integer uniform on [0, 2^32).
   * Consumes one 32-bit output.
   */
  nextUint32(): number;
  /**
   * A float uniform on [0, 1) with 53 random bits (every multiple of 2^-53 in [0, 1) is
   * equally likely), built from two consecutive `nextUint32` outputs.
   */
  nextFloat(): number;
}
