import type { Environment } from "./Environment.ts";
import { NORMAL } from "./priority.ts";

/** Something notified when an event is processed: a process, a condition, a callback. */
export interface Waiter {
  /** Called once, when the event is processed. */
  _notify(event: Event<unknown>): void;
}

// An event's `_state` packs its phase (two low bits) and two flags, so that an event is four
// fields: events are the most allocated objects of a simulation.
/** Phase: the event has not been triggered yet. */
export const PENDING = 0;
/** Phase: the event has a value (or an error) and sits in the queue. */
export const TRIGGERED = 1;
/** Phase: the event has been taken from the queue and its waiters notified. */
export const PROCESSED = 2;
/** Phase: a process queued for its first step (a process is its own start-up event). */
export const STARTING = 3;
/** Mask of the phase bits. */
export const PHASE = 3;
/** Flag: the event failed; its value is the error. */
export const FAILED = 4;
/** Flag: the failure was handled and must not be thrown out of the run. */
export const DEFUSED = 8;

/** A plain callback waiting on an event (see {@link Event.onProcessed}). */
export type Callback = (event: Event<unknown>) => void;

/** Notifies one waiter: a callback is called, a process or condition told. */
export function notify(waiter: Waiter | Callback, event: Event<unknown>): void {
  if (typeof waiter === "function") waiter(event);
  else waiter._notify(event);
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
  // Fields are `declare`d and assigned in the constructor: a class field (even one without an
  // initialiser) compiles to a define run by a separate initialiser function on every
  // construction, which showed high in profiles — events are the most allocated objects.
  /** The environment the event belongs to. */
  declare readonly env: Environment;
  /** @internal phase and flags (see PENDING … DEFUSED) */
  declare _state: number;
  /** @internal the value, or the error when failed */
  declare _value: unknown;
  /** @internal who waits: nobody (null), one waiter or callback (the common case), or several */
  declare _waiter: Waiter | Callback | (Waiter | Callback)[] | null;

  constructor(env: Environment, state: number = PENDING, value?: unknown) {
    this.env = env;
    this._state = state;
    this._value = value;
    this._waiter = null;
  }

  /** True once the event has been triggered (it has a value or an error). */
  get triggered(): boolean {
    return (this._state & PHASE) !== PENDING;
  }

  /** True once the event has been processed (its waiters were notified). */
  get processed(): boolean {
    return (this._state & PHASE) === PROCESSED;
  }

  /** True when the event succeeded; false when it failed. Throws while pending. */
  get ok(): boolean {
    if ((this._state & PHASE) === PENDING)
      throw new Error("event is still pending: it has no outcome yet");
    return (this._state & FAILED) === 0;
  }

  /** The event's value. Throws while pending, and the error when the event failed. */
  get value(): T {
    if ((this._state & PHASE) === PENDING)
      throw new Error("event is still pending: it has no value yet");
    if ((this._state & FAILED) !== 0) throw this._value;
    return this._value as T;
  }

  /**
   * Triggers the event with a value and schedules it now.
   * @param priority queue priority (lower first), default NORMAL
   * @throws Error if the event was already triggered
   */
  succeed(value?: T, priority: number = NORMAL): this {
    if ((this._state & PHASE) !== PENDING) throw new Error("event was already triggered");
    this._value = value;
    this._state |= TRIGGERED;
    if (priority === NORMAL) this.env._scheduleNow(this);
    else this.env.schedule(this, 0, priority);
    return this;
  }

  /**
   * Triggers the event with an error and schedules it now. Processes waiting on it receive
   * the error thrown at their `yield`.
   * @throws Error if the event was already triggered
   */
  fail(error: unknown, priority: number = NORMAL): this {
    if ((this._state & PHASE) !== PENDING) throw new Error("event was already triggered");
    this._value = error;
    this._state |= TRIGGERED | FAILED;
    this.env.schedule(this, 0, priority);
    return this;
  }

  /** Marks a failure as handled so that it is not thrown out of the run. */
  defuse(): this {
    this._state |= DEFUSED;
    return this;
  }

  /**
   * Calls `callback` when the event is processed (right away if it already was).
   * A callback that handles a failure should call `event.defuse()`.
   */
  onProcessed(callback: (event: Event<T>) => void): this {
    if ((this._state & PHASE) === PROCESSED) callback(this);
    else this._addWaiter(callback as Callback);
    return this;
  }

  /** @internal */
  _addWaiter(waiter: Waiter | Callback): void {
    const current = this._waiter;
    if (current === null) this._waiter = waiter;
    else if (Array.isArray(current)) current.push(waiter);
    else this._waiter = [current, waiter];
  }

  /** @internal */
  _removeWaiter(waiter: Waiter | Callback): void {
    const current = this._waiter;
    if (current === waiter) {
      this._waiter = null;
    } else if (Array.isArray(current)) {
      const i = current.indexOf(waiter);
      if (i >= 0) current.splice(i, 1);
    }
  }
}
