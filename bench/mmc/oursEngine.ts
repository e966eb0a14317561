import { performance } from "node:perf_hooks";
import { simulateMmc } from "../../sim/examples/mmc.ts";
import type { MmcEngine, MmcRun } from "./MmcEngine.ts";
import type { MmcModel } from "./MmcModel.ts";

/**
 * Our engine, running the project's own M/M/c example `simulateMmc` (a process per customer,
 * FIFO `Resource`, arrival gaps and service times from two xoshiro128** streams). The wall
 * time covers the whole call, including building the environment, which is negligible
 * against a million customers.
 */
export const oursEngine: MmcEngine = {
  name: "cutover sim",
  needsWarmUp: true,
  run(model: MmcModel, customers: number, seed: number): MmcRun {
    const started = performance.now();
    const result = simulateMmc({
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
