import { performance } from "node:perf_hooks";
import { Environment } from "../../sim/Environment.ts";
import type { ProcessGenerator } from "../../sim/Process.ts";
import type { HoldRun, HoldVariant } from "./HoldVariant.ts";

/**
 * The whole engine: `pending` processes, each looping `yield env.timeout(increment)`. A hold
 * is one timeout processed and the next one created: event allocation, scheduling, the
 * queue, the dispatch loop and the generator resumption.
 *
 * @throws RangeError if warmUpHolds < 1 (the warm-up run is also what starts the processes)
 */
export const engineHold: HoldVariant = {
  name: "Environment + processes",
  run(pending: number, warmUpHolds: number, holds: number, increments: Float64Array): HoldRun {
    if (!(warmUpHolds >= 1))
      throw new RangeError(`engineHold: warmUpHolds must be ≥ 1, got ${warmUpHolds}`);
    const env = new Environment();
    const mask = increments.length - 1;
    let k = 0;
    let done = 0;
    let stopAt = warmUpHolds;

    function* holder(): ProcessGenerator<never> {
      for (;;) {
        yield env.timeout(increments[k++ & mask]!);
        if (++done === stopAt) env.stop();
      }
    }

    for (let i = 0; i < pending; i++) env.process("holder", holder());
    env.run();
    stopAt = warmUpHolds + holds;
    const started = performance.now();
    env.run();
    const wallSeconds = (performance.now() - started) / 1000;
    return { holds: done - warmUpHolds, wallSeconds, clockSeconds: env.now };
  },
};
