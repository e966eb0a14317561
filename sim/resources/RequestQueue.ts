/**
 * How a resource orders the requests that wait for it. Variants live side by side behind this
 * small interface: {@link FifoQueue} (first come, first served) and {@link PriorityQueue}
 * (lowest priority value first, then first come).
 */
export interface RequestQueue<T extends { priority: number; sequence: number }> {
  /** Number waiting. */
  readonly size: number;
  /** Adds a waiting request. */
  push(item: T): void;
  /** Removes and returns the request to serve next; undefined when none. */
  shift(): T | undefined;
  /** Removes a waiting request; returns false if it was not waiting. */
  remove(item: T): boolean;
}

/** First come, first served: a ring buffer, O(1) push and shift; O(n) remove (rare). */
export class FifoQueue<T extends { priority: number; sequence: number }>
  implements RequestQueue<T>
{
  private items: (T | undefined)[] = new Array<T | undefined>(16).fill(undefined);
  private mask = 15;
  private head = 0;
  private count = 0;

  get size(): number {
    return this.count;
  }

  push(item: T): void {
    if (this.count > this.mask) this.resize(this.count * 2);
    this.items[(this.head + this.count) & this.mask] = item;
    this.count++;
  }

  shift(): T | undefined {
    if (this.count === 0) return undefined;
    const item = this.items[this.head];
    this.items[this.head] = undefined;
    this.head = (this.head + 1) & this.mask;
    this.count--;
    return item;
  }

  remove(item: T): boolean {
    const kept: T[] = [];
    let found = false;
    for (let i = 0; i < this.count; i++) {
      const x = this.items[(this.head + i) & this.mask] as T;
      if (!found && x === item) found = true;
      else kept.push(x);
    }
    if (!found) return false;
    this.items.fill(undefined);
    this.head = 0;
    this.count = 0;
    for (const x of kept) this.push(x);
    return true;
  }

  private resize(capacity: number): void {
    const items = new Array<T | undefined>(capacity).fill(undefined);
    for (let i = 0; i < this.count; i++) items[i] = this.items[(this.head + i) & this.mask];
    this.items = items;
    this.mask = capacity - 1;
    this.head = 0;
  }
}

/** Lowest `priority` first, ties by `sequence` (arrival order). A binary heap. */
export class PriorityQueue<T extends { priority: number; sequence: number }>
  implements RequestQueue<T>
{
  private heap: T[] = [];

  get size(): number {
    return this.heap.length;
  }

  push(item: T): void {
    const heap = this.heap;
    let i = heap.length;
    heap.push(item);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(item, heap[parent]!)) break;
      heap[i] = heap[parent]!;
      i = parent;
    }
    heap[i] = item;
  }

  shift(): T | undefined {
    const heap = this.heap;
    if (heap.length === 0) return undefined;
    const top = heap[0];
    const last = heap.pop()!;
    if (heap.length > 0) this.siftDown(0, last);
    return top;
  }

  remove(item: T): boolean {
    const i = this.heap.indexOf(item);
    if (i < 0) return false;
    const rest = this.heap.filter((_, j) => j !== i);
    this.heap = [];
    for (const r of rest) this.push(r);
    return true;
  }

  private siftDown(i: number, item: T): void {
    const heap = this.heap;
    const n = heap.length;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      if (child + 1 < n && before(heap[child + 1]!, heap[child]!)) child++;
      if (!before(heap[child]!, item)) break;
      heap[i] = heap[child]!;
      i = child;
    }
    heap[i] = item;
  }
}

function before(
  a: { priority: number; sequence: number },
  b: { priority: number; sequence: number },
) {
  return a.priority < b.priority || (a.priority === b.priority && a.sequence < b.sequence);
}
