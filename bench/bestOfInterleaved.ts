/** Runs that report their own wall-clock time. */
export interface Timed {
  wallSeconds: number;
}

/** The fastest of several repetitions of one task, with every repetition kept for the record. */
export interface Repetitions<T extends Timed> {
  /** The repetition with the least wall time. */
  best: T;
  /** All repetitions, in order. */
  all: T[];
}

/**
 * Forces a full garbage collection when node runs with --expose-gc; otherwise does nothing.
 * @returns whether it could
 */
export function collectGarbage(): boolean {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  return gc !== undefined;
}

/**
 * Runs each task `repetitions` times, interleaved (a, b, c, a, b, c, …) so that a burst of
 * other work on the machine hits every task rather than all repetitions of one, and keeps each
 * task's fastest repetition: the minimum is the least disturbed measurement. Tasks run one at a
 * time, never in parallel. Before each run the heap is collected (with node --expose-gc), so
 * that no task pays, inside its timed loop, for garbage another task left behind. Warm-up, if
 * a task needs it, is the caller's job.
 * @returns one entry per task, in the order given
 * @throws RangeError if repetitions < 1
 */
export function bestOfInterleaved<T extends Timed>(
  repetitions: number,
  tasks: readonly (() => T)[],
): Repetitions<T>[] {
  if (!(repetitions >= 1)) throw new RangeError(`repetitions must be ≥ 1, got ${repetitions}`);
  const runs: T[][] = tasks.map(() => []);
  for (let r = 0; r < repetitions; r++) {
    for (let i = 0; i < tasks.length; i++) {
      collectGarbage();
      runs[i]!.push(tasks[i]!());
    }
  }
  return runs.map((all) => ({
    best: all.reduce((a, b) => (b.wallSeconds < a.wallSeconds ? b : a)),
    all,
  }));
}
