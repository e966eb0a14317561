import { availableParallelism, totalmem } from "node:os";
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
 * Old-space size a worker thread starts with, MiB, before its first full garbage collection:
 * at most this, and at most a quarter of the machine's memory shared by the workers.
 * A full collection drops optimised code (V8 holds closures' code weakly; maps the code
 * depends on die), so each one makes the next replications recompile the models' functions —
 * on the core the other worker needs. Measured on the reference scenario: at Node's default a
 * full collection every ~25 replications and ~4.5 TurboFan compiles per replication; at
 * 256 MiB one every ~150 replications; at 512 MiB one every ~400, each followed by ~70
 * compiles. A V8 flag, so it is process-wide: it applies to the worker threads created after
 * it is set. The price is memory: a worker's heap grows to about this before it is collected.
 */
const WORKER_INITIAL_OLD_SPACE_MB = 512;

/** The cores of this machine: the default number of workers. */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

/**
 * Idle worker threads kept between runs (a `--precision` study runs batch after batch): a new
 * thread loads and compiles the models again, a kept one is warm. A run takes threads from
 * here (starting more when there are too few, so runs at the same time never share one) and
 * gives them back when done. Unreferenced while idle, so they never keep the process alive.
 */
const idle: Worker[] = [];
let heapConfigured = false;

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
  const task: ReplicationTask = {
    scenario,
    replications: [...replications],
    next: new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT)),
    // small enough to balance the threads at the end, large enough to keep the counter cold
    chunk: Math.max(1, Math.min(8, Math.floor(replications.length / (threads * 16)))),
  };
  const progress = Array.from({ length: threads }, () => 0);
  const report = (i: number, done: number) => {
    progress[i] = done;
    onProgress(progress.reduce((a, b) => a + b, 0));
  };
  const results = await Promise.all(
    progress.map((_, i) => runTask(takeWorker(threads), task, (done) => report(i, done))),
  );
  return results.flat().sort((a, b) => a.replication - b.replication);
}

/** An idle kept worker thread, or a new one (one of `threads` wanted at once). */
function takeWorker(threads: number): Worker {
  const kept = idle.pop();
  if (kept !== undefined) return kept;
  if (!heapConfigured) {
    const share = Math.floor(totalmem() / 2 ** 20 / 4 / threads);
    const initial = Math.max(16, Math.min(WORKER_INITIAL_OLD_SPACE_MB, share));
    setFlagsFromString(`--initial-old-space-size=${initial}`);
    heapConfigured = true;
  }
  const worker = new Worker(workerUrl(), {
    resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
  });
  worker.unref();
  // a thread that stopped is no longer kept; the next run starts another
  worker.on("exit", () => {
    const at = idle.indexOf(worker);
    if (at >= 0) idle.splice(at, 1);
  });
  return worker;
}

/** Gives a worker thread a task and resolves with its results (the thread is kept). */
function runTask(
  worker: Worker,
  task: ReplicationTask,
  onProgress: (done: number) => void,
): Promise<ReplicationMetrics[]> {
  return new Promise((resolve, reject) => {
    const settle = () => {
      worker.off("message", onMessage);
      worker.off("error", onError);
      worker.off("exit", onExit);
      worker.unref();
    };
    const onMessage = (message: WorkerMessage) => {
      if (message.type === "progress") onProgress(message.done);
      else {
        settle();
        idle.push(worker);
        resolve(message.results);
      }
    };
    const onError = (error: Error) => {
      settle();
      reject(error);
    };
    const onExit = (code: number) => {
      settle();
      reject(new Error(`a Monte Carlo worker stopped with exit code ${code}`));
    };
    worker.on("message", onMessage);
    worker.on("error", onError);
    worker.on("exit", onExit);
    worker.ref(); // keep the process alive until the results are in
    worker.postMessage(task);
  });
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
