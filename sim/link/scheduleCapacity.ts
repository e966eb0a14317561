import type { Environment } from "../Environment.ts";
import { Interrupt } from "../Interrupt.ts";
import type { Process } from "../Process.ts";

/** One step of a capacity schedule. */
export interface CapacityStep {
  /** Absolute simulated time of the change, seconds (≥ now, non-decreasing along the list). */
  atSeconds: number;
  /** The capacity from then on, bytes per second (finite, ≥ 0). */
  capacityBytesPerSecond: number;
}

/** Anything whose capacity can be set: a {@link Link} or a {@link SharedLink}. */
export interface CapacitySettable {
  /** Name for messages. */
  readonly name: string;
  /** Sets the capacity now, bytes per second. */
  setCapacity(bytesPerSecond: number): void;
}

/**
 * Starts a process that sets `link`'s capacity at the given times (a maintenance window, a
 * degraded line, a bandwidth reservation ending). Every step's time is fixed now, as an offset
 * from the current time, so the changes land exactly on `atSeconds` when the schedule starts at
 * t = 0. Steps at equal times apply in list order. Interrupting the process ends the schedule
 * quietly (the capacity stays as it is).
 *
 * @returns the process, which ends after the last step
 * @throws RangeError if a time is not finite, before now or before the previous step's, or a
 *   capacity is not a finite number ≥ 0 (naming the step)
 * @example
 * scheduleCapacity(env, wan, [
 *   { atSeconds: 3600, capacityBytesPerSecond: 6.25e8 }, // halved after an hour
 *   { atSeconds: 7200, capacityBytesPerSecond: 1.25e9 }, // restored
 * ]);
 */
export function scheduleCapacity(
  env: Environment,
  link: CapacitySettable,
  steps: readonly CapacityStep[],
): Process<void> {
  const startSeconds = env.now;
  let previousSeconds = startSeconds;
  steps.forEach((step, i) => {
    const { atSeconds, capacityBytesPerSecond } = step;
    if (!Number.isFinite(atSeconds) || atSeconds < previousSeconds) {
      throw new RangeError(
        `capacity schedule of "${link.name}": steps[${i}].atSeconds must be finite, ≥ now (${startSeconds} s) and ≥ the previous step's, got ${atSeconds}`,
      );
    }
    if (!(capacityBytesPerSecond >= 0) || !Number.isFinite(capacityBytesPerSecond)) {
      throw new RangeError(
        `capacity schedule of "${link.name}": steps[${i}].capacityBytesPerSecond must be a finite number ≥ 0, got ${capacityBytesPerSecond}`,
      );
    }
    previousSeconds = atSeconds;
  });
  const changes = steps.map((step) => env.timeout(step.atSeconds - startSeconds));
  function* run(): Generator<(typeof changes)[number], void, unknown> {
    for (let i = 0; i < steps.length; i++) {
      try {
        yield changes[i]!;
      } catch (error) {
        if (error instanceof Interrupt) return;
        throw error;
      }
      link.setCapacity(steps[i]!.capacityBytesPerSecond);
    }
  }
  return env.process(`capacity schedule of ${link.name}`, run());
}
