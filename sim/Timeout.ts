import type { Environment } from "./Environment.ts";
import { Event, TRIGGERED } from "./Event.ts";
import { NORMAL } from "./priority.ts";

/**
 * An event that happens `delaySeconds` after it is created. It is scheduled at once, so a
 * process that yields it resumes at `env.now + delaySeconds` with `value`.
 *
 * @throws RangeError if the delay is negative, NaN or infinite (from {@link Environment.schedule})
 * @example
 * yield env.timeout(5); // five simulated seconds later
 */
export class Timeout<T = undefined> extends Event<T> {
  constructor(env: Environment, delaySeconds: number, value?: T, priority: number = NORMAL) {
    super(env, TRIGGERED, value);
    if (priority === NORMAL) env._scheduleIn(this, delaySeconds);
    else env.schedule(this, delaySeconds, priority);
  }
}
