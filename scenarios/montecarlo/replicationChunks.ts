/** The replications of a Monte Carlo run that its threads share, and how they take them. */
export interface SharedReplications {
  /** The replication numbers to run. */
  replications: number[];
  /** Shared counter: index in `replications` of the first one nobody has taken. */
  next: Int32Array;
  /** Threads taking from it: chunks shrink as the end nears so that they finish together. */
  threads: number;
  /** The largest chunk taken at a time. */
  maxChunk: number;
}

/**
 * Replications shared by `threads` threads: chunks of at most 8 (few enough to keep the counter
 * cold), and at most a 16th of each thread's share for small runs.
 */
export function sharedReplications(
  replications: readonly number[],
  threads: number,
): SharedReplications {
  return {
    replications: [...replications],
    next: new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT)),
    threads,
    maxChunk: Math.max(1, Math.min(8, Math.floor(replications.length / (threads * 16)))),
  };
}

/**
 * Takes the next chunk (guided: a quarter of what is left per thread, between 1 and
 * `maxChunk`, so that the last chunks are single replications and no thread waits long on
 * another at the end); null when none are left. Which thread runs a replication never changes
 * its numbers.
 */
export function takeChunk(shared: SharedReplications): readonly number[] | null {
  const { replications, next, threads, maxChunk } = shared;
  const total = replications.length;
  for (;;) {
    const from = Atomics.load(next, 0);
    if (from >= total) return null;
    const size = Math.max(1, Math.min(maxChunk, Math.floor((total - from) / (threads * 4))));
    if (Atomics.compareExchange(next, 0, from, from + size) === from) {
      return replications.slice(from, from + size);
    }
  }
}
