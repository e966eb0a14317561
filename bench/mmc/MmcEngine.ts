import type { MmcModel } from "./MmcModel.ts";

/** What one run of a model on one engine measured. */
export interface MmcRun {
  /** Customers that completed service. */
  customers: number;
  /** Mean wait in queue (arrival to start of service), seconds of simulated time. */
  meanWaitSeconds: number;
  /** Wall-clock seconds of the simulation itself (set-up and process start excluded). */
  wallSeconds: number;
}

/**
 * One simulation engine able to run the M/M/c models: ours, simjs, SimPy. A new engine is a
 * new file implementing this.
 */
export interface MmcEngine {
  /** Name for tables, e.g. "simjs 2.0.3". */
  readonly name: string;
  /** True for JIT-compiled engines, which get an untimed warm-up run first. */
  readonly needsWarmUp: boolean;
  /**
   * Runs `customers` customers through `model` with random streams seeded by `seed`.
   * @throws Error when the engine fails to run (a missing interpreter, a crash)
   */
  run(model: MmcModel, customers: number, seed: number): MmcRun;
}
