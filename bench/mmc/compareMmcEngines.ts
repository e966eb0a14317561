import { bestOfInterleaved } from "../bestOfInterleaved.ts";
import type { MmcEngine, MmcRun } from "./MmcEngine.ts";
import type { MmcModel } from "./MmcModel.ts";
import { type WaitCheck, waitCheck } from "./waitCheck.ts";

/** An engine in the comparison, with the number of customers it simulates per run. */
export interface MmcContender {
  engine: MmcEngine;
  /** Customers per timed run (fewer for slow engines: customers/s is rate-normalised). */
  customers: number;
}

/** One line of the M/M/c comparison: an engine on a model. */
export interface MmcRow {
  engine: string;
  model: string;
  customers: number;
  /** Mean wait in queue of the fastest repetition, seconds. */
  meanWaitSeconds: number;
  /** The theory check of the worst repetition (all must pass). */
  check: WaitCheck;
  /** Wall seconds of the fastest repetition. */
  wallSeconds: number;
  /** Wall seconds of every repetition. */
  allWallSeconds: number[];
  /** Customers per wall-clock second, fastest repetition. */
  customersPerSecond: number;
}

/** Sizes of the comparison. */
export interface MmcComparisonSettings {
  repetitions: number;
  /** Customers in the untimed warm-up run of JIT engines. */
  warmUpCustomers: number;
  seed: number;
}

/**
 * Runs every contender on every model: per model, an untimed warm-up run of each JIT engine,
 * then the timed repetitions interleaved across engines, one run at a time (never in
 * parallel, which would share the machine's cores). Every repetition is checked against theory.
 */
export function compareMmcEngines(
  models: readonly MmcModel[],
  contenders: readonly MmcContender[],
  settings: MmcComparisonSettings,
  progress: (line: string) => void,
): MmcRow[] {
  const rows: MmcRow[] = [];
  for (const model of models) {
    for (const { engine } of contenders) {
      if (engine.needsWarmUp) engine.run(model, settings.warmUpCustomers, settings.seed + 1);
    }
    progress(
      `${model.label}: ${contenders.map((c) => `${c.engine.name} ${c.customers} customers`).join(", ")}; ×${settings.repetitions} interleaved`,
    );
    const results = bestOfInterleaved(
      settings.repetitions,
      contenders.map(
        ({ engine, customers }) =>
          () =>
            engine.run(model, customers, settings.seed),
      ),
    );
    contenders.forEach(({ engine, customers }, i) => {
      const { best, all } = results[i]!;
      rows.push({
        engine: engine.name,
        model: model.label,
        customers,
        meanWaitSeconds: best.meanWaitSeconds,
        check: worstCheck(model, customers, all),
        wallSeconds: best.wallSeconds,
        allWallSeconds: all.map((run) => run.wallSeconds),
        customersPerSecond: customers / best.wallSeconds,
      });
    });
  }
  return rows;
}

function worstCheck(model: MmcModel, customers: number, runs: readonly MmcRun[]): WaitCheck {
  const checks = runs.map((run) => waitCheck(model, customers, run));
  return (
    checks.find((check) => !check.pass) ??
    checks.reduce((a, b) => (Math.abs(b.relativeError) > Math.abs(a.relativeError) ? b : a))
  );
}
