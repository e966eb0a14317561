import { parentPort } from "node:worker_threads";
import type { Scenario } from "../Scenario.ts";
import type { ReplicationMetrics } from "./replicationMetrics.ts";
import { runReplications } from "./runReplications.ts";

/** What every worker thread of a Monte Carlo run is given, one message a run. */
export interface ReplicationTask {
  /** The scenario (plain data, cloned from the main thread). */
  scenario: Scenario;
  /** The replication numbers to run, shared by all the workers. */
  replications: number[];
  /** Shared counter: index in `replications` of the next chunk nobody has taken. */
  next: Int32Array;
  /** Replications taken at a time. */
  chunk: number;
}

/** What a worker thread posts: its running count, then its results. */
export type WorkerMessage =
  | { type: "progress"; done: number }
  | { type: "done"; results: ReplicationMetrics[] };

/**
 * A worker thread of `cutover montecarlo`: for each task it is sent, takes chunks of
 * replications from the shared counter until none are left, runs them, reporting progress,
 * then posts its results; then waits for the next task (threads are kept between runs).
 */
function work({ scenario, replications, next, chunk }: ReplicationTask): ReplicationMetrics[] {
  const results: ReplicationMetrics[] = [];
  for (let from = Atomics.add(next, 0, chunk); from < replications.length; ) {
    results.push(...runReplications(scenario, replications.slice(from, from + chunk)));
    post({ type: "progress", done: results.length });
    from = Atomics.add(next, 0, chunk);
  }
  return results;
}

function post(message: WorkerMessage): void {
  parentPort?.postMessage(message);
}

parentPort?.on("message", (task: ReplicationTask) => {
  post({ type: "done", results: work(task) });
});
