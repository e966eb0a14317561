import { availableParallelism } from "node:os";
import { setFlagsFromString } from "node:v8";
import { Worker } from "node:worker_threads";
import type { Scenario } from "../Scenario.ts";
import type { ReplicationMetrics } from "./replicationMetrics.ts";
import type { ReplicationTask, WorkerMessage } from "./replicationWorker.ts";
import { runReplications } from "./runReplications.ts";

/**
 * Young-generation size of a worker thread, MiB. A replication allocates a lot of short-lived
 * objects; a larger nursery means fewer scavenges (measured: ~10% more replications per second
 * per thread at 64 MiB than at Node's default).
 */
const WORKER_YOUNG_GENERATION_MB = 64;

/**
 * Old-space size a worker thread starts with, MiB, before its first full garbage collection.
 * A full collection drops the optimised code of every closure no live function holds (V8 keeps
 * it weakly), so each one makes the next replications recompile the model's callbacks — on the
 * core the other worker needs. Measured on the reference scenario: at Node's default a full
 * collection every ~25 replications and ~4.5 TurboFan compiles per replication; at 256 MiB one
 * collection per few hundred replications, and ~0.5 compiles per replication. A V8 flag, so it
 * is process-wide: it applies to the worker threads created after it is set.
 */
const WORKER_INITIAL_OLD_SPACE_MB = 256;

/** The cores of this machine: the default number of workers. */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

/**
 * Runs replications of a scenario on `workers` threads. With one, they run here, in order;
 * with more, on that many worker threads, which take chunks of replications from a shared
 * counter as they become free (so a worker that started slower or was descheduled does not hold
 * the others up). Each replication's numbers depend only on its number, and the results come back
 * sorted by replication, so the outcome is identical for any number of workers.
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
  setFlagsFromString(`--initial-old-space-size=${WORKER_INITIAL_OLD_SPACE_MB}`);
  const task: ReplicationTask = {
    scenario,
    replications: [...replications],
    next: new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT)),
    // small enough to balance the threads at the end, large enough to keep the counter cold
    chunk: Math.max(1, Math.min(8, Math.floor(replications.length / (threads * 16)))),
  };
  const progress = Array.from({ length: threads }, () => 0);
  const results = await Promise.all(
    progress.map(
      (_, i) =>
        new Promise<ReplicationMetrics[]>((resolve, reject) => {
          const worker = new Worker(workerUrl(), {
            workerData: task,
            resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
          });
          worker.on("message", (message: WorkerMessage) => {
            if (message.type === "progress") {
              progress[i] = message.done;
              onProgress(progress.reduce((a, b) => a + b, 0));
            } else resolve(message.results);
          });
          worker.on("error", reject);
          worker.on("exit", (code) => {
            if (code !== 0)
              reject(new Error(`a Monte Carlo worker stopped with exit code ${code}`));
          });
        }),
    ),
  );
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
