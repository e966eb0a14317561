import { performance } from "node:perf_hooks";
import type { ReplicationMetrics } from "../../scenarios/montecarlo/replicationMetrics.ts";
import { runMonteCarlo } from "../../scenarios/montecarlo/runMonteCarlo.ts";
import type { Scenario } from "../../scenarios/Scenario.ts";

/** One Monte Carlo study timed on a number of worker threads. */
export interface MonteCarloRow {
  workers: number;
  replications: number;
  wallSeconds: number;
  replicationsPerSecond: number;
  /** Largest resident set of the process so far, MiB (workers share the process). */
  peakRssMiB: number;
}

/**
 * Runs the same replications of a scenario on each worker count, each after a warm-up of
 * `warmUp` replications per thread on the same threads (worker threads are kept between runs,
 * see runMonteCarlo), and checks that every run gives the same replications, number for number.
 * @returns the rows and whether the results were identical
 */
export async function compareWorkers(
  scenario: Scenario,
  replications: number,
  workerCounts: readonly number[],
  warmUp = 10,
): Promise<{ rows: MonteCarloRow[]; identical: boolean }> {
  const all = Array.from({ length: replications }, (_, r) => r);
  const rows: MonteCarloRow[] = [];
  let first: ReplicationMetrics[] | undefined;
  let identical = true;
  for (const workers of workerCounts) {
    // warm up the threads that will run: this one, or the kept worker threads
    await runMonteCarlo(scenario, all.slice(0, Math.min(warmUp * workers, replications)), workers);
    const started = performance.now();
    const samples = await runMonteCarlo(scenario, all, workers);
    const wallSeconds = (performance.now() - started) / 1000;
    if (first === undefined) first = samples;
    else identical &&= JSON.stringify(samples) === JSON.stringify(first);
    rows.push({
      workers,
      replications,
      wallSeconds,
      replicationsPerSecond: replications / wallSeconds,
      peakRssMiB: process.resourceUsage().maxRSS / 1024,
    });
  }
  return { rows, identical };
}
