import { performance } from "node:perf_hooks";
import { EventQueue } from "../../sim/EventQueue.ts";
import type { HoldRun, HoldVariant } from "./HoldVariant.ts";

/** Stands in for an event: the queue moves references, so what it points to does not matter. */
interface Pending {
  readonly id: number;
}

/**
 * The engine's event queue on its own: `EventQueue` with (time, sequence key, item) entries,
 * driven the way `Environment` drives it (peek the time, pop, push with a fresh sequence key).
 * Against the bare heap this prices the tie-break keys, the item array and the method calls.
 */
export const eventQueueHold: HoldVariant = {
  name: "EventQueue (sim/EventQueue.ts)",
  run(pending: number, warmUpHolds: number, holds: number, increments: Float64Array): HoldRun {
    const queue = new EventQueue<Pending>(pending);
    const mask = increments.length - 1;
    for (let i = 0; i < pending; i++) queue.push(increments[i & mask]!, i, { id: i });
    holdLoop(queue, increments, pending, warmUpHolds);
    const started = performance.now();
    const clockSeconds = holdLoop(queue, increments, pending + warmUpHolds, holds);
    const wallSeconds = (performance.now() - started) / 1000;
    return { holds, wallSeconds, clockSeconds };
  },
};

/** `count` holds; the sequence key continues from the increment index, which is unique. */
function holdLoop(
  queue: EventQueue<Pending>,
  increments: Float64Array,
  firstIncrement: number,
  count: number,
): number {
  const mask = increments.length - 1;
  let k = firstIncrement;
  let now = 0;
  for (let h = 0; h < count; h++) {
    now = queue.peekTime();
    const item = queue.pop()!;
    queue.push(now + increments[k & mask]!, k, item);
    k++;
  }
  return now;
}
