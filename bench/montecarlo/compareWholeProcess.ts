import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";

/** One worker count's `cutover montecarlo` processes, timed whole. */
export interface WholeProcessRow {
  workers: number;
  replications: number;
  /** The fastest process, start to exit (node's start-up, loading and summary included), s. */
  wallSeconds: number;
  /** Every process's wall time, s, in the order run. */
  allWallSeconds: number[];
  /** Replications ÷ the fastest process's wall time. */
  replicationsPerSecond: number;
  /**
   * The fastest process's own figure for its replications alone (the `timing` of its --json:
   * from the first replication to the last, warm-up included, loading and summary not).
   */
  inRunReplicationsPerSecond: number;
}

/**
 * `cutover montecarlo SCENARIO --runs N --workers K --json` as a user runs it, one process per
 * run, for each K, `rounds` times interleaved (1, 2, 1, 2, … so that a burst of other work on
 * the machine hits every count), keeping each count's fastest process; checks that every
 * process printed the same study (its --json without the wall-clock `timing`), byte for byte.
 * Run after `npm run build` (the command runs from dist/).
 * @returns one row per worker count and whether all outputs were identical
 * @throws Error when a process fails
 */
export function compareWholeProcess(
  scenario: string,
  replications: number,
  workerCounts: readonly number[],
  rounds = 3,
): { rows: WholeProcessRow[]; identical: boolean } {
  const fromSources = import.meta.url.endsWith(".ts");
  const cli = fileURLToPath(
    new URL(fromSources ? "../../bin/cutover.js" : "../../../bin/cutover.js", import.meta.url),
  );
  const runs = new Map<number, { wall: number; inRun: number }[]>();
  const hashes = new Set<string>();
  for (let round = 0; round < rounds; round++) {
    for (const workers of workerCounts) {
      const args = [cli, "montecarlo", scenario, "--runs", String(replications)];
      const started = performance.now();
      const child = spawnSync(process.execPath, [...args, "--workers", String(workers), "--json"], {
        encoding: "utf8",
        maxBuffer: 1 << 28,
      });
      const wall = (performance.now() - started) / 1000;
      // exit 1 or 3: a target missed or not assessed, still a study
      if (child.status === null || child.status === 2 || child.status > 3) {
        throw new Error(
          `cutover montecarlo --workers ${workers} failed (${child.status ?? child.signal}): ${child.stderr}`,
        );
      }
      const { timing, ...study } = JSON.parse(child.stdout) as {
        timing: { replicationsPerSecond: number };
      };
      hashes.add(createHash("sha256").update(JSON.stringify(study)).digest("hex"));
      const list = runs.get(workers) ?? [];
      list.push({ wall, inRun: timing.replicationsPerSecond });
      runs.set(workers, list);
    }
  }
  const rows = workerCounts.map((workers) => {
    const all = runs.get(workers) ?? [];
    const best = all.reduce((a, b) => (b.wall < a.wall ? b : a));
    return {
      workers,
      replications,
      wallSeconds: best.wall,
      allWallSeconds: all.map((r) => r.wall),
      replicationsPerSecond: replications / best.wall,
      inRunReplicationsPerSecond: best.inRun,
    };
  });
  return { rows, identical: hashes.size === 1 };
}
