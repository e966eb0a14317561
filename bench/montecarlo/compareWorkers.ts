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
 * Runs the same replications of a scenario on each worker count, `rounds` times interleaved
 * (1, 2, 1, 2, …, so that a burst of other work on the machine hits both), keeping each count's
 * fastest round; before the first round each count warms up its threads with `warmUp`
 * replications per thread (worker threads are kept between runs, see runMonteCarlo). Checks
 * that every run gives the same replications, number for number.
 * @returns one row per worker count (its fastest round) and whether all results were identical
 */
export async function compareWorkers(
  scenario: Scenario,
  replications: number,
  workerCounts: readonly number[],
  { warmUp = 10, rounds = 1 }: { warmUp?: number; rounds?: number } = {},
): Promise<{ rows: MonteCarloRow[]; identical: boolean }> {
  const all = Array.from({ length: replications }, (_, r) => r);
  const best = new Map<number, MonteCarloRow>();
  let first: ReplicationMetrics[] | undefined;
  let identical = true;
  for (let round = 0; round < rounds; round++) {
    for (const workers of workerCounts) {
      if (round === 0) {
        // warm up the threads that will run: this one, or the kept worker threads
        await runMonteCarlo(
          scenario,
          all.slice(0, Math.min(warmUp * workers, replications)),
          workers,
        );
      }
      const started = performance.now();
      const samples = await runMonteCarlo(scenario, all, workers);
      const wallSeconds = (performance.now() - started) / 1000;
      if (first === undefined) first = samples;
      else identical &&= JSON.stringify(samples) === JSON.stringify(first);
      const previous = best.get(workers);
      if (previous === undefined || wallSeconds < previous.wallSeconds) {
        best.set(workers, {
          workers,
          replications,
          wallSeconds,
          replicationsPerSecond: replications / wallSeconds,
          peakRssMiB: 0,
        });
      }
    }
  }
  const peakRssMiB = process.resourceUsage().maxRSS / 1024;
  const rows = workerCounts.map((w) => ({ ...best.get(w)!, peakRssMiB }));
  return { rows, identical };
}
