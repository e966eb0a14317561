import type { Environment } from "../Environment.ts";
import { Event } from "../Event.ts";

interface PendingGet<T> {
  event: Event<T>;
  filter: ((item: T) => boolean) | undefined;
}

interface PendingPut<T> {
  event: Event<T>;
  item: T;
}

/**
 * A buffer of distinct items (VMs ready for the next wave, free appliance slots with their
 * properties). `put(item)` succeeds when there is room; `get()` takes the oldest item, and
 * `get(filter)` the oldest item that matches. Waiting gets are served in arrival order; a get
 * whose filter matches nothing does not block the ones behind it.
 *
 * @throws RangeError if capacity is not a whole number ≥ 1 (or +Infinity)
 */
export class Store<T> {
  /** The environment the store lives in. */
  readonly env: Environment;
  /** Most items held at once. */
  readonly capacity: number;
  /** Name for messages. */
  readonly name: string;
  private readonly held: T[] = [];
  private readonly puts: PendingPut<T>[] = [];
  private readonly gets: PendingGet<T>[] = [];

  constructor(env: Environment, options: { capacity?: number; name?: string } = {}) {
    const { capacity = Number.POSITIVE_INFINITY, name = "store" } = options;
    if (!(capacity === Number.POSITIVE_INFINITY || (Number.isInteger(capacity) && capacity >= 1))) {
      throw new RangeError(`${name}: capacity must be a whole number ≥ 1, got ${capacity}`);
    }
    this.env = env;
    this.capacity = capacity;
    this.name = name;
  }

  /** Items held now, oldest first (a copy). */
  get items(): T[] {
    return this.held.slice();
  }

  /** Number of items held now. */
  get size(): number {
    return this.held.length;
  }

  /** Adds an item when there is room; the event's value is the item. */
  put(item: T): Event<T> {
    const event = new Event<T>(this.env);
    this.puts.push({ event, item });
    this.settle();
    return event;
  }

  /** Takes the oldest item (matching `filter`, when given); the event's value is the item. */
  get(filter?: (item: T) => boolean): Event<T> {
    const event = new Event<T>(this.env);
    this.gets.push({ event, filter });
    this.settle();
    return event;
  }

  private settle(): void {
    for (let progressed = true; progressed; ) {
      progressed = false;
      while (this.puts.length > 0 && this.held.length < this.capacity) {
        const put = this.puts.shift()!;
        this.held.push(put.item);
        put.event.succeed(put.item);
        progressed = true;
      }
      for (let g = 0; g < this.gets.length && this.held.length > 0; ) {
        const get = this.gets[g]!;
        const i = get.filter === undefined ? 0 : this.held.findIndex(get.filter);
        if (i < 0) {
          g++;
          continue;
        }
        const [item] = this.held.splice(i, 1) as [T];
        this.gets.splice(g, 1);
        get.event.succeed(item);
        progressed = true;
      }
    }
  }
}
