import { spawnSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { CEILING_KERNELS, type CeilingKernel } from "./ceilingKernels.ts";
import type { WholeProcessRow } from "./compareWholeProcess.ts";

/** One kernel's whole processes on 1 and on K workers. */
export interface CeilingRow {
  kernel: CeilingKernel;
  units: number;
  /** Fastest whole process per worker count, s, in the order of the worker counts. */
  wallSeconds: number[];
  /** Fastest on the last worker count ÷ fastest on the first: what the machine allows. */
  speedUp: number;
}

/**
 * Runs `ceilingProcess.js KERNEL UNITS K` for each kernel and worker count, `rounds` times
 * interleaved (1, 2, 1, 2, …), keeping the fastest process of each; checks that every worker
 * count printed the same checksum. Run from dist/ after `tsc -p bench/tsconfig.json`.
 * @throws Error when a process fails or the checksums differ
 */
export function compareCeiling(
  units: number,
  workerCounts: readonly number[],
  rounds: number,
): CeilingRow[] {
  const script = fileURLToPath(new URL("./ceilingProcess.js", import.meta.url));
  return CEILING_KERNELS.map((kernel) => {
    const best = workerCounts.map(() => Number.POSITIVE_INFINITY);
    const checksums = new Set<string>();
    for (let round = 0; round < rounds; round++) {
      workerCounts.forEach((workers, i) => {
        const started = performance.now();
        const child = spawnSync(
          process.execPath,
          [script, kernel, String(units), String(workers)],
          {
            encoding: "utf8",
          },
        );
        const wall = (performance.now() - started) / 1000;
        if (child.status !== 0) {
          throw new Error(`ceilingProcess ${kernel} ${units} ${workers} failed: ${child.stderr}`);
        }
        checksums.add(child.stdout.trim());
        best[i] = Math.min(best[i]!, wall);
      });
    }
    if (checksums.size !== 1) {
      throw new Error(`ceilingProcess ${kernel}: worker counts gave different checksums`);
    }
    return {
      kernel,
      units,
      wallSeconds: best,
      speedUp: best[0]! / best[best.length - 1]!,
    };
  });
}

/**
 * Whole-process wall time as a line in the number of replications, T(N) = a + b·N, per worker
 * count, from two sizes: a is what a process pays whatever N (node's start-up, loading, worker
 * start, JIT warm-up beyond the steady rate, the summary), b the steady cost of one more
 * replication.
 */
export interface ScalingFit {
  workers: number;
  /** Fixed cost a, s. */
  fixedSeconds: number;
  /** Marginal cost b, s per replication. */
  perReplicationSeconds: number;
}

/**
 * Fits T(N) = a + b·N through each worker count's fastest processes at two sizes.
 * @param short rows of the smaller study, one per worker count
 * @param long rows of the larger study, the same worker counts in the same order
 */
export function fitScaling(
  short: readonly WholeProcessRow[],
  long: readonly WholeProcessRow[],
): ScalingFit[] {
  return short.map((row, i) => {
    const other = long[i]!;
    const perReplicationSeconds =
      (other.wallSeconds - row.wallSeconds) / (other.replications - row.replications);
    return {
      workers: row.workers,
      fixedSeconds: row.wallSeconds - perReplicationSeconds * row.replications,
      perReplicationSeconds,
    };
  });
}

/**
 * The best speed-up K workers could reach on N replications if they shared the replications
 * perfectly (b ÷ K each) but each process still paid the one-worker fixed cost a once:
 * (a + b·N) ÷ (a + b·N ÷ K). Amdahl's law with a as the serial part.
 */
export function amdahlBound(fit: ScalingFit, replications: number, workers: number): number {
  const work = fit.perReplicationSeconds * replications;
  return (fit.fixedSeconds + work) / (fit.fixedSeconds + work / workers);
}

/**
 * The largest fixed cost a with which K perfectly shared workers reach `speedUp` on N
 * replications of steady cost b: solves (a + bN) ÷ (a + bN/K) = s for a.
 */
export function fixedCostAllowed(
  perReplicationSeconds: number,
  replications: number,
  workers: number,
  speedUp: number,
): number {
  const work = perReplicationSeconds * replications;
  return (work * (1 - speedUp / workers)) / (speedUp - 1);
}
