import { exponential } from "../../sim/random/exponential.ts";
import { RandomStreams } from "../../sim/random/RandomStreams.ts";

/**
 * Pre-drawn hold-model increments: `count` exponential(1) seconds from the "hold" stream of
 * `RandomStreams(seed)`. Drawn once so that no variant pays for random numbers inside its timed
 * loop.
 * @param count a power of two, so that variants can index with a mask
 * @throws RangeError if count is not a power of two
 */
export function holdIncrements(count: number, seed: number): Float64Array {
  if (!Number.isInteger(count) || count < 1 || (count & (count - 1)) !== 0) {
    throw new RangeError(`holdIncrements: count must be a power of two, got ${count}`);
  }
  const rng = new RandomStreams(seed).stream("hold");
  const increments = new Float64Array(count);
  for (let i = 0; i < count; i++) increments[i] = exponential(rng, 1);
  return increments;
}
