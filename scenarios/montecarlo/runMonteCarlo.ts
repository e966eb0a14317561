import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Scenario } from "../Scenario.ts";
import type { ReplicationMetrics } from "./replicationMetrics.ts";
import { runReplications } from "./runReplications.ts";

/**
 * Young-generation size of a worker thread, MiB. A replication allocates a lot of short-lived
 * objects; a larger nursery means fewer scavenges (measured: ~10% more replications per second
 * per thread at 64 MiB than at Node's default).
 */
const WORKER_YOUNG_GENERATION_MB = 64;

/** The cores of this machine: the default number of workers. */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

/**
 * Runs replications of a scenario on `workers` threads: this one and workers − 1 worker threads.
 * The replications are split into contiguous blocks, one per thread; the results come back sorted by replication,
 * and each replication's numbers depend only on its number, so the outcome is identical for any
 * number of workers.
 * @param onProgress called with the total number of replications done so far
 */
export async function runMonteCarlo(
  scenario: Scenario,
  replications: readonly number[],
  workers: number,
  onProgress: (done: number) => void = () => {},
): Promise<ReplicationMetrics[]> {
  const threads = Math.max(1, Math.min(workers, replications.length));
  if (threads === 1) return runReplications(scenario, replications, onProgress);
  const size = Math.ceil(replications.length / threads);
  const blocks = Array.from({ length: threads }, (_, i) =>
    replications.slice(i * size, (i + 1) * size),
  );
  const progress = blocks.map(() => 0);
  const report = (i: number, done: number) => {
    progress[i] = done;
    onProgress(progress.reduce((a, b) => a + b, 0));
  };
  // Blocks 1…K−1 go to worker threads; block 0 runs here meanwhile, on the thread that is
  // already warm (workers start cold: loading and compiling cost them their first seconds).
  const others = blocks.slice(1).map(
    (block, i) =>
      new Promise<ReplicationMetrics[]>((resolve, reject) => {
        const worker = new Worker(workerUrl(), {
          workerData: { scenario, replications: block },
          resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
        });
        worker.on(
          "message",
          (message: { type: string; done?: number; results?: ReplicationMetrics[] }) => {
            if (message.type === "progress") report(i + 1, message.done ?? 0);
            else if (message.type === "done") resolve(message.results ?? []);
          },
        );
        worker.on("error", reject);
        worker.on("exit", (code) => {
          if (code !== 0) reject(new Error(`a Monte Carlo worker stopped with exit code ${code}`));
        });
      }),
  );
  const here = runReplications(scenario, blocks[0] ?? [], (done) => report(0, done));
  const results = [here, ...(await Promise.all(others))];
  return results.flat().sort((a, b) => a.replication - b.replication);
}

/**
 * The compiled worker script: next to this module in dist/, or, when this module runs from the
 * TypeScript sources (tests), the compiled copy that `npm run build` wrote to dist/.
 */
function workerUrl(): URL {
  const fromSources = import.meta.url.endsWith(".ts");
  return new URL(
    fromSources ? "../../dist/scenarios/montecarlo/replicationWorker.js" : "./replicationWorker.js",
    import.meta.url,
  );
}
