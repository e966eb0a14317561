import { performance } from "node:perf_hooks";
import { type MmcOptions, type MmcResult, simulateMmc } from "../../sim/examples/mmc.ts";
import { simulateMmcEvents } from "../../sim/examples/mmcEvents.ts";
import type { MmcEngine, MmcRun } from "./MmcEngine.ts";
import type { MmcModel } from "./MmcModel.ts";

/** Our engine running one of the project's own M/M/c examples. */
function ours(name: string, simulate: (options: MmcOptions) => MmcResult): MmcEngine {
  return {
    name,
    needsWarmUp: true,
    run(model: MmcModel, customers: number, seed: number): MmcRun {
      const started = performance.now();
      const result = simulate({
        servers: model.servers,
        arrivalRatePerSecond: model.arrivalRatePerSecond,
        serviceRatePerSecond: model.serviceRatePerSecond,
        customers,
        seed,
      });
      const wallSeconds = (performance.now() - started) / 1000;
      return { customers: result.customers, meanWaitSeconds: result.meanWaitSeconds, wallSeconds };
    },
  };
}

/**
 * Our engine in the process style of SimPy: `simulateMmc` (a generator process per customer,
 * FIFO `Resource`, arrival gaps and service times from two xoshiro128** streams). The wall
 * time covers the whole call, including building the environment, which is negligible against
 * a million customers.
 */
export const oursEngine: MmcEngine = ours("cutover (processes)", simulateMmc);

/**
 * Our engine in the callback style of simjs: `simulateMmcEvents` (timeouts and requests with
 * callbacks; the same `Resource`, streams and sample path as the process version).
 */
export const oursEventsEngine: MmcEngine = ours("cutover (callbacks)", simulateMmcEvents);
