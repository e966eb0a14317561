/** A key part: an object (held weakly) or a primitive (held while its object parts live). */
export type KeyPart = object | string | number | boolean | null | undefined;

interface Level<T> {
  objects?: WeakMap<object, Level<T>>;
  primitives?: Map<unknown, Level<T>>;
  has?: boolean;
  value?: T;
}

/**
 * Values computed once per combination of key parts, e.g. (inventory, source hosts, snapshot
 * hour): a Monte Carlo replication's scenario is a new object, but the parts it did not draw
 * are the loaded scenario's own (sampleScenario), so what depends only on them is computed once
 * per study instead of once per replication. Objects are held weakly: an entry goes with the
 * first object part it hangs on. The values are shared: callers must not mutate them.
 */
export class KeyedCache<T> {
  private readonly root: Level<T> = {};

  /** The value for `keys`, computed by `compute` the first time they are seen. */
  get(keys: readonly KeyPart[], compute: () => T): T {
    let level = this.root;
    for (const key of keys) {
      let next: Level<T> | undefined;
      if (typeof key === "object" && key !== null) {
        level.objects ??= new WeakMap();
        next = level.objects.get(key);
        if (next === undefined) level.objects.set(key, (next = {}));
      } else {
        level.primitives ??= new Map();
        next = level.primitives.get(key);
        if (next === undefined) level.primitives.set(key, (next = {}));
      }
      level = next;
    }
    if (level.has !== true) {
      level.value = compute();
      level.has = true;
    }
    return level.value as T;
  }
}
