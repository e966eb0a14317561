import { performance } from "node:perf_hooks";
import type { HoldRun, HoldVariant } from "./HoldVariant.ts";

/**
 * The practical ceiling: the hold loop on a bare binary min-heap of event times in one
 * Float64Array, written inline. No tie-break keys, no event objects, no method calls: what is
 * left is the heap itself. Each hold is a pop (last element sifted down from the root) then a
 * push (sifted up), the same two operations the engine's queue performs.
 */
export const bareHeapHold: HoldVariant = {
  name: "bare Float64Array heap",
  run(pending: number, warmUpHolds: number, holds: number, increments: Float64Array): HoldRun {
    const heap = new Float64Array(pending);
    const mask = increments.length - 1;
    for (let i = 0; i < pending; i++) pushTime(heap, i, increments[i & mask]!);
    holdLoop(heap, pending, increments, pending, warmUpHolds);
    const started = performance.now();
    const clockSeconds = holdLoop(heap, pending, increments, pending + warmUpHolds, holds);
    const wallSeconds = (performance.now() - started) / 1000;
    return { holds, wallSeconds, clockSeconds };
  },
};

function pushTime(heap: Float64Array, size: number, time: number): void {
  let i = size;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    const pt = heap[parent]!;
    if (pt <= time) break;
    heap[i] = pt;
    i = parent;
  }
  heap[i] = time;
}

/** `count` holds on a full heap of `size` times; returns the time of the last one removed. */
function holdLoop(
  heap: Float64Array,
  size: number,
  increments: Float64Array,
  firstIncrement: number,
  count: number,
): number {
  const mask = increments.length - 1;
  const last = size - 1;
  let k = firstIncrement;
  let now = 0;
  for (let h = 0; h < count; h++) {
    now = heap[0]!;
    const moved = heap[last]!;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= last) break;
      const right = child + 1;
      if (right < last && heap[right]! < heap[child]!) child = right;
      const ct = heap[child]!;
      if (moved <= ct) break;
      heap[i] = ct;
      i = child;
    }
    heap[i] = moved;
    const time = now + increments[k++ & mask]!;
    let j = last;
    while (j > 0) {
      const parent = (j - 1) >> 1;
      const pt = heap[parent]!;
      if (pt <= time) break;
      heap[j] = pt;
      j = parent;
    }
    heap[j] = time;
  }
  return now;
}
