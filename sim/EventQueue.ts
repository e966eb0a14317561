/**
 * A binary min-heap of items keyed by (time, key), where key = priority · 2^44 + sequence.
 * Times and keys live in typed arrays that grow by doubling; items in a parallel array.
 * Sifting moves a "hole" instead of swapping, so each level costs one copy.
 *
 * Ties in time are broken by the key, which makes the order total and deterministic.
 */
export class EventQueue<T> {
  private times: Float64Array;
  private keys: Float64Array;
  private items: (T | undefined)[];
  private length = 0;

  /** @param initialCapacity slots allocated up front (grows as needed) */
  constructor(initialCapacity = 1024) {
    const capacity = Math.max(4, initialCapacity | 0);
    this.times = new Float64Array(capacity);
    this.keys = new Float64Array(capacity);
    this.items = new Array<T | undefined>(capacity);
  }

  /** Number of queued items. */
  get size(): number {
    return this.length;
  }

  /** Time of the first item, or +Infinity when empty. */
  peekTime(): number {
    return this.length > 0 ? this.times[0]! : Number.POSITIVE_INFINITY;
  }

  /** The first item, left in place; undefined when empty. */
  peek(): T | undefined {
    return this.length > 0 ? this.items[0] : undefined;
  }

  /** Key of the first item, or +Infinity when empty. */
  peekKey(): number {
    return this.length > 0 ? this.keys[0]! : Number.POSITIVE_INFINITY;
  }

  /** Adds an item at (time, key). */
  push(time: number, key: number, item: T): void {
    if (this.length === this.times.length) this.grow();
    const times = this.times;
    const keys = this.keys;
    const items = this.items;
    let i = this.length++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pt = times[parent]!;
      if (pt < time || (pt === time && keys[parent]! < key)) break;
      times[i] = pt;
      keys[i] = keys[parent]!;
      items[i] = items[parent];
      i = parent;
    }
    times[i] = time;
    keys[i] = key;
    items[i] = item;
  }

  /**
   * Removes and returns the first item if its time is before `limit` (then its time is in
   * {@link poppedTime}); undefined otherwise. One call where the hot loop would need two.
   */
  popBefore(limit: number): T | undefined {
    if (this.length === 0) return undefined;
    const time = this.times[0]!;
    if (!(time < limit)) return undefined;
    this.poppedTime = time;
    return this.pop();
  }

  /** Time of the item last taken by {@link popBefore}. */
  poppedTime = 0;

  /** Removes and returns the first item; undefined when empty. */
  pop(): T | undefined {
    const n = this.length;
    if (n === 0) return undefined;
    const items = this.items;
    const top = items[0];
    const last = n - 1;
    this.length = last;
    if (last > 0) {
      const times = this.times;
      const keys = this.keys;
      const time = times[last]!;
      const key = keys[last]!;
      const item = items[last];
      let i = 0;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= last) break;
        const right = child + 1;
        if (right < last) {
          const ct = times[child]!;
          const rt = times[right]!;
          if (rt < ct || (rt === ct && keys[right]! < keys[child]!)) child = right;
        }
        const ct = times[child]!;
        if (time < ct || (time === ct && key < keys[child]!)) break;
        times[i] = ct;
        keys[i] = keys[child]!;
        items[i] = items[child];
        i = child;
      }
      times[i] = time;
      keys[i] = key;
      items[i] = item;
    }
    items[last] = undefined;
    return top;
  }

  /** Removes every item. */
  clear(): void {
    this.items.fill(undefined, 0, this.length);
    this.length = 0;
  }

  private grow(): void {
    const capacity = this.times.length * 2;
    const times = new Float64Array(capacity);
    const keys = new Float64Array(capacity);
    times.set(this.times);
    keys.set(this.keys);
    this.times = times;
    this.keys = keys;
    this.items.length = capacity;
  }
}
