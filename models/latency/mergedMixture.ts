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
 * Merging starts once `mergeFrom` components have been added (default
 * {@link MERGE_FROM_COMPONENTS}); below that the components are kept as added.
 *
 * @param mergeFrom components kept as added before merging starts (0: merge from the first)
 * @example
 * const m = mergedMixture(0); m.add(1, q, 0.02); m.add(2, q, 0.02); m.add(1, q, 0.03);
 * m.components // [{ weight: 3, queue: q, fixedSeconds: 0.02 }, { weight: 1, queue: q, fixedSeconds: 0.03 }]
 */
export function mergedMixture(mergeFrom = MERGE_FROM_COMPONENTS): MergedMixture {
  let index: Map<MmcQueue, Map<number, WeightedQueue>> | undefined;
  const components: WeightedQueue[] = [];
  const merge = (c: WeightedQueue): void => {
    const map = index as Map<MmcQueue, Map<number, WeightedQueue>>;
    let byFixed = map.get(c.queue);
    if (byFixed === undefined) {
      byFixed = new Map();
      map.set(c.queue, byFixed);
    }
    const same = byFixed.get(c.fixedSeconds);
    if (same !== undefined) {
      same.weight += c.weight;
      return;
    }
    byFixed.set(c.fixedSeconds, c);
    components.push(c);
  };
  return {
    components,
    add(weight, queue, fixedSeconds) {
      if (!(weight > 0)) return;
      const component = { weight, queue, fixedSeconds };
      if (index !== undefined) return merge(component);
      components.push(component);
      if (components.length < mergeFrom) return;
      index = new Map();
      for (const c of components.splice(0)) merge(c);
    },
  };
}

/**
 * Components a {@link mergedMixture} keeps as added before it merges them: a small mixture (the
 * built-in scenarios) is summed exactly as listed, bit for bit as before merging existed; a
 * large one (thousands of VMs over months) is merged, equal to rounding.
 */
export const MERGE_FROM_COMPONENTS = 65_536;
