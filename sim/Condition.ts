import type { Environment } from "./Environment.ts";
import { DEFUSED, Event, FAILED, PENDING, PHASE, PROCESSED, type Waiter } from "./Event.ts";

/** The value of an any-of condition: which event fired first, and its value. */
export interface AnyOfValue {
  /** Position of the first event in the list given. */
  index: number;
  /** That event's value. */
  value: unknown;
}

/**
 * An event that waits on several others: `all` succeeds when every event has succeeded (with
 * their values in the order given), `any` when the first one does (with its index and value).
 * Either fails as soon as one of its events fails, with that event's error.
 * An empty list succeeds at once.
 */
export class Condition<T> extends Event<T> implements Waiter {
  private readonly events: readonly Event<unknown>[];
  private readonly mode: "all" | "any";
  private remaining = 0;

  constructor(env: Environment, mode: "all" | "any", events: readonly Event<unknown>[]) {
    super(env);
    this.mode = mode;
    this.events = events;
    this.remaining = events.length;
    for (const event of events) {
      if (event.env !== env)
        throw new Error("a condition cannot mix events of different environments");
    }
    if (events.length === 0) {
      this.succeed((mode === "all" ? [] : { index: -1, value: undefined }) as T);
      return;
    }
    for (const event of events) {
      if ((event._state & PHASE) === PROCESSED) this._notify(event);
      else event._addWaiter(this);
      if ((this._state & PHASE) !== PENDING) break;
    }
  }

  /** @internal */
  _notify(event: Event<unknown>): void {
    if ((this._state & PHASE) !== PENDING) return;
    if ((event._state & FAILED) !== 0) {
      event._state |= DEFUSED;
      this.fail(event._value);
      return;
    }
    if (this.mode === "any") {
      this.succeed({ index: this.events.indexOf(event), value: event._value } as T);
      return;
    }
    this.remaining -= 1;
    if (this.remaining === 0) this.succeed(this.events.map((e) => e._value) as T);
  }
}
