import type { InputFile } from "../../scenarios/inventory/importInventoryFiles.ts";
import type { SimulationResult } from "../../scenarios/result/SimulationResult.ts";
import type { Scenario } from "../../scenarios/Scenario.ts";

/**
 * What the page asks the runner worker: load and run opened files (`open`), run a scenario
 * already loaded, e.g. with what-if changes (`run`), or load a built-in scenario without running
 * it (`builtin`, for the what-if controls of a report of a built-in scenario). `id` pairs the
 * answer with the request.
 */
export type RunnerRequest =
  | { id: number; kind: "open"; files: InputFile[] }
  | { id: number; kind: "run"; scenario: Scenario }
  | { id: number; kind: "builtin"; name: string };

/**
 * The worker's answer: the scenario run (as loaded, for `open`) and its result (null for
 * `builtin`, which is not run), or the
 * message of the error that stopped it (an InputError's message names file, row/field and what
 * was expected).
 */
export type RunnerResponse =
  | { id: number; ok: true; scenario: Scenario; result: SimulationResult | null; elapsedMs: number }
  | { id: number; ok: false; message: string };
