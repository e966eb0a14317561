const GOLDEN_GAMMA = 0x9e3779b9;

/**
 * Output number `index` (0-based) of the 32-bit SplitMix generator started at `seed`:
 * a Weyl sequence with the golden-ratio increment 0x9e3779b9, finalised by MurmurHash3's
 * `fmix32` avalanche. Counter-based, so it needs no state: used to expand one 32-bit seed
 * into a generator state whose words are distinct and well mixed.
 *
 * Because `fmix32` is a bijection with `fmix32(0) = 0` and the increment is odd, outputs for
 * 4 consecutive indices are pairwise distinct, so at most one of them is zero.
 *
 * References: G. L. Steele, D. Lea, C. H. Flood, "Fast splittable pseudorandom number
 * generators", OOPSLA 2014 (SplitMix); A. Appleby, MurmurHash3 `fmix32`
 * (https://github.com/aappleby/smhasher).
 *
 * @param seed - the generator's starting value, an integer taken modulo 2^32.
 * @param index - which output, a non-negative integer (taken modulo 2^32).
 * @returns an integer in [0, 2^32).
 * @throws never; inputs are reduced modulo 2^32.
 * @example
 * splitmix32(0, 0); // => 2462723854
 * splitmix32(0, 1); // => 1020716019
 */
export function splitmix32(seed: number, index: number): number {
  let z = (seed + Math.imul(index + 1, GOLDEN_GAMMA)) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}
