import type { Environment } from "./Environment.ts";
import {
  DEFUSED,
  Event,
  FAILED,
  PENDING,
  PHASE,
  PROCESSED,
  STARTING,
  TRIGGERED,
  type Waiter,
} from "./Event.ts";
import { Interrupt } from "./Interrupt.ts";
import { ProcessError } from "./ProcessError.ts";
import { URGENT } from "./priority.ts";

/** What a process may yield: any event (timeouts, requests, other processes, conditions). */
export type Yieldable = Event<unknown>;

/** The generator a process runs. `yield` returns the value of the event waited for. */
export type ProcessGenerator<R = unknown> = Generator<Yieldable, R, unknown>;

/** Delivers an interrupt to a process unless it has ended meanwhile. */
class InterruptDelivery implements Waiter {
  constructor(private readonly process: Process<unknown>) {}
  _notify(event: Event<unknown>): void {
    this.process._interrupted(event);
  }
}

/**
 * A named activity: a generator that yields events and is resumed when each is processed.
 * A process is itself an event that succeeds with the generator's return value, so other
 * processes can `yield` it to wait for it to end.
 *
 * An error that escapes the generator fails the process with a {@link ProcessError} naming
 * the process and the simulated time; if nothing waits for the process, the error is thrown
 * out of {@link Environment.run}.
 *
 * @example
 * const p = env.process("customer 1", (function* () {
 *   yield env.timeout(3);
 *   return "served";
 * })());
 */
export class Process<R = unknown> extends Event<R> implements Waiter {
  // Declared, not defined, fields: see Event (a define per field per construction is costly).
  /** The name used in traces and error messages. */
  declare readonly name: string;
  declare private readonly generator: ProcessGenerator<R>;
  /** @internal the event the process is waiting for */
  declare _target: Event<unknown> | null;

  constructor(env: Environment, name: string, generator: ProcessGenerator<R>) {
    // The process is queued as its own start-up event (phase STARTING): one allocation fewer
    // per process, and the environment resumes it instead of notifying waiters.
    super(env, STARTING);
    this.name = name;
    this.generator = generator;
    this._target = null;
    env._scheduleUrgentNow(this);
  }

  /** True while the generator has not returned or thrown. */
  get isAlive(): boolean {
    const phase = this._state & PHASE;
    return phase === PENDING || phase === STARTING;
  }

  /** The event the process is waiting for, or null when not waiting. */
  get target(): Event<unknown> | null {
    return this._target;
  }

  /**
   * Throws an {@link Interrupt} into the process at its current `yield`, at the current
   * time and before other events of this instant. The event it was waiting for no longer
   * resumes it (a resource request stays queued until cancelled or released).
   * @throws Error if the process has ended, or interrupts itself
   */
  interrupt(cause?: unknown): void {
    if (this._state !== PENDING)
      throw new Error(`process "${this.name}" has ended: cannot interrupt`);
    // Pending with no target means running: a suspended process always has one.
    if (this._target === null) {
      throw new Error(`process "${this.name}" cannot interrupt itself`);
    }
    const delivery = new Event<unknown>(this.env, TRIGGERED | FAILED, new Interrupt(cause));
    delivery._addWaiter(new InterruptDelivery(this as Process<unknown>));
    this.env.schedule(delivery, 0, URGENT);
  }

  /** @internal */
  _interrupted(event: Event<unknown>): void {
    if (!this.isAlive) {
      event._state |= DEFUSED;
      return;
    }
    if ((this._state & PHASE) === STARTING) this._state = PENDING;
    if (this._target !== null) this._target._removeWaiter(this);
    this._notify(event);
  }

  /** @internal called by the environment when the process's start-up entry leaves the queue */
  _start(): void {
    if ((this._state & PHASE) !== STARTING) return;
    this._state = PENDING;
    this._resume(undefined, false);
  }

  /** @internal called when the awaited event is processed */
  _notify(event: Event<unknown>): void {
    const state = event._state;
    if ((state & FAILED) === 0) {
      this._resume(event._value, false);
    } else {
      event._state = state | DEFUSED;
      this._resume(event._value, true);
    }
  }

  /**
   * Runs the generator from its current `yield`, receiving `value` there (thrown when `failed`),
   * until it yields an event not yet processed or ends. Takes the outcome as two plain values
   * rather than an event so that this loop sees one shape of object less.
   */
  private _resume(value: unknown, failed: boolean): void {
    const generator = this.generator;
    // No "active process" is recorded in the environment: the store (an old object pointing to
    // a young one) cost a write barrier per resume, about 4 % of an M/M/1 run; interrupt()
    // tells a running process by its null target instead.
    this._target = null;
    for (;;) {
      let step: IteratorResult<Yieldable, R>;
      try {
        step = failed ? generator.throw(value) : generator.next(value);
      } catch (error) {
        const failure =
          error instanceof ProcessError ? error : new ProcessError(this.name, this.env.now, error);
        this._end(false, failure);
        return;
      }
      if (step.done === true) {
        this._end(true, step.value);
        return;
      }
      const next = step.value;
      if (!(next instanceof Event)) {
        value = this.invalidYield(next);
        failed = true;
        continue;
      }
      const state = next._state;
      if ((state & PHASE) !== PROCESSED) {
        if (next._waiter === null) next._waiter = this;
        else next._addWaiter(this);
        this._target = next;
        return;
      }
      // Already processed: its outcome is delivered at once, as SimPy does.
      value = next._value;
      failed = (state & FAILED) !== 0;
      if (failed) next._state = state | DEFUSED;
    }
  }

  private invalidYield(value: unknown): TypeError {
    return new TypeError(
      `process "${this.name}" yielded ${String(value)}; a process may only yield events (env.timeout, a request, a process …)`,
    );
  }

  /**
   * Ends the process. When nothing waits for a successful process, its end is processed at
   * once instead of through the queue: no waiter can observe the difference, and it saves an
   * event per short-lived process (one per customer in a queueing model). A failure always goes
   * through the queue so that, unhandled, it is thrown out of the run.
   */
  private _end(ok: boolean, value: unknown): void {
    this._value = value;
    if (ok && this._waiter === null) {
      this._state = PROCESSED;
      return;
    }
    this._state = ok ? TRIGGERED : TRIGGERED | FAILED;
    this.env.schedule(this, 0);
  }
}
