import type { Environment } from "./Environment.ts";
import { NORMAL } from "./priority.ts";

/** Something notified when an event is processed: a process, a condition, a callback. */
export interface Waiter {
  /** Called once, when the event is processed. */
  _notify(event: Event<unknown>): void;
}

/** The event has not been triggered yet. */
export const PENDING = 0;
/** The event has a value (or an error) and sits in the queue. */
export const TRIGGERED = 1;
/** The event has been taken from the queue and its waiters notified. */
export const PROCESSED = 2;

/** Wraps a plain callback so that it can wait on an event like a process does. */
class CallbackWaiter implements Waiter {
  constructor(private readonly callback: (event: Event<unknown>) => void) {}
  _notify(event: Event<unknown>): void {
    this.callback(event);
  }
}

/**
 * Something that happens at one instant of simulated time. Processes yield events to wait for
 * them. An event is pending until triggered (`succeed` or `fail`), which schedules it; it is
 * processed when the environment takes it from the queue and notifies its waiters.
 *
 * A failed event that nobody handles (no process waiting on it, not `defuse`d) is thrown out of
 * {@link Environment.step}, so errors never vanish silently.
 *
 * @example
 * const done = env.event<string>();
 * env.process("waiter", (function* () { const v = yield done; })());
 * done.succeed("ready");
 */
export class Event<T = unknown> {
  /** The environment the event belongs to. */
  readonly env: Environment;
  /** @internal state: PENDING, TRIGGERED or PROCESSED */
  _state: number = PENDING;
  /** @internal false when the event failed */
  _ok = true;
  /** @internal the value, or the error when failed */
  _value: unknown = undefined;
  /** @internal true when a failure has been handled */
  _defused = false;
  /** @internal the first waiter (the common case needs no array) */
  _waiter: Waiter | null = null;
  /** @internal further waiters */
  _waiters: Waiter[] | null = null;

  constructor(env: Environment) {
    this.env = env;
  }

  /** True once the event has been triggered (it has a value or an error). */
  get triggered(): boolean {
    return this._state !== PENDING;
  }

  /** True once the event has been processed (its waiters were notified). */
  get processed(): boolean {
    return this._state === PROCESSED;
  }

  /** True when the event succeeded; false when it failed. Throws while pending. */
  get ok(): boolean {
    if (this._state === PENDING) throw new Error("event is still pending: it has no outcome yet");
    return this._ok;
  }

  /** The event's value. Throws while pending, and the error when the event failed. */
  get value(): T {
    if (this._state === PENDING) throw new Error("event is still pending: it has no value yet");
    if (!this._ok) throw this._value;
    return this._value as T;
  }

  /**
   * Triggers the event with a value and schedules it now.
   * @param priority queue priority (lower first), default NORMAL
   * @throws Error if the event was already triggered
   */
  succeed(value?: T, priority: number = NORMAL): this {
    if (this._state !== PENDING) throw new Error("event was already triggered");
    this._value = value;
    this._state = TRIGGERED;
    this.env.schedule(this, 0, priority);
    return this;
  }

  /**
   * Triggers the event with an error and schedules it now. Processes waiting on it receive
   * the error thrown at their `yield`.
   * @throws Error if the event was already triggered
   */
  fail(error: unknown, priority: number = NORMAL): this {
    if (this._state !== PENDING) throw new Error("event was already triggered");
    this._ok = false;
    this._value = error;
    this._state = TRIGGERED;
    this.env.schedule(this, 0, priority);
    return this;
  }

  /** Marks a failure as handled so that it is not thrown out of the run. */
  defuse(): this {
    this._defused = true;
    return this;
  }

  /**
   * Calls `callback` when the event is processed (right away if it already was).
   * A callback that handles a failure should call `event.defuse()`.
   */
  onProcessed(callback: (event: Event<T>) => void): this {
    const waiter = new CallbackWaiter(callback as (event: Event<unknown>) => void);
    if (this._state === PROCESSED) waiter._notify(this);
    else this._addWaiter(waiter);
    return this;
  }

  /** @internal */
  _addWaiter(waiter: Waiter): void {
    if (this._waiter === null && (this._waiters === null || this._waiters.length === 0)) {
      this._waiter = waiter;
    } else if (this._waiters === null) this._waiters = [waiter];
    else this._waiters.push(waiter);
  }

  /** @internal */
  _removeWaiter(waiter: Waiter): void {
    if (this._waiter === waiter) {
      this._waiter = null;
      const more = this._waiters;
      if (more !== null && more.length > 0) this._waiter = more.shift()!;
      return;
    }
    const more = this._waiters;
    if (more === null) return;
    const i = more.indexOf(waiter);
    if (i >= 0) more.splice(i, 1);
  }
}
