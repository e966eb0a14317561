import { handleRunnerRequest } from "./handleRunnerRequest.ts";
import type { RunnerRequest, RunnerResponse } from "./RunnerMessages.ts";

/**
 * The runner in a Web Worker, so that the page stays responsive while a scenario runs. Bundled
 * inline into the report (`?worker&inline`), so a report opened from disk needs no other file.
 * Receives a {@link RunnerRequest}, posts back a {@link RunnerResponse}.
 */
const texts = import.meta.glob<string>("../../scenarios/builtin/*.json", {
  query: "?raw",
  import: "default",
  eager: true,
});

/** The built-in scenarios' texts by name ("reference", …). */
const builtins: Record<string, string> = Object.fromEntries(
  Object.entries(texts).map(([path, text]) => [path.replace(/^.*\//, "").slice(0, -5), text]),
);

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<RunnerRequest>) => void) | null;
  postMessage(message: RunnerResponse): void;
};

scope.onmessage = (event) => {
  scope.postMessage(handleRunnerRequest(event.data, builtins, () => performance.now()));
};
