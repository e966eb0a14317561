import type { Environment } from "../Environment.ts";
import { Event } from "../Event.ts";

interface Pending {
  event: Event<number>;
  amount: number;
}

/** Options of a {@link Container}. */
export interface ContainerOptions {
  /** Largest level (default +Infinity). */
  capacity?: number;
  /** Level at the start (default 0). */
  initialLevel?: number;
  /** Name for messages. */
  name?: string;
}

/**
 * A level of some continuous or countable stuff (free RAM on a host, bytes of a staging
 * buffer, licences in a pool). `put(amount)` succeeds once it fits under the capacity;
 * `get(amount)` once the level holds it. Each side is served first come, first served: a
 * large request at the head makes later ones wait.
 *
 * @throws RangeError for a negative capacity or an initial level outside [0, capacity]
 */
export class Container {
  /** The environment the container lives in. */
  readonly env: Environment;
  /** Largest level. */
  readonly capacity: number;
  /** Name for messages. */
  readonly name: string;
  // Starts as a number so that V8 keeps it an unboxed double (see Environment).
  private currentLevel = 0;
  private readonly puts: Pending[] = [];
  private readonly gets: Pending[] = [];

  constructor(env: Environment, options: ContainerOptions = {}) {
    const { capacity = Number.POSITIVE_INFINITY, initialLevel = 0, name = "container" } = options;
    if (!(capacity > 0)) throw new RangeError(`${name}: capacity must be > 0, got ${capacity}`);
    if (!(initialLevel >= 0 && initialLevel <= capacity)) {
      throw new RangeError(
        `${name}: initial level must be in [0, ${capacity}], got ${initialLevel}`,
      );
    }
    this.env = env;
    this.capacity = capacity;
    this.name = name;
    this.currentLevel = initialLevel;
  }

  /** The level now. */
  get level(): number {
    return this.currentLevel;
  }

  /** Puts waiting for room. */
  get putQueueLength(): number {
    return this.puts.length;
  }

  /** Gets waiting for stuff. */
  get getQueueLength(): number {
    return this.gets.length;
  }

  /** Adds `amount` when it fits; the event's value is the amount. */
  put(amount: number): Event<number> {
    this.check(amount, "put");
    if (amount > this.capacity) {
      throw new RangeError(
        `${this.name}: cannot put ${amount}, more than the capacity ${this.capacity}`,
      );
    }
    const event = new Event<number>(this.env);
    this.puts.push({ event, amount });
    this.settle();
    return event;
  }

  /** Takes `amount` when the level holds it; the event's value is the amount. */
  get(amount: number): Event<number> {
    this.check(amount, "get");
    if (amount > this.capacity) {
      throw new RangeError(
        `${this.name}: cannot get ${amount}, more than the capacity ${this.capacity}`,
      );
    }
    const event = new Event<number>(this.env);
    this.gets.push({ event, amount });
    this.settle();
    return event;
  }

  private check(amount: number, what: string): void {
    if (!(amount > 0) || !Number.isFinite(amount)) {
      throw new RangeError(
        `${this.name}: ${what} amount must be a finite number > 0, got ${amount}`,
      );
    }
  }

  /** Serves queue heads alternately until neither can proceed. */
  private settle(): void {
    for (let progressed = true; progressed; ) {
      progressed = false;
      const put = this.puts[0];
      if (put !== undefined && this.currentLevel + put.amount <= this.capacity) {
        this.puts.shift();
        this.currentLevel += put.amount;
        put.event.succeed(put.amount);
        progressed = true;
      }
      const get = this.gets[0];
      if (get !== undefined && this.currentLevel >= get.amount) {
        this.gets.shift();
        this.currentLevel -= get.amount;
        get.event.succeed(get.amount);
        progressed = true;
      }
    }
  }
}
