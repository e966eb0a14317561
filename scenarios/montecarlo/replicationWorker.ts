import { parentPort } from "node:worker_threads";
import type { Target } from "../result/SimulationResult.ts";
import { runScenarioFigures } from "../run/runScenario.ts";
import type { Scenario } from "../Scenario.ts";
import { type PackedMetrics, packedBuffers, packMetrics } from "./packedMetrics.ts";
import { type SharedReplications, takeChunk } from "./replicationChunks.ts";
import type { ReplicationMetrics } from "./replicationMetrics.ts";
import { runReplications } from "./runReplications.ts";

/** What the main thread sends a worker thread. */
export type WorkerRequest =
  /**
   * A scenario, sent once per worker (plain data, cloned from the main thread): the worker
   * keeps the last one, so that the runs of a study (precision batches) reuse it and what it
   * caches on its objects (sampleScenario, KeyedCache).
   */
  | { type: "scenario"; id: number; scenario: Scenario }
  /**
   * Run replications of the kept scenario `id`, taken from the shared counter; then, with
   * `targets`, the scenario's targets as a plain run gives them (runScenarioFigures), warm.
   */
  | { type: "run"; id: number; shared: SharedReplications; targets: boolean };

/** What a worker thread posts: its running count, then its results, packed. */
export type WorkerMessage =
  | { type: "progress"; done: number }
  | { type: "done"; results: PackedMetrics; targets?: Target[] };

let kept: { id: number; scenario: Scenario } | undefined;

/**
 * A worker thread of `cutover montecarlo`: for each run it is sent, takes chunks of
 * replications from the shared counter until none are left, runs them, reporting progress,
 * then posts its results packed (typed arrays, transferred); then waits for the next run
 * (threads are kept between runs).
 */
function work(scenario: Scenario, shared: SharedReplications): ReplicationMetrics[] {
  const results: ReplicationMetrics[] = [];
  for (let chunk = takeChunk(shared); chunk !== null; chunk = takeChunk(shared)) {
    for (const metrics of runReplications(scenario, chunk)) results.push(metrics);
    parentPort?.postMessage({ type: "progress", done: results.length } satisfies WorkerMessage);
  }
  return results;
}

parentPort?.on("message", (request: WorkerRequest) => {
  if (request.type === "scenario") {
    kept = { id: request.id, scenario: request.scenario };
    return;
  }
  if (kept?.id !== request.id) {
    // the main thread sends a scenario before its first run: a bug if not
    throw new Error(`Monte Carlo worker: no scenario ${request.id} (kept: ${kept?.id ?? "none"})`);
  }
  const results = packMetrics(work(kept.scenario, request.shared));
  const message: WorkerMessage = request.targets
    ? { type: "done", results, targets: runScenarioFigures(kept.scenario).targets }
    : { type: "done", results };
  parentPort?.postMessage(message, packedBuffers(results));
});
