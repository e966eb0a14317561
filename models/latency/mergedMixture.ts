import type { MmcQueue } from "./mmcResponseSurvival.ts";
import type { WeightedQueue } from "./responseTimePercentile.ts";

/** A response-time mixture being built, its like components merged as they are added. */
export interface MergedMixture {
  /** Adds a component (one with weight ≤ 0 or NaN adds nothing, as if left out). */
  add(weight: number, queue: MmcQueue, fixedSeconds: number): void;
  /** The merged components so far, in order of first appearance (weights > 0). */
  readonly components: readonly WeightedQueue[];
}

/**
 * An empty {@link MergedMixture}: components of the same queue (the same object) and the same
 * fixed delay become one whose weight is the sum of theirs. The mixture
 * Σ w·P(T + d > t) ÷ Σ w is unchanged, summed in another order (equal to rounding), and it has
 * as many components as distinct (queue, delay) pairs, however many VM-hours are added: callers
 * that share one queue object between VMs of the same host, hour and size
 * (latencyDuringSection) keep both memory and the percentile search
 * ({@link responseTimePercentile}) bounded by hosts × sizes × hours of the week rather than
 * growing with VMs × hours of the window.
 *
 * @example
 * const m = mergedMixture(); m.add(1, q, 0.02); m.add(2, q, 0.02); m.add(1, q, 0.03);
 * m.components // [{ weight: 3, queue: q, fixedSeconds: 0.02 }, { weight: 1, queue: q, fixedSeconds: 0.03 }]
 */
export function mergedMixture(): MergedMixture {
  const index = new Map<MmcQueue, Map<number, WeightedQueue>>();
  const components: WeightedQueue[] = [];
  return {
    components,
    add(weight, queue, fixedSeconds) {
      if (!(weight > 0)) return;
      let byFixed = index.get(queue);
      if (byFixed === undefined) {
        byFixed = new Map();
        index.set(queue, byFixed);
      }
      const same = byFixed.get(fixedSeconds);
      if (same !== undefined) {
        same.weight += weight;
        return;
      }
      const component = { weight, queue, fixedSeconds };
      byFixed.set(fixedSeconds, component);
      components.push(component);
    },
  };
}
