import { availableParallelism, totalmem } from "node:os";
import { setFlagsFromString } from "node:v8";
import { Worker } from "node:worker_threads";
import type { Scenario } from "../Scenario.ts";
import { type PackedMetrics, unpackMetrics } from "./packedMetrics.ts";
import { type SharedReplications, sharedReplications, takeChunk } from "./replicationChunks.ts";
import type { ReplicationMetrics } from "./replicationMetrics.ts";
import type { WorkerMessage, WorkerRequest } from "./replicationWorker.ts";
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

/** A worker thread and the scenario it keeps (see WorkerRequest). */
interface Helper {
  worker: Worker;
  scenarioId: number | null;
}

/**
 * Idle worker threads kept between runs (a `--precision` study runs batch after batch): a new
 * thread loads and compiles the models again, a kept one is warm and keeps the scenario it was
 * sent. A run takes threads from here (starting more when there are too few, so runs at the
 * same time never share one) and gives them back when done. Unreferenced while idle, so they
 * never keep the process alive.
 */
const idle: Helper[] = [];
let heapConfigured = false;

/** Scenario objects by the id workers know them by (sent once per worker). */
const scenarioIds = new WeakMap<Scenario, number>();
let lastScenarioId = 0;

/**
 * Runs replications of a scenario on `workers` threads: this one and `workers − 1` worker
 * threads. With one, they run here, in order; with more, every thread takes chunks of
 * replications from a shared counter as it becomes free (so a thread that started later — a
 * new worker loads the models first — or was descheduled does not hold the others up). The
 * workers are sent the scenario once and send their results back packed (typed arrays). Each
 * replication's numbers depend only on its number, and the results come back sorted by
 * replication, so the outcome is identical for any number of workers.
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
  const shared = sharedReplications(replications, threads);
  const progress = Array.from({ length: threads }, () => 0);
  const report = (i: number, done: number) => {
    progress[i] = done;
    onProgress(progress.reduce((a, b) => a + b, 0));
  };
  const helpers = takeHelpers(threads - 1).map((helper, i) =>
    runOn(helper, scenario, shared, (done) => report(i + 1, done)),
  );
  const here = runHere(scenario, shared, (done) => report(0, done));
  // a failure here is reported once the workers are done with what they took
  const results = await Promise.allSettled([here, ...helpers]);
  const all: ReplicationMetrics[] = [];
  for (const r of results) {
    if (r.status === "rejected") throw r.reason;
    for (const metrics of r.value) all.push(metrics);
  }
  return all.sort((a, b) => a.replication - b.replication);
}

/**
 * Starts worker threads for a run on `workers` threads (`workers − 1` of them) ahead of it, so
 * that they load the models while this thread loads the scenario: they are kept idle until the
 * run takes them (see runMonteCarlo).
 */
export function prestartWorkers(workers: number): void {
  const wanted = Math.max(0, workers - 1);
  while (idle.length < wanted) idle.push(startHelper(wanted));
}

/**
 * Runs replications from the shared counter in this thread, a chunk at a time, letting the
 * event loop run between chunks (the workers' progress and results come in meanwhile).
 */
async function runHere(
  scenario: Scenario,
  shared: SharedReplications,
  onProgress: (done: number) => void,
): Promise<ReplicationMetrics[]> {
  const results: ReplicationMetrics[] = [];
  for (let chunk = takeChunk(shared); chunk !== null; chunk = takeChunk(shared)) {
    for (const metrics of runReplications(scenario, chunk)) results.push(metrics);
    onProgress(results.length);
    await new Promise((resolve) => setImmediate(resolve));
  }
  return results;
}

/** `count` idle kept worker threads, started where there are too few. */
function takeHelpers(count: number): Helper[] {
  return Array.from({ length: count }, () => idle.pop() ?? startHelper(count));
}

/** A new worker thread (one of `count` wanted at once, for its heap's share of memory). */
function startHelper(count: number): Helper {
  if (!heapConfigured) {
    const share = Math.floor(totalmem() / 2 ** 20 / 4 / count);
    const initial = Math.max(16, Math.min(WORKER_INITIAL_OLD_SPACE_MB, share));
    setFlagsFromString(`--initial-old-space-size=${initial}`);
    heapConfigured = true;
  }
  const worker = new Worker(workerUrl(), {
    resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
  });
  worker.unref();
  const helper: Helper = { worker, scenarioId: null };
  // a thread that stopped is no longer kept; the next run starts another
  worker.on("exit", () => {
    const at = idle.indexOf(helper);
    if (at >= 0) idle.splice(at, 1);
  });
  return helper;
}

/**
 * Runs replications from the shared counter on a worker thread (sending it the scenario
 * first unless it keeps it) and resolves with its results; the thread is kept.
 */
function runOn(
  helper: Helper,
  scenario: Scenario,
  shared: SharedReplications,
  onProgress: (done: number) => void,
): Promise<ReplicationMetrics[]> {
  const { worker } = helper;
  let id = scenarioIds.get(scenario);
  if (id === undefined) scenarioIds.set(scenario, (id = ++lastScenarioId));
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
        idle.push(helper);
        resolve(unpackMetrics(message.results as PackedMetrics));
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
    if (helper.scenarioId !== id) {
      worker.postMessage({ type: "scenario", id, scenario } satisfies WorkerRequest);
      helper.scenarioId = id;
    }
    worker.postMessage({ type: "run", id, shared } satisfies WorkerRequest);
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
