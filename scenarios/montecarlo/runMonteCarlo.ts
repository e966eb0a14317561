import { availableParallelism, totalmem } from "node:os";
import { setFlagsFromString } from "node:v8";
import { Worker } from "node:worker_threads";
import type { Target } from "../result/SimulationResult.ts";
import { runScenarioFigures } from "../run/runScenario.ts";
import type { Scenario } from "../Scenario.ts";
import { type PackedMetrics, unpackMetrics } from "./packedMetrics.ts";
import { type SharedReplications, sharedReplications } from "./replicationChunks.ts";
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
 * Fewer replications than this on one worker run in this thread: a worker thread starts by
 * loading the models (~0.1 s), the time of a few replications.
 */
const HERE_BELOW = 32;

/**
 * The worker threads a run of `replications` on `workers` workers uses: none (it runs in this
 * thread) for a small run on one worker, else one per worker (never more than replications).
 * Worker threads rather than this one run the replications because a worker's heap is sized for
 * them (see WORKER_YOUNG_GENERATION_MB, WORKER_INITIAL_OLD_SPACE_MB; measured on the reference:
 * 10–15 % less CPU per replication than this thread with node's defaults), which outweighs
 * loading the models once more; this thread only waits meanwhile (a third busy thread on two
 * cores would slow the others as much as it helps).
 */
export function workerThreadsFor(workers: number, replications: number): number {
  const threads = Math.max(1, Math.min(workers, replications));
  return threads === 1 && replications < HERE_BELOW ? 0 : threads;
}

/**
 * Runs replications of a scenario on `workers` worker threads (a small run on one worker: in
 * this thread, in order; see workerThreadsFor). The threads take chunks of replications from a
 * shared counter as they become free (so a thread that started later or was descheduled does
 * not hold the others up). Each is sent the scenario once (kept between runs) and sends its
 * results back packed (typed arrays). Each replication's numbers depend only on its number, and
 * the results come back sorted by replication, so the outcome is identical for any number of
 * workers.
 * @param onProgress called with the total number of replications done so far
 */
export async function runMonteCarlo(
  scenario: Scenario,
  replications: readonly number[],
  workers: number,
  onProgress: (done: number) => void = () => {},
): Promise<ReplicationMetrics[]> {
  return (await runStudy(scenario, replications, workers, onProgress, false)).samples;
}

/**
 * {@link runMonteCarlo}, and the study's targets as a plain run gives them (runScenarioFigures:
 * they read none of the sections it skips), computed by a warm thread after its replications:
 * the first worker thread, or this one for a run here.
 */
export async function runMonteCarloWithTargets(
  scenario: Scenario,
  replications: readonly number[],
  workers: number,
  onProgress: (done: number) => void = () => {},
): Promise<{ samples: ReplicationMetrics[]; targets: Target[] }> {
  const { samples, targets } = await runStudy(scenario, replications, workers, onProgress, true);
  return { samples, targets: targets ?? runScenarioFigures(scenario).targets };
}

async function runStudy(
  scenario: Scenario,
  replications: readonly number[],
  workers: number,
  onProgress: (done: number) => void,
  withTargets: boolean,
): Promise<{ samples: ReplicationMetrics[]; targets: Target[] | null }> {
  const threads = workerThreadsFor(workers, replications.length);
  if (threads === 0) {
    const samples = runReplications(scenario, replications, onProgress);
    return { samples, targets: withTargets ? runScenarioFigures(scenario).targets : null };
  }
  const shared = sharedReplications(replications, threads);
  const progress = Array.from({ length: threads }, () => 0);
  const report = (i: number, done: number) => {
    progress[i] = done;
    onProgress(progress.reduce((a, b) => a + b, 0));
  };
  const results = await Promise.all(
    takeHelpers(threads).map((helper, i) =>
      runOn(helper, scenario, shared, withTargets && i === 0, (done) => report(i, done)),
    ),
  );
  return {
    samples: results.flatMap((r) => r.samples).sort((a, b) => a.replication - b.replication),
    targets: results[0]?.targets ?? null,
  };
}

/**
 * Starts the worker threads of a run of `replications` on `workers` workers (workerThreadsFor)
 * ahead of it, so that they load the models while this thread loads the scenario: they wait,
 * idle and kept, until the run takes them.
 */
export function prestartWorkers(workers: number, replications: number): void {
  const wanted = workerThreadsFor(workers, replications);
  while (idle.length < wanted) idle.push(startHelper(wanted));
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
  targets: boolean,
  onProgress: (done: number) => void,
): Promise<{ samples: ReplicationMetrics[]; targets: Target[] | null }> {
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
        resolve({
          samples: unpackMetrics(message.results as PackedMetrics),
          targets: message.targets ?? null,
        });
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
    worker.postMessage({ type: "run", id, shared, targets } satisfies WorkerRequest);
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
