import type { InputError } from "../../scenarios/inventory/InputError.ts";
import { runScenario } from "../../scenarios/run/runScenario.ts";
import type { RunnerRequest, RunnerResponse } from "./RunnerMessages.ts";
import { scenarioFromFiles } from "./scenarioFromFiles.ts";

/**
 * The runner worker's work, without the worker: loads (`open`, `builtin`) and runs a scenario
 * with the command line's `runScenario`, or turns the error into a message. Never throws.
 *
 * @param request - what to run.
 * @param builtins - the built-in scenarios' JSON texts by name, for `extends`.
 * @param now - a clock in milliseconds, for the elapsed time reported.
 * @example
 * handleRunnerRequest({ id: 1, kind: "run", scenario }, builtins, () => performance.now())
 */
export function handleRunnerRequest(
  request: RunnerRequest,
  builtins: Readonly<Record<string, string>>,
  now: () => number,
): RunnerResponse {
  const started = now();
  try {
    if (request.kind === "builtin") {
      const file = `${request.name}.json`;
      const text = builtins[request.name] ?? "";
      const bytes = new TextEncoder().encode(text);
      const scenario = scenarioFromFiles([{ name: file, bytes }], builtins);
      return { id: request.id, ok: true, scenario, result: null, elapsedMs: now() - started };
    }
    const scenario =
      request.kind === "open" ? scenarioFromFiles(request.files, builtins) : request.scenario;
    const result = runScenario(scenario);
    return { id: request.id, ok: true, scenario, result, elapsedMs: now() - started };
  } catch (error) {
    const e = error as Error | InputError;
    const message =
      e.name === "InputError" ? e.message : `The scenario could not be run: ${e.message}`;
    return { id: request.id, ok: false, message };
  }
}
