import type { InputFile } from "../../scenarios/inventory/importInventoryFiles.ts";
import type { Scenario } from "../../scenarios/Scenario.ts";
import type { RunnerRequest, RunnerResponse } from "./RunnerMessages.ts";

/** The part of a Worker the client uses (a Worker, or a stand-in in tests). */
export interface RunnerPort {
  postMessage(message: RunnerRequest): void;
  addEventListener(type: "message", listener: (event: MessageEvent<RunnerResponse>) => void): void;
  addEventListener(type: "error", listener: (event: ErrorEvent) => void): void;
}

/**
 * The page's side of the runner worker: each call posts a request and resolves with the
 * worker's answer (errors are answers, `ok: false`; the promise does not reject). Should the
 * worker itself fail (an uncaught error), every waiting request is answered with its message.
 *
 * @example
 * const runner = new RunnerClient(new RunnerWorker());
 * const answer = await runner.run(scenario); // answer.ok ? answer.result : answer.message
 */
export class RunnerClient {
  private next = 1;
  private readonly waiting = new Map<number, (response: RunnerResponse) => void>();

  constructor(private readonly port: RunnerPort) {
    port.addEventListener("message", (event) => {
      const resolve = this.waiting.get(event.data.id);
      if (resolve === undefined) return;
      this.waiting.delete(event.data.id);
      resolve(event.data);
    });
    port.addEventListener("error", (event) => {
      event.preventDefault();
      const message = `The runner stopped: ${event.message || "an error in the worker"}`;
      for (const [id, resolve] of this.waiting) resolve({ id, ok: false, message });
      this.waiting.clear();
    });
  }

  /** Loads the opened files (a scenario, or an inventory) and runs them. */
  open(files: InputFile[]): Promise<RunnerResponse> {
    return this.send({ id: this.next++, kind: "open", files });
  }

  /** Runs a loaded scenario (e.g. with what-if changes). */
  run(scenario: Scenario): Promise<RunnerResponse> {
    return this.send({ id: this.next++, kind: "run", scenario });
  }

  /** Loads a built-in scenario by name, without running it. */
  builtin(name: string): Promise<RunnerResponse> {
    return this.send({ id: this.next++, kind: "builtin", name });
  }

  private send(request: RunnerRequest): Promise<RunnerResponse> {
    return new Promise((resolve) => {
      this.waiting.set(request.id, resolve);
      this.port.postMessage(request);
    });
  }
}
