import { type AnyOfValue, Condition } from "./Condition.ts";
import { DEFUSED, Event, FAILED, notify, PHASE, PROCESSED, STARTING } from "./Event.ts";
import { EventQueue } from "./EventQueue.ts";
import { Process, type ProcessGenerator } from "./Process.ts";
import { MAX_PRIORITY, NORMAL, URGENT } from "./priority.ts";
import { Timeout } from "./Timeout.ts";
import { ZeroDelayQueue } from "./ZeroDelayQueue.ts";

/** Why {@link Environment.run} returned. */
export type StopReason = "empty" | "until" | "event" | "stopped";

/** When to stop a run. */
export interface RunOptions {
  /**
   * A time in seconds (the run processes every event strictly before it, then sets the clock
   * to it), or an event (the run returns once it is processed).
   */
  until?: number | Event<unknown>;
}

/** What a run did. */
export interface RunResult {
  /** Why it stopped: no events left, `until` reached, the `until` event processed, or `stop()`. */
  reason: StopReason;
  /** The clock when it stopped, in seconds. */
  nowSeconds: number;
  /** Events processed by this call. */
  eventCount: number;
}

/** 2^44: keys are priority · 2^44 + sequence, exact in a double for 2^44 events per priority. */
const PRIORITY_STRIDE = 17_592_186_044_416;
const NORMAL_KEY = NORMAL * PRIORITY_STRIDE;

/**
 * The simulation environment: the clock, the event queue and the loop that processes events in
 * (time, priority, insertion sequence) order. Synchronous and deterministic: no timers,
 * promises, wall-clock time or hidden randomness.
 *
 * Zero-delay events at the two standard priorities go to FIFOs instead of the heap, so the
 * frequent "now" events (grants, completions, wake-ups) cost O(1).
 *
 * @example
 * const env = new Environment();
 * env.process("clock", (function* () { while (true) yield env.timeout(1); })());
 * env.run({ until: 10 }); // { reason: "until", nowSeconds: 10, … }
 */
export class Environment {
  // Numeric fields start as numbers: a field declared without an initialiser is first defined
  // as undefined, after which V8 stores every double written to it as a new heap number (an
  // allocation per clock advance); one that starts as a number keeps an unboxed double slot.
  private _now = 0;
  private sequence = 0;
  private readonly heap = new EventQueue<Event<unknown>>();
  private readonly urgentNow = new ZeroDelayQueue<Event<unknown>>();
  private readonly normalNow = new ZeroDelayQueue<Event<unknown>>();
  private stopRequested = false;
  private processedCount = 0;

  /** @param startSeconds the initial clock value */
  constructor(startSeconds = 0) {
    if (!Number.isFinite(startSeconds))
      throw new RangeError(`start time must be finite, got ${startSeconds}`);
    this._now = startSeconds;
  }

  /** The current simulated time in seconds. */
  get now(): number {
    return this._now;
  }

  /** Events processed since the environment was created. */
  get eventCount(): number {
    return this.processedCount;
  }

  /** Events waiting in the queue. */
  get queueSize(): number {
    return this.heap.size + this.urgentNow.size + this.normalNow.size;
  }

  /** Time of the next event in seconds, or +Infinity when nothing is scheduled. */
  peek(): number {
    if (!this.urgentNow.isEmpty || !this.normalNow.isEmpty) return this._now;
    return this.heap.peekTime();
  }

  /**
   * Puts a triggered event in the queue `delaySeconds` from now.
   * @param priority integer in [0, MAX_PRIORITY]; lower runs first at equal time
   * @throws RangeError on a negative or non-finite delay, or a priority out of range
   */
  schedule(event: Event<unknown>, delaySeconds = 0, priority: number = NORMAL): void {
    if (priority === NORMAL) {
      if (delaySeconds === 0) {
        this.normalNow.push(NORMAL_KEY + this.sequence++, event);
        return;
      }
      if (delaySeconds > 0 && delaySeconds < Number.POSITIVE_INFINITY) {
        this.heap.push(this._now + delaySeconds, NORMAL_KEY + this.sequence++, event);
        return;
      }
    } else if (priority === URGENT && delaySeconds === 0) {
      this.urgentNow.push(this.sequence++, event);
      return;
    }
    this.scheduleChecked(event, delaySeconds, priority);
  }

  /** @internal schedules a triggered event now at NORMAL priority (what `succeed` does). */
  _scheduleNow(event: Event<unknown>): void {
    this.normalNow.push(NORMAL_KEY + this.sequence++, event);
  }

  /** @internal schedules a triggered event now at URGENT priority (process start-up). */
  _scheduleUrgentNow(event: Event<unknown>): void {
    this.urgentNow.push(this.sequence++, event);
  }

  /**
   * @internal {@link schedule} at NORMAL priority: what a timeout does. Kept small (V8 inlines
   * a limited amount of bytecode into a generator, and this is on every timeout's path):
   * `delay - delay === 0` is false for NaN and ±Infinity.
   */
  _scheduleIn(event: Event<unknown>, delaySeconds: number): void {
    if (delaySeconds > 0 && delaySeconds - delaySeconds === 0) {
      this.heap.push(this._now + delaySeconds, NORMAL_KEY + this.sequence++, event);
    } else this.schedule(event, delaySeconds, NORMAL);
  }

  /** The rare paths of {@link schedule}, kept apart so that the common ones stay small. */
  private scheduleChecked(event: Event<unknown>, delaySeconds: number, priority: number): void {
    if (!(delaySeconds >= 0) || delaySeconds === Number.POSITIVE_INFINITY) {
      throw new RangeError(`delay must be a finite number of seconds ≥ 0, got ${delaySeconds}`);
    }
    if (!Number.isInteger(priority) || priority < 0 || priority > MAX_PRIORITY) {
      throw new RangeError(`priority must be an integer in [0, ${MAX_PRIORITY}], got ${priority}`);
    }
    const key = priority * PRIORITY_STRIDE + this.sequence++;
    if (delaySeconds === 0 && priority === URGENT) this.urgentNow.push(key, event);
    else this.heap.push(this._now + delaySeconds, key, event);
  }

  /** A new pending event, to be triggered by `succeed` or `fail`. */
  event<T = unknown>(): Event<T> {
    return new Event<T>(this);
  }

  /** An event that happens `delaySeconds` from now with `value`. */
  timeout<T = undefined>(delaySeconds: number, value?: T): Timeout<T> {
    return new Timeout<T>(this, delaySeconds, value);
  }

  /** An event at absolute time `timeSeconds` (not before now). */
  at<T = undefined>(timeSeconds: number, value?: T): Timeout<T> {
    if (!(timeSeconds >= this._now)) {
      throw new RangeError(`time ${timeSeconds} s is before now (${this._now} s)`);
    }
    return new Timeout<T>(this, timeSeconds - this._now, value);
  }

  /** Starts a named process running `generator`; it takes its first step at the current time. */
  process<R>(name: string, generator: ProcessGenerator<R>): Process<R> {
    return new Process<R>(this, name, generator);
  }

  /** An event that succeeds when all `events` have, with their values in order. */
  allOf(events: readonly Event<unknown>[]): Condition<unknown[]> {
    return new Condition<unknown[]>(this, "all", events);
  }

  /** An event that succeeds when the first of `events` does, with its index and value. */
  anyOf(events: readonly Event<unknown>[]): Condition<AnyOfValue> {
    return new Condition<AnyOfValue>(this, "any", events);
  }

  /** Asks {@link run} to return after the event being processed. */
  stop(): void {
    this.stopRequested = true;
  }

  /**
   * Processes the next event: advances the clock to its time and notifies its waiters.
   * @returns false when there was no event to process
   * @throws the error of a failed event nobody handled (a {@link ProcessError} for a process)
   */
  step(): boolean {
    const event = this.next(Number.POSITIVE_INFINITY);
    if (event === undefined) return false;
    this.process_(event);
    return true;
  }

  /** Marks an event processed and notifies its waiters. */
  private process_(event: Event<unknown>): void {
    this.processedCount++;
    const state = event._state;
    if ((state & PHASE) === STARTING) {
      (event as Process<unknown>)._start();
      return;
    }
    event._state = (state & ~PHASE) | PROCESSED;
    const waiter = event._waiter;
    if (waiter !== null) {
      event._waiter = null;
      if (typeof waiter === "function") waiter(event);
      else if (Array.isArray(waiter)) for (const w of waiter) notify(w, event);
      else waiter._notify(event);
    }
    if ((event._state & (FAILED | DEFUSED)) === FAILED) throw event._value;
  }

  /**
   * Processes events until the queue is empty, the `until` time or event is reached, or
   * {@link stop} is called.
   * @throws RangeError if `until` is a time before now
   */
  run(options: RunOptions = {}): RunResult {
    const until = options.until;
    const startCount = this.processedCount;
    this.stopRequested = false;
    const result = (reason: StopReason): RunResult => ({
      reason,
      nowSeconds: this._now,
      eventCount: this.processedCount - startCount,
    });
    if (until instanceof Event) {
      while ((until._state & PHASE) !== PROCESSED) {
        if (!this.step()) return result("empty");
        if (this.stopRequested) return result("stopped");
      }
      return result("event");
    }
    const limit = until === undefined ? Number.POSITIVE_INFINITY : until;
    if (!(limit >= this._now)) {
      throw new RangeError(`run until ${limit} s is before now (${this._now} s)`);
    }
    if (this.loop(limit)) return result("stopped");
    if (limit === Number.POSITIVE_INFINITY) return result("empty");
    this._now = limit;
    return result("until");
  }

  /**
   * The hot loop of {@link run}: {@link next} and {@link process_} written out in one small
   * function, which V8 optimises as a whole (the two calls cost a fifth of an M/M/1 run).
   * @returns true when {@link stop} was called, false when no event is left before `limit`
   */
  private loop(limit: number): boolean {
    const urgent = this.urgentNow;
    const normal = this.normalNow;
    const heap = this.heap;
    for (;;) {
      let event: Event<unknown> | undefined;
      if (urgent.isEmpty && normal.isEmpty) {
        event = heap.popBefore(limit);
        if (event === undefined) return false;
        this._now = heap.poppedTime;
      } else {
        if (!(this._now < limit)) return false;
        const fifo = urgent.isEmpty ? normal : urgent;
        event =
          heap.peekTime() === this._now && heap.peekKey() < fifo.peekKey()
            ? heap.pop()
            : fifo.shift();
        if (event === undefined) return false;
      }
      this.processedCount++;
      const state = event._state;
      if ((state & PHASE) === STARTING) {
        (event as Process<unknown>)._start();
      } else {
        event._state = (state & ~PHASE) | PROCESSED;
        const waiter = event._waiter;
        if (waiter !== null) {
          event._waiter = null;
          if (typeof waiter === "function") waiter(event);
          else if (Array.isArray(waiter)) for (const w of waiter) notify(w, event);
          else waiter._notify(event);
        }
        if ((event._state & (FAILED | DEFUSED)) === FAILED) throw event._value;
      }
      if (this.stopRequested) return true;
    }
  }

  /**
   * Takes the next event in (time, priority, sequence) order if it is due before `limit`,
   * advancing the clock; undefined otherwise.
   */
  private next(limit: number): Event<unknown> | undefined {
    const urgent = this.urgentNow;
    const normal = this.normalNow;
    const heap = this.heap;
    if (urgent.isEmpty && normal.isEmpty) {
      const event = heap.popBefore(limit);
      if (event !== undefined) this._now = heap.poppedTime;
      return event;
    }
    if (!(this._now < limit)) return undefined;
    const fifo = urgent.isEmpty ? normal : urgent;
    if (heap.peekTime() === this._now && heap.peekKey() < fifo.peekKey()) return heap.pop();
    return fifo.shift();
  }
}
