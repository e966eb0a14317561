/** A debounced function, with a way to drop the pending call. */
export interface Debounced<A extends unknown[]> {
  (...args: A): void;
  /** Drops the pending call, if any. */
  cancel(): void;
}

/** The timer functions {@link debounce} uses (the global ones by default; fakes in tests). */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const GLOBAL_TIMERS: Timers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Calls `f` once calls have stopped for `waitMs` milliseconds, with the last call's arguments
 * (the what-if controls re-run the scenario once the user stops typing).
 *
 * @example
 * const rerun = debounce(run, 400); rerun(1); rerun(2); // run(2) once, 400 ms after the last call
 */
export function debounce<A extends unknown[]>(
  f: (...args: A) => void,
  waitMs: number,
  timers: Timers = GLOBAL_TIMERS,
): Debounced<A> {
  let pending: unknown;
  let armed = false;
  const cancel = () => {
    if (armed) timers.clearTimeout(pending);
    armed = false;
  };
  const debounced = (...args: A) => {
    cancel();
    armed = true;
    pending = timers.setTimeout(() => {
      armed = false;
      f(...args);
    }, waitMs);
  };
  return Object.assign(debounced, { cancel });
}
