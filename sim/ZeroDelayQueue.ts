/**
 * A FIFO ring buffer of items scheduled for the current instant at one priority. Zero-delay
 * events are the most frequent kind (resource grants, process completions), and a ring serves
 * them in O(1) where the heap would cost O(log n). Keys still record the insertion sequence so
 * that the environment can merge this queue with the heap in exact (time, priority, sequence)
 * order.
 */
export class ZeroDelayQueue<T> {
  private items: (T | undefined)[];
  private keys: Float64Array;
  private mask = 0;
  private head = 0;
  private count = 0;

  /** @param initialCapacity rounded up to a power of two; grows by doubling */
  constructor(initialCapacity = 256) {
    let capacity = 16;
    while (capacity < initialCapacity) capacity *= 2;
    this.items = new Array<T | undefined>(capacity).fill(undefined);
    this.keys = new Float64Array(capacity);
    this.mask = capacity - 1;
  }

  /** True when nothing is queued. */
  get isEmpty(): boolean {
    return this.count === 0;
  }

  /** Number of queued items. */
  get size(): number {
    return this.count;
  }

  /** Key (priority · 2^44 + sequence) of the first item; +Infinity when empty. */
  peekKey(): number {
    return this.count > 0 ? this.keys[this.head]! : Number.POSITIVE_INFINITY;
  }

  /** Appends an item; keys must be pushed in increasing order. */
  push(key: number, item: T): void {
    if (this.count > this.mask) this.grow();
    const tail = (this.head + this.count) & this.mask;
    this.items[tail] = item;
    this.keys[tail] = key;
    this.count++;
  }

  /** Removes and returns the first item; undefined when empty. */
  shift(): T | undefined {
    if (this.count === 0) return undefined;
    const head = this.head;
    const item = this.items[head];
    this.items[head] = undefined;
    this.head = (head + 1) & this.mask;
    this.count--;
    return item;
  }

  private grow(): void {
    const capacity = (this.mask + 1) * 2;
    const items = new Array<T | undefined>(capacity).fill(undefined);
    const keys = new Float64Array(capacity);
    for (let i = 0; i < this.count; i++) {
      const j = (this.head + i) & this.mask;
      items[i] = this.items[j];
      keys[i] = this.keys[j]!;
    }
    this.items = items;
    this.keys = keys;
    this.mask = capacity - 1;
    this.head = 0;
  }
}
