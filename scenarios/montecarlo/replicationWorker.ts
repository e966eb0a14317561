import { parentPort, workerData } from "node:worker_threads";
import type { Scenario } from "../Scenario.ts";
import { runReplications } from "./runReplications.ts";

/**
 * A worker thread of `cutover montecarlo`: runs the replications it is given of the scenario
 * it is given (plain data, cloned from the main thread), reporting progress, then the results.
 */
const { scenario, replications } = workerData as { scenario: Scenario; replications: number[] };
const results = runReplications(scenario, replications, (done) =>
  parentPort?.postMessage({ type: "progress", done }),
);
parentPort?.postMessage({ type: "done", results });
