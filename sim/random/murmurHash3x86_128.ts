const C1 = 0x239b961b;
const C2 = 0xab0e9789;
const C3 = 0x38b34ae5;
const C4 = 0xa1e38b93;

function rotl(x: number, r: number): number {
  return (x << r) | (x >>> (32 - r));
}

function fmix32(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

function wordAt(bytes: Uint8Array, offset: number): number {
  return (
    (bytes[offset] ?? 0) |
    ((bytes[offset + 1] ?? 0) << 8) |
    ((bytes[offset + 2] ?? 0) << 16) |
    ((bytes[offset + 3] ?? 0) << 24)
  );
}

function mixK1(k: number): number {
  return Math.imul(rotl(Math.imul(k, C1), 15), C2);
}
function mixK2(k: number): number {
  return Math.imul(rotl(Math.imul(k, C2), 16), C3);
}
function mixK3(k: number): number {
  return Math.imul(rotl(Math.imul(k, C3), 17), C4);
}
function mixK4(k: number): number {
  return Math.imul(rotl(Math.imul(k, C4), 18), C1);
}

/**
 * MurmurHash3_x86_128 of a byte string: a fast, well-avalanching, non-cryptographic
 * 128-bit hash, used here to derive a random stream's state from its (seed, replication,
 * name) key. Bytes are read as little-endian 32-bit blocks, exactly as the reference C++
 * code does on a little-endian machine, so results match it on every platform.
 *
 * Reference: A. Appleby, `MurmurHash3_x86_128` in `src/MurmurHash3.cpp` of SMHasher
 * (https://github.com/aappleby/smhasher); its verification value is 0xB3ECE62A.
 *
 * @param bytes - the key.
 * @param seed - the hash seed, an integer taken modulo 2^32; 0 by default.
 * @returns the four 32-bit words `out[0..3]` of the reference code, each in [0, 2^32).
 * @throws never.
 * @example
 * murmurHash3x86_128(new TextEncoder().encode("hello"));
 * // => [0x2b2444a0, 0xdb91def7, 0x9adb31b6, 0x9adb31b6]
 */
export function murmurHash3x86_128(bytes: Uint8Array, seed = 0): [number, number, number, number] {
  const length = bytes.length;
  const blockBytes = length - (length % 16);
  let h1 = seed | 0;
  let h2 = h1;
  let h3 = h1;
  let h4 = h1;

  for (let offset = 0; offset < blockBytes; offset += 16) {
    h1 ^= mixK1(wordAt(bytes, offset));
    h1 = (Math.imul(rotl(h1, 19) + h2, 5) + 0x561ccd1b) | 0;
    h2 ^= mixK2(wordAt(bytes, offset + 4));
    h2 = (Math.imul(rotl(h2, 17) + h3, 5) + 0x0bcaa747) | 0;
    h3 ^= mixK3(wordAt(bytes, offset + 8));
    h3 = (Math.imul(rotl(h3, 15) + h4, 5) + 0x96cd1c35) | 0;
    h4 ^= mixK4(wordAt(bytes, offset + 12));
    h4 = (Math.imul(rotl(h4, 13) + h1, 5) + 0x32ac3b17) | 0;
  }

  // Tail: the last 1–15 bytes, zero-padded into up to four words (`wordAt` reads bytes past
  // the end as 0).
  const tail = length - blockBytes;
  if (tail > 12) h4 ^= mixK4(wordAt(bytes, blockBytes + 12));
  if (tail > 8) h3 ^= mixK3(wordAt(bytes, blockBytes + 8));
  if (tail > 4) h2 ^= mixK2(wordAt(bytes, blockBytes + 4));
  if (tail > 0) h1 ^= mixK1(wordAt(bytes, blockBytes));

  h1 ^= length;
  h2 ^= length;
  h3 ^= length;
  h4 ^= length;
  h1 = (h1 + h2 + h3 + h4) | 0;
  h2 = (h2 + h1) | 0;
  h3 = (h3 + h1) | 0;
  h4 = (h4 + h1) | 0;
  h1 = fmix32(h1);
  h2 = fmix32(h2);
  h3 = fmix32(h3);
  h4 = fmix32(h4);
  h1 = (h1 + h2 + h3 + h4) | 0;
  h2 = (h2 + h1) | 0;
  h3 = (h3 + h1) | 0;
  h4 = (h4 + h1) | 0;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}
