import type { SimulationResult } from "../scenarios/result/SimulationResult.ts";
import { mountWorkbench } from "./interactive/workbench.ts";
import { readExtras } from "./readExtras.ts";
import { readResult } from "./readResult.ts";
import { drawReport } from "./redrawOnResize.ts";
import { renderReport } from "./renderReport.ts";
import { RunnerClient } from "./worker/RunnerClient.ts";
import RunnerWorker from "./worker/runnerWorker.ts?worker&inline";

/**
 * Entry point of the report page: the result embedded by `cutover report` (with, when
 * embedded, a Monte Carlo study and a comparison), or (under
 * `npm run dev`) the reference scenario's result served by the dev server; then the controls
 * that open other scenarios and try what-if values, run in a worker inlined into the page.
 */
async function start(): Promise<void> {
  const root = document.getElementById("report");
  if (root === null) return;
  const embedded = document.getElementById("cutover-result")?.textContent ?? "null";
  let shown: SimulationResult | null = null;
  try {
    shown = readResult(
      embedded === "null" ? await (await fetch("./result.json")).text() : embedded,
    );
    const slot = (id: string) => document.getElementById(id)?.textContent ?? undefined;
    const monteCarlo = slot("cutover-montecarlo");
    const comparison = slot("cutover-comparison");
    const result = shown;
    const extras = readExtras({
      ...(monteCarlo === undefined ? {} : { monteCarlo }),
      ...(comparison === undefined ? {} : { comparison }),
    });
    drawReport(root, () => renderReport(root, result, extras));
  } catch (error) {
    // the controls stay (open another file); the rest gives way to the message
    const controls = document.getElementById("workbench");
    root.replaceChildren(...(controls === null ? [] : [controls]));
    const message = document.createElement("p");
    message.className = "error";
    message.setAttribute("role", "alert");
    message.textContent = `This report cannot be shown: ${(error as Error).message}`;
    root.append(message);
  }
  const controls = document.getElementById("workbench");
  if (controls === null || typeof Worker === "undefined") return;
  mountWorkbench(controls, root, new RunnerClient(new RunnerWorker()), shown);
}

void start();
